import { Button, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState, useLang } from '../core/components/common.js';
import { DataTable } from '../core/components/DataTable.js';
import { localeOf } from '../core/i18n/format.js';
import { diffQuery, type VersionOut, versionsQuery } from './api.js';
import { DiffView } from './DiffView.js';

function Compare({ programmeId, versions }: { programmeId: string; versions: VersionOut[] }) {
  const { t } = useTranslation();
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const last = numbers.at(-1) ?? 1;
  const [from, setFrom] = useState(numbers.at(-2) ?? last);
  const [to, setTo] = useState(last);
  const [asked, setAsked] = useState<{ from: number; to: number } | null>(null);
  const diff = useQuery({
    ...diffQuery(programmeId, asked?.from ?? 1, asked?.to ?? 1),
    enabled: !!asked,
  });
  const options = numbers.map((n) => ({ value: String(n), label: t('programmes.history.versionN', { n }) }));
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <NativeSelect
          label={t('programmes.history.from')}
          value={String(from)}
          onChange={(e) => setFrom(Number(e.currentTarget.value))}
          data={options}
        />
        <NativeSelect
          label={t('programmes.history.to')}
          value={String(to)}
          onChange={(e) => setTo(Number(e.currentTarget.value))}
          data={options}
        />
        <Button onClick={() => setAsked({ from, to })}>{t('programmes.history.compare')}</Button>
      </Group>
      {asked && (
        <QueryState query={diff}>
          {(d) => (
            <DiffView
              title={t('programmes.history.diffTitle', { from: d.from, to: d.to })}
              changes={d.changes}
              text={d.text}
            />
          )}
        </QueryState>
      )}
    </Stack>
  );
}

/** Every saved version of the content, and what changed between any two. */
export function HistoryTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const versions = useQuery(versionsQuery(programmeId));
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <QueryState query={versions}>
      {(list) => (
        <Stack gap="md">
          <Title order={2} size="h3" id={id}>
            {t('programmes.history.title')}
          </Title>
          <DataTable
            rows={list}
            rowKey={(v) => String(v.number)}
            labelledBy={id}
            highlightOnHover={false}
            columns={[
              { key: 'version', header: t('programmes.history.version'), cell: (v) => v.number },
              {
                key: 'purpose',
                header: t('programmes.history.purpose'),
                cell: (v) => t(`programmes.history.purposes.${v.purpose}`, { defaultValue: v.purpose }),
              },
              {
                key: 'author',
                header: t('programmes.history.author'),
                cell: (v) =>
                  v.author_name ? (
                    <span translate="no">{v.author_name}</span>
                  ) : (
                    t('programmes.signoff.unknownSigner')
                  ),
              },
              {
                key: 'at',
                header: t('programmes.history.at'),
                cell: (v) => <time dateTime={v.created_at}>{when.format(new Date(v.created_at))}</time>,
              },
              {
                key: 'hash',
                header: t('programmes.history.hash'),
                cell: (v) => <code title={v.hash}>{v.hash.slice(0, 12)}</code>,
              },
            ]}
          />
          {list.length > 1 && <Compare programmeId={programmeId} versions={list} />}
        </Stack>
      )}
    </QueryState>
  );
}
