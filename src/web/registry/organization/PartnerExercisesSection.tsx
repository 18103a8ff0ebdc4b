import { useTranslation } from 'react-i18next';
import { placeName } from '../../../domain/registry/place-names.js';
import { useLang } from '../../core/components/common.js';
import { type Column, dateColumn, TitledTable } from '../../core/components/DataTable.js';
import type { DossierExercise } from '../../dialogue/api.js';

/** The exercises the partner hosted and joined, by year, with their focus. */
export function PartnerExercisesSection({ exercises }: { exercises: DossierExercise[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: Column<DossierExercise>[] = [
    { key: 'year', header: t('dialogue.partner.year'), sortValue: (e) => e.year, cell: (e) => e.year },
    {
      key: 'title',
      header: t('dialogue.partner.exercise'),
      sortValue: (e) => e.title,
      cell: (e) => <span translate="no">{e.title}</span>,
    },
    {
      key: 'role',
      header: t('dialogue.partner.role'),
      cell: (e) => t(`dialogue.partner.roles.${e.role}`, { defaultValue: e.role }),
    },
    {
      key: 'focus',
      header: t('dialogue.partner.focus'),
      cell: (e) => <span translate="no">{e.focus.join(', ')}</span>,
    },
    {
      key: 'place',
      header: t('dialogue.fields.place'),
      cell: (e) => (e.place.city ? placeName(e.place.city, lang) : ''),
    },
    dateColumn('date', t('dialogue.fields.date'), (e) => e.start_date),
  ];
  return (
    <TitledTable
      title={t('dialogue.partner.exercises')}
      rows={exercises}
      columns={columns}
      rowKey={(e) => e.iteration_id}
      defaultSort={{ key: 'date', dir: 'asc' }}
      empty={t('dialogue.partner.noExercises')}
      highlightOnHover={false}
    />
  );
}
