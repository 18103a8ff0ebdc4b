import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { placeName } from '../../domain/registry/place-names.js';
import { organizationQuery } from '../core/api/queries.js';
import {
  Dash,
  PartialDate,
  QueryState,
  RecordError,
  RouterAnchor,
  SectionTitle,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { type Column, DataTable, dateColumn, FactsTable } from '../core/components/DataTable.js';
import { organizationPath } from '../core/components/links.js';
import { RecordHeader } from '../core/components/RecordHeader.js';
import { countryName, formatCount, languageName } from '../core/i18n/format.js';
import { organizationName } from '../core/i18n/names.js';
import { type ActivityOut, activityQuery, type IterationOut, iterationsQuery } from './api.js';
import { ExerciseDetails } from './ExerciseDetails.js';

function Facts({ activity }: { activity: ActivityOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const provider = useQuery(organizationQuery(activity.provider_id));
  const rows: [string, React.ReactNode][] = [
    [
      t('menu.activity.provider'),
      provider.data ? (
        <RouterAnchor key="value" to={organizationPath(provider.data)}>
          {organizationName(provider.data, lang)}
        </RouterAnchor>
      ) : (
        activity.provider_id
      ),
    ],
    [t('menu.activity.key'), activity.key],
    [t('menu.activity.area'), activity.area_code ?? <Dash key="value" />],
    [t('menu.activity.type'), t(`menu.type.${activity.event_type}`, { defaultValue: activity.event_type })],
    [
      t('menu.activity.eligibility'),
      [
        t(`menu.eligibility.${activity.eligibility}`, { defaultValue: activity.eligibility }),
        activity.eligibility_framework_id,
        activity.eligible_partners.map((p) => countryName(p.toUpperCase(), lang)).join(', '),
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    [
      t('menu.activity.languages'),
      activity.languages.length ? (
        activity.languages.map((l) => languageName(l, lang)).join(', ')
      ) : (
        <Dash key="value" />
      ),
    ],
    [t('menu.activity.clearance'), activity.clearance ?? <Dash key="value" />],
    [t('menu.activity.fee'), activity.fee ?? <Dash key="value" />],
    [t('menu.activity.contact'), activity.contact ?? <Dash key="value" />],
  ];
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('menu.activity.details')}</SectionTitle>
      <FactsTable rows={rows} labelledBy={id} />
    </section>
  );
}

function Iterations({ activity }: { activity: ActivityOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const list = useQuery(iterationsQuery({ activity_id: activity.id, limit: 500 }));
  const columns: Column<IterationOut>[] = [
    {
      key: 'dates',
      header: t('menu.iteration.dates'),
      cell: (it) => (
        <RouterAnchor to={`/menu/iterations/${encodeURIComponent(it.id)}`}>
          <PartialDate value={it.start_date} />
          {it.end_date && ' – '}
          {it.end_date && <PartialDate value={it.end_date} />}
        </RouterAnchor>
      ),
    },
    {
      key: 'place',
      header: t('menu.iteration.place'),
      cell: (it) =>
        [
          it.venue,
          it.city ? placeName(it.city, lang) : null,
          it.country_id ? countryName(it.country_id.toUpperCase(), lang) : null,
        ]
          .filter(Boolean)
          .join(', ') || <Dash />,
    },
    {
      key: 'seats',
      header: t('menu.iteration.seats'),
      cell: (it) =>
        t('menu.iteration.seatsTaken', {
          taken: formatCount(it.seats_taken, lang),
          seats: formatCount(it.seats, lang),
        }),
    },
    dateColumn('deadline', t('menu.iteration.deadline'), (it) => it.deadline),
    {
      key: 'status',
      header: t('menu.iteration.status'),
      cell: (it) => t(`menu.iterationStatus.${it.status}`, { defaultValue: it.status }),
    },
  ];
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('menu.activity.iterationsTitle')}</SectionTitle>
      <QueryState query={list}>
        {(page) => (
          <>
            <DataTable
              rows={page.items}
              columns={columns}
              rowKey={(it) => it.id}
              labelledBy={id}
              empty={t('menu.activity.noIterations')}
              highlightOnHover={false}
            />
            {activity.event_type === 'exercise' &&
              page.items.map((it) =>
                it.exercise ? <ExerciseDetails key={it.id} iteration={it} exercise={it.exercise} /> : null,
              )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function ActivityView({ activity }: { activity: ActivityOut }) {
  const { t } = useTranslation();
  usePageTitle(activity.title);
  return (
    <Stack gap="xs">
      <RecordHeader
        trail={[{ to: '/menu', label: t('menu.nav') }]}
        current={activity.key}
        title={activity.title}
        translate="no"
      />
      {activity.description && (
        <Text maw={760} lang="en">
          {activity.description}
        </Text>
      )}
      <Facts activity={activity} />
      <Iterations activity={activity} />
    </Stack>
  );
}

export default function ActivityPage() {
  const { id = '' } = useParams();
  const activity = useQuery(activityQuery(id));
  if (activity.error) return <RecordError error={activity.error} />;
  return <QueryState query={activity}>{(a) => <ActivityView activity={a} />}</QueryState>;
}
