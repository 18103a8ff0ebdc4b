import { List, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dash, PartialDate, useLang } from '../core/components/common.js';
import { countryName } from '../core/i18n/format.js';
import type { IterationOut } from './api.js';

type Exercise = NonNullable<IterationOut['exercise']>;

/** An exercise's focus, scenario and the nations that hosted or joined it. */
export function ExerciseDetails({ iteration, exercise }: { iteration: IterationOut; exercise: Exercise }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mt="md" mb="xs">
        {t('menu.exercise.title')} <PartialDate value={iteration.start_date} />
      </Title>
      {exercise.focus.length > 0 && (
        <Text size="sm">
          {t('menu.exercise.focus')}: {exercise.focus.join(', ')}
        </Text>
      )}
      {exercise.scenario && (
        <Text size="sm">
          {t('menu.exercise.scenario')}: {exercise.scenario}
        </Text>
      )}
      {exercise.nations.length > 0 && (
        <div className="table-scroll">
          <Table aria-labelledby={id} withTableBorder striped mt="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('menu.exercise.nation')}</Table.Th>
                <Table.Th>{t('menu.exercise.role')}</Table.Th>
                <Table.Th>{t('menu.exercise.decision')}</Table.Th>
                <Table.Th>{t('menu.exercise.units')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exercise.nations.map((n) => (
                <Table.Tr key={n.nation_id}>
                  <Table.Td>{countryName(n.nation_id.toUpperCase(), lang)}</Table.Td>
                  <Table.Td>{t(`menu.exercise.roles.${n.role}`, { defaultValue: n.role })}</Table.Td>
                  <Table.Td>{n.government_decision_required ? t('menu.yes') : t('menu.no')}</Table.Td>
                  <Table.Td>
                    {n.units.length ? (
                      <List size="sm">
                        {n.units.map((u) => (
                          <List.Item key={u}>{u}</List.Item>
                        ))}
                      </List>
                    ) : (
                      <Dash />
                    )}
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
