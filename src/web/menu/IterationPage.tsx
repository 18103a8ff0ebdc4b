import { Anchor, Group, Pagination, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { placeName } from '../../domain/registry/place-names.js';
import {
  Dash,
  PartialDate,
  QueryState,
  RecordError,
  SectionTitle,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { FactsTable } from '../core/components/DataTable.js';
import { RecordHeader } from '../core/components/RecordHeader.js';
import { countryName, formatCount, localeOf } from '../core/i18n/format.js';
import { AllocationRound } from './AllocationRound.js';
import { type IterationOut, iterationQuery, nominationsQuery } from './api.js';
import { BulkDecisions } from './BulkDecisions.js';
import { ExerciseDetails } from './ExerciseDetails.js';
import { NominateForm } from './NominateForm.js';
import { NominationTable } from './NominationTable.js';

const PAGE_SIZE = 100;

function Facts({ it }: { it: IterationOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows: [string, React.ReactNode][] = [
    [
      t('menu.iteration.dates'),
      <Fragment key="value">
        <PartialDate value={it.start_date} />
        {it.end_date && ' – '}
        {it.end_date && <PartialDate value={it.end_date} />}
      </Fragment>,
    ],
    [
      t('menu.iteration.place'),
      [
        it.venue,
        it.city ? placeName(it.city, lang) : null,
        it.country_id ? countryName(it.country_id.toUpperCase(), lang) : null,
      ]
        .filter(Boolean)
        .join(', ') || <Dash key="value" />,
    ],
    [
      t('menu.iteration.seats'),
      t('menu.iteration.seatsTaken', {
        taken: formatCount(it.seats_taken, lang),
        seats: formatCount(it.seats, lang),
      }),
    ],
    [
      t('menu.iteration.partnerCap'),
      it.partner_cap === null ? <Dash key="value" /> : formatCount(it.partner_cap, lang),
    ],
    [
      t('menu.iteration.deadline'),
      it.deadline ? <PartialDate key="value" value={it.deadline} /> : <Dash key="value" />,
    ],
    [t('menu.iteration.status'), t(`menu.iterationStatus.${it.phase}`, { defaultValue: it.phase })],
  ];
  return <FactsTable rows={rows} label={t('menu.iteration.facts')} />;
}

function Nominations({ it, decider }: { it: IterationOut; decider: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const list = useQuery(
    nominationsQuery({ iteration_id: it.id, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('menu.nominations.title')}</SectionTitle>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('menu.nominations.none')}</Text>
          ) : (
            <Stack gap="sm">
              <Text>
                {t('menu.nominations.count', { count: data.total, formatted: formatCount(data.total, lang) })}
              </Text>
              {decider && (
                <BulkDecisions selected={selected} items={data.items} onDone={() => setSelected(new Set())} />
              )}
              <NominationTable
                items={data.items}
                labelledBy={id}
                {...(decider ? { selected, onSelect: setSelected } : {})}
              />
              {data.total > PAGE_SIZE && (
                <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />
              )}
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}

function IterationView({ it }: { it: IterationOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const nominateId = useId();
  const roundId = useId();
  const title = `${it.activity_title} · ${new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(it.start_date))}`;
  usePageTitle(title);
  // The iteration says what this reader may do there (the policy's answer, not the role's).
  const decider = it.can.decide;
  const nominates = it.can.nominate;
  return (
    <Stack gap="xs">
      <RecordHeader
        trail={[
          { to: '/menu', label: t('menu.nav') },
          { to: `/menu/activities/${encodeURIComponent(it.activity_id)}`, label: it.activity_key },
        ]}
        current={<PartialDate value={it.start_date} />}
        title={title}
      />
      <Group>
        <Anchor component={Link} to={`/menu/activities/${encodeURIComponent(it.activity_id)}`}>
          {t('menu.iteration.activityLink', { key: it.activity_key })}
        </Anchor>
      </Group>
      <Facts it={it} />
      {it.exercise && <ExerciseDetails iteration={it} exercise={it.exercise} />}
      {it.can.read_nominations && <Nominations it={it} decider={decider} />}
      {nominates && (
        <section aria-labelledby={nominateId}>
          <SectionTitle id={nominateId}>{t('menu.nominate.title')}</SectionTitle>
          <NominateForm iteration={it} />
        </section>
      )}
      {decider && (
        <section aria-labelledby={roundId}>
          <SectionTitle id={roundId}>{t('menu.round.title')}</SectionTitle>
          <AllocationRound iteration={it} />
        </section>
      )}
    </Stack>
  );
}

export default function IterationPage() {
  const { id = '' } = useParams();
  const it = useQuery(iterationQuery(id));
  if (it.error) return <RecordError error={it.error} />;
  return <QueryState query={it}>{(data) => <IterationView it={data} />}</QueryState>;
}
