import { List, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dash, PartialDate, useLang } from '../core/components/common.js';
import { DataTable } from '../core/components/DataTable.js';
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
        <DataTable
          rows={exercise.nations}
          rowKey={(n) => n.nation_id}
          labelledBy={id}
          highlightOnHover={false}
          columns={[
            {
              key: 'nation',
              header: t('menu.exercise.nation'),
              cell: (n) => countryName(n.nation_id.toUpperCase(), lang),
            },
            {
              key: 'role',
              header: t('menu.exercise.role'),
              cell: (n) => t(`menu.exercise.roles.${n.role}`, { defaultValue: n.role }),
            },
            {
              key: 'decision',
              header: t('menu.exercise.decision'),
              cell: (n) => (n.government_decision_required ? t('menu.yes') : t('menu.no')),
            },
            {
              key: 'units',
              header: t('menu.exercise.units'),
              cell: (n) =>
                n.units.length ? (
                  <List size="sm">
                    {n.units.map((u) => (
                      <List.Item key={u}>{u}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Dash />
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
