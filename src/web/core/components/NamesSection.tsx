import { Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameOut } from '../api/client.js';
import { namesByLanguage } from '../i18n/names.js';
import { SectionTitle, useLang } from './common.js';
import { type Column, DataTable, dateColumn } from './DataTable.js';

function NamesTable({
  names,
  withLanguage,
  labelledBy,
}: {
  names: NameOut[];
  withLanguage: boolean;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const columns: Column<NameOut>[] = [
    { key: 'name', header: t('names.name'), cell: (n) => <span lang={n.lang}>{n.name}</span> },
    ...(withLanguage
      ? [{ key: 'language', header: t('names.language'), cell: (n: NameOut) => t(`languages.${n.lang}`) }]
      : []),
    { key: 'kind', header: t('names.kind'), cell: (n) => t(`nameKind.${n.kind}`) },
    dateColumn('from', t('names.from'), (n) => n.start_date),
    dateColumn('until', t('names.until'), (n) => n.end_date),
  ];
  return (
    <DataTable
      rows={names}
      columns={columns}
      rowKey={(n) => `${n.lang}:${n.kind}:${n.name}:${n.start_date}`}
      labelledBy={labelledBy}
      highlightOnHover={false}
    />
  );
}

/** Names over time: those in the UI language, then (folded) those in the other languages. */
export function NamesSection({ names }: { names: NameOut[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { own, others } = namesByLanguage(names, lang);
  return (
    <section aria-labelledby={`${id}-names`}>
      <SectionTitle id={`${id}-names`}>{t('names.title')}</SectionTitle>
      {own.length > 0 ? (
        <NamesTable names={own} withLanguage={false} labelledBy={`${id}-names`} />
      ) : (
        <Text>{t('names.noneInLanguage')}</Text>
      )}
      {others.length > 0 && (
        <details style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <summary id={`${id}-others`}>{t('names.otherLanguages', { count: others.length })}</summary>
          <NamesTable names={others} withLanguage labelledBy={`${id}-others`} />
        </details>
      )}
    </section>
  );
}
