import { Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameOut } from '../api/client.js';
import { namesByLanguage } from '../i18n/names.js';
import { Dash, PartialDate, SectionTitle, useLang } from './common.js';

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
  return (
    <div className="table-scroll">
      <Table aria-labelledby={labelledBy} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('names.name')}</Table.Th>
            {withLanguage && <Table.Th>{t('names.language')}</Table.Th>}
            <Table.Th>{t('names.kind')}</Table.Th>
            <Table.Th>{t('names.from')}</Table.Th>
            <Table.Th>{t('names.until')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {names.map((n) => (
            <Table.Tr key={`${n.lang}:${n.kind}:${n.name}:${n.start_date}`}>
              <Table.Td lang={n.lang}>{n.name}</Table.Td>
              {withLanguage && <Table.Td>{t(`languages.${n.lang}`)}</Table.Td>}
              <Table.Td>{t(`nameKind.${n.kind}`)}</Table.Td>
              <Table.Td>{n.start_date ? <PartialDate value={n.start_date} /> : <Dash />}</Table.Td>
              <Table.Td>{n.end_date ? <PartialDate value={n.end_date} /> : <Dash />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
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
