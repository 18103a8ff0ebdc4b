import { Button, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../schemas/core/common.schema.js';
import type { AuditOut } from '../../../schemas/trust/audit.schema.js';
import { get, request } from '../api/client.js';
import { localeOf } from '../i18n/format.js';
import { useSession } from '../session/session.js';
import { ErrorNotice, SectionTitle, useLang } from './common.js';
import { QueryTable } from './DataTable.js';

/** The fields a change touched, from the record as it was and as it became. */
function changedFields(entry: AuditOut): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ignored = new Set(['version', 'updated_at', 'created_at', 'search']);
  return [...keys].filter((k) => !ignored.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** The version of the record an entry left behind, when it left one. */
function versionOf(entry: AuditOut): number | undefined {
  const after = entry.after as { version?: unknown } | null;
  return typeof after?.version === 'number' ? after.version : undefined;
}

/**
 * Who changed the record, when, and which fields — from the audit trail. Shown to the roles that may
 * read the audit trail (the API refuses the others, so the section is not offered to them). Given the
 * record as read now and allowed to change it, each earlier version can be restored: the API writes it
 * again as a new version (If-Match: the version read), so the undo is itself in the history.
 */
export function RecordHistory({
  entity,
  id,
  record,
}: {
  entity: string;
  id: string;
  record?: { version: number; can: { update: boolean } };
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useSession();
  const client = useQueryClient();
  const mayRead = can('audit.read');
  const query = useQuery({
    queryKey: ['audit', entity, id],
    queryFn: () => get<Page<AuditOut>>('/api/audit', { entity, entity_id: id, limit: 50 }),
    enabled: mayRead,
  });
  const restore = useMutation({
    mutationFn: (entry: AuditOut) =>
      request<{ version: number }>('POST', `/api/audit/${entry.id}/restore`, undefined, {
        version: record?.version,
      }),
    onSuccess: () => void client.invalidateQueries(),
  });
  if (!mayRead) return null;
  const mayRestore = !!record?.can.update;
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history">
      <SectionTitle id="history">{t('history.title')}</SectionTitle>
      {restore.isSuccess && (
        <Text role="status" size="sm" mb="xs">
          {t('forms.versionRestored')}
        </Text>
      )}
      {restore.error && <ErrorNotice error={restore.error} />}
      <QueryTable
        query={query}
        rows={(page) => page.items}
        rowKey={(entry) => String(entry.id)}
        labelledBy="history"
        empty={t('history.none')}
        highlightOnHover={false}
        columns={[
          {
            key: 'when',
            header: t('history.when'),
            cell: (entry) => <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>,
          },
          { key: 'who', header: t('history.who'), cell: (entry) => entry.actor_name ?? entry.actor_id },
          {
            key: 'what',
            header: t('history.what'),
            cell: (entry) => t(`history.action.${entry.action}`, { defaultValue: entry.action }),
          },
          {
            key: 'fields',
            header: t('history.fields'),
            cell: (entry) =>
              changedFields(entry)
                .map((field) =>
                  // A field without a label yet is named in words, never as its column name.
                  t(`history.field.${field}`, {
                    defaultValue: field.replace(/_ids?$/, '').replace(/_/g, ' '),
                  }),
                )
                .join(', '),
          },
          ...(mayRestore
            ? [
                {
                  key: 'actions',
                  header: t('forms.actions'),
                  cell: (entry: AuditOut) =>
                    versionOf(entry) !== undefined &&
                    versionOf(entry) !== record?.version && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        loading={restore.isPending && restore.variables?.id === entry.id}
                        onClick={() => restore.mutate(entry)}
                      >
                        {t('forms.restoreVersionN', { version: versionOf(entry) })}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
