import { Alert, Button } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../schemas/core/common.schema.js';
import type { DeletedRecordOut } from '../../schemas/trust/deleted-record.schema.js';
import { get, request } from '../core/api/client.js';
import { ErrorNotice, useLang } from '../core/components/common.js';
import { type Column, DataTable } from '../core/components/DataTable.js';
import { ListPage } from '../core/components/ListPage.js';
import { formatCount } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';

const QUERY_KEY = ['deleted-records'] as const;

/** Brings one deleted record back, at the version it was deleted at (If-Match). */
function RestoreButton({ record }: { record: DeletedRecordOut }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const restore = useMutation({
    mutationFn: () => request<unknown>('POST', record.restore_path, undefined, { version: record.version }),
    // Everything the record appears in may show it again.
    onSuccess: () => void client.invalidateQueries(),
  });
  if (!record.can.restore) return null;
  return (
    <>
      <Button
        size="compact-xs"
        variant="default"
        loading={restore.isPending}
        onClick={() => restore.mutate()}
      >
        {t('trust.deleted.restore', { label: record.label })}
      </Button>
      {restore.error && <ErrorNotice error={restore.error} />}
    </>
  );
}

/**
 * Everything deleted now that can be brought back — organizations, people, posts, sources (hidden),
 * memberships, terms in post, claims and meetings (from the audit trail) — newest deletion first.
 */
export default function DeletedRecordsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useSession();
  const allowed = can('audit.read');
  const deleted = useQuery({
    queryKey: QUERY_KEY,
    queryFn: () => get<Page<DeletedRecordOut>>('/api/deleted-records', { limit: 500 }),
    enabled: allowed,
  });
  if (!allowed) return <Alert color="gray">{t('trust.deleted.staffOnly')}</Alert>;
  const columns: Column<DeletedRecordOut>[] = [
    { key: 'label', header: t('trust.deleted.record'), cell: (r) => r.label, sortValue: (r) => r.label },
    {
      key: 'kind',
      header: t('trust.deleted.kind'),
      cell: (r) => t(`trust.deleted.kinds.${r.kind}`),
      sortValue: (r) => t(`trust.deleted.kinds.${r.kind}`),
    },
    {
      key: 'deleted_at',
      header: t('trust.deleted.when'),
      cell: (r) => new Date(r.deleted_at).toLocaleString(lang),
      sortValue: (r) => r.deleted_at,
    },
    { key: 'restore', header: t('forms.actions'), cell: (r) => <RestoreButton record={r} /> },
  ];
  return (
    <ListPage
      title={t('trust.deleted.title')}
      intro={t('trust.deleted.intro')}
      query={deleted}
      count={(page) =>
        t('trust.deleted.count', { count: page.total, formatted: formatCount(page.total, lang) })
      }
    >
      {(page, countId) => (
        <DataTable
          rows={page.items}
          columns={columns}
          rowKey={(r) => `${r.kind}:${r.id}`}
          labelledBy={countId}
          defaultSort={{ key: 'deleted_at', dir: 'desc' }}
          urlKey="sort"
          empty={t('trust.deleted.none')}
        />
      )}
    </ListPage>
  );
}
