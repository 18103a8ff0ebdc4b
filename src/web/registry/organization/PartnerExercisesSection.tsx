import { Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PartialDate, SectionTitle } from '../../core/components/common.js';
import type { DossierExercise } from '../../dialogue/api.js';

/** The exercises the partner hosted and joined, by year, with their focus. */
export function PartnerExercisesSection({ exercises }: { exercises: DossierExercise[] }) {
  const { t } = useTranslation();
  const id = useId();
  const sorted = [...exercises].sort((a, b) => a.start_date.localeCompare(b.start_date));
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('dialogue.partner.exercises')}</SectionTitle>
      {sorted.length === 0 ? (
        <Text>{t('dialogue.partner.noExercises')}</Text>
      ) : (
        <div className="table-scroll">
          <Table aria-labelledby={id} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dialogue.partner.year')}</Table.Th>
                <Table.Th>{t('dialogue.partner.exercise')}</Table.Th>
                <Table.Th>{t('dialogue.partner.role')}</Table.Th>
                <Table.Th>{t('dialogue.partner.focus')}</Table.Th>
                <Table.Th>{t('dialogue.fields.place')}</Table.Th>
                <Table.Th>{t('dialogue.fields.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((e) => (
                <Table.Tr key={e.iteration_id}>
                  <Table.Td>{e.year}</Table.Td>
                  <Table.Td>{e.title}</Table.Td>
                  <Table.Td>{t(`dialogue.partner.roles.${e.role}`, { defaultValue: e.role })}</Table.Td>
                  <Table.Td>{e.focus.join(', ')}</Table.Td>
                  <Table.Td>{e.place.city ?? ''}</Table.Td>
                  <Table.Td>
                    <PartialDate value={e.start_date} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
