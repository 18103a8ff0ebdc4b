import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { HoldingOut } from '../../schemas/registry/post.schema.js';
import type { PersonOut } from '../core/api/client.js';
import { personHoldingsQuery, personQuery, useOrganizationsById, usePostsById } from '../core/api/queries.js';
import {
  Dash,
  QueryState,
  RecordError,
  RouterAnchor,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { type Column, dateColumn, TableSection } from '../core/components/DataTable.js';
import { organizationPath, postPath } from '../core/components/links.js';
import { ModalAction } from '../core/components/ModalAction.js';
import { NamesSection } from '../core/components/NamesSection.js';
import { DatedFact, RecordHeader } from '../core/components/RecordHeader.js';
import { RecordHistory } from '../core/components/RecordHistory.js';
import { RecordActions } from '../core/forms/RecordActions.js';
import { countryName, firstDay } from '../core/i18n/format.js';
import { organizationName, personName, postLabel } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';
import { CiteSource } from './forms/CiteSource.js';
import { HoldingActions } from './forms/HoldingActions.js';
import { HoldingForm } from './forms/HoldingForm.js';
import { PersonForm } from './forms/PersonForm.js';
import { PersonActivity } from './person/PersonActivity.js';

// Only staff merge duplicates: the dialog is not part of everyone's first screen.
const MergeIntoAction = lazy(() => import('./person/MergeIntoAction.js'));

function PostsHeld({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const holdings = useQuery(personHoldingsQuery(person.id));
  const posts = usePostsById((holdings.data?.items ?? []).map((h) => h.post_id));
  const bodies = useOrganizationsById([...posts.values()].map((p) => p.organization_id));
  const bodyOf = (h: HoldingOut) => {
    const post = posts.get(h.post_id);
    return post && bodies.get(post.organization_id);
  };
  const columns: Column<HoldingOut>[] = [
    {
      key: 'post',
      header: t('offices.post'),
      sortValue: (h) => {
        const post = posts.get(h.post_id);
        return postLabel(post ?? { label: h.post_label, labels: h.post_labels ?? {} }, lang);
      },
      cell: (h) => {
        const post = posts.get(h.post_id);
        return (
          <>
            <RouterAnchor to={postPath(h.post_id)}>
              {postLabel(post ?? { label: h.post_label, labels: h.post_labels ?? {} }, lang)}
            </RouterAnchor>{' '}
            {h.acting && (
              <Badge size="sm" variant="outline" color="gray" tt="none">
                {t('holding.acting')}
              </Badge>
            )}
          </>
        );
      },
    },
    {
      key: 'body',
      header: t('offices.body'),
      cell: (h) => {
        const body = bodyOf(h);
        if (body)
          return <RouterAnchor to={organizationPath(body)}>{organizationName(body, lang)}</RouterAnchor>;
        return posts.get(h.post_id)?.organization_name ?? <Dash />;
      },
    },
    dateColumn('since', t('offices.since'), (h) => h.start_date),
    dateColumn('until', t('offices.until'), (h) => h.end_date, t('memberships.ongoing')),
    {
      key: 'nameThen',
      header: t('person.nameThen'),
      cell: (h) => personName(person, lang, firstDay(h.start_date)),
    },
    ...(holdings.data?.items.some((h) => h.can.update || h.can.delete)
      ? [
          {
            key: 'actions',
            header: t('forms.actions'),
            cell: (h: HoldingOut) => {
              const post = posts.get(h.post_id);
              return (
                <HoldingActions
                  holding={h}
                  label={postLabel(post ?? { label: h.post_label, labels: h.post_labels ?? {} }, lang)}
                />
              );
            },
          },
        ]
      : []),
  ];
  return (
    <TableSection
      title={t('person.postsHeld')}
      query={holdings}
      rows={(page) => page.items}
      empty={t('person.noPosts')}
      columns={columns}
      rowKey={(h) => h.id}
      defaultSort={{ key: 'since', dir: 'asc' }}
      highlightOnHover={false}
    />
  );
}

/** Staff record the post a person takes up (or acts in) from the person's page. */
function TakeUpPost({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('registry.write')) return null;
  return (
    <ModalAction label={t('registry.forms.takeUpPost')}>
      {(close) => <HoldingForm personId={person.id} onSaved={close} />}
    </ModalAction>
  );
}

function PersonView({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = personName(person, lang);
  usePageTitle(name);
  return (
    <Stack gap="xs">
      <RecordHeader trail={[{ to: '/people', label: t('nav.people') }]} title={name} />
      <RecordActions
        record={person}
        path={`/api/people/${encodeURIComponent(person.id)}`}
        queryKey={['person', person.id]}
        noun={t('registry.nouns.person')}
        edit={(close) => <PersonForm person={person} onSaved={close} />}
      />
      {person.can.merge && (
        <Suspense fallback={null}>
          <MergeIntoAction person={person} />
        </Suspense>
      )}
      <Group gap="lg">
        {person.nationality && (
          <Text size="sm">
            {t('people.nationality')}: <strong>{countryName(person.nationality, lang)}</strong>
          </Text>
        )}
        <DatedFact label={t('person.born')} value={person.birth_date} />
      </Group>
      {person.summary && (
        <Text maw={760} lang="en" translate="no">
          {person.summary}
        </Text>
      )}
      <CiteSource
        subjectType="person"
        subjectId={person.id}
        fields={['name', 'birth_date', 'nationality', 'gender']}
      />
      <NamesSection names={person.names} />
      <PostsHeld person={person} />
      <TakeUpPost person={person} />
      <PersonActivity person={person} />
      <RecordHistory entity="person" id={person.id} record={person} />
    </Stack>
  );
}

export function PersonPage() {
  const { id = '' } = useParams();
  const person = useQuery(personQuery(id));
  if (person.error) return <RecordError error={person.error} />;
  return <QueryState query={person}>{(p) => <PersonView person={p} />}</QueryState>;
}
