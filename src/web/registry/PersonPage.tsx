import { Anchor, Badge, Breadcrumbs, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonOut } from '../core/api/client.js';
import { personHoldingsQuery, personQuery, useOrganizationsById, usePostsById } from '../core/api/queries.js';
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
import { organizationPath, postPath } from '../core/components/links.js';
import { NamesSection } from '../core/components/NamesSection.js';
import { RecordHistory } from '../core/components/RecordHistory.js';
import { countryName, firstDay } from '../core/i18n/format.js';
import { organizationName, personName, postLabel } from '../core/i18n/names.js';

// Only staff merge duplicates: the dialog is not part of everyone's first screen.
const MergeIntoAction = lazy(() => import('./person/MergeIntoAction.js'));

function PostsHeld({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const holdings = useQuery(personHoldingsQuery(person.id));
  const posts = usePostsById((holdings.data?.items ?? []).map((h) => h.post_id));
  const bodies = useOrganizationsById([...posts.values()].map((p) => p.organization_id));
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('person.postsHeld')}</SectionTitle>
      <QueryState query={holdings}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t('person.noPosts')}</Text>
          ) : (
            <div className="table-scroll">
              <Table aria-labelledby={id} striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('offices.post')}</Table.Th>
                    <Table.Th>{t('offices.body')}</Table.Th>
                    <Table.Th>{t('offices.since')}</Table.Th>
                    <Table.Th>{t('offices.until')}</Table.Th>
                    <Table.Th>{t('person.nameThen')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...page.items]
                    .sort((a, b) => firstDay(a.start_date).localeCompare(firstDay(b.start_date)))
                    .map((h) => {
                      const post = posts.get(h.post_id);
                      const body = post && bodies.get(post.organization_id);
                      return (
                        <Table.Tr key={h.id}>
                          <Table.Td>
                            <RouterAnchor to={postPath(h.post_id)}>
                              {post ? postLabel(post, lang) : h.post_label}
                            </RouterAnchor>{' '}
                            {h.acting && (
                              <Badge size="sm" variant="outline" color="gray" tt="none">
                                {t('holding.acting')}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {body ? (
                              <RouterAnchor to={organizationPath(body)}>
                                {organizationName(body, lang)}
                              </RouterAnchor>
                            ) : (
                              (post?.organization_name ?? <Dash />)
                            )}
                          </Table.Td>
                          <Table.Td>
                            <PartialDate value={h.start_date} />
                          </Table.Td>
                          <Table.Td>
                            {h.end_date ? <PartialDate value={h.end_date} /> : t('memberships.ongoing')}
                          </Table.Td>
                          <Table.Td>{personName(person, lang, firstDay(h.start_date))}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function PersonView({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = personName(person, lang);
  usePageTitle(name);
  return (
    <Stack gap="xs">
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to="/people">
          {t('nav.people')}
        </Anchor>
        <Text span aria-current="page">
          {name}
        </Text>
      </Breadcrumbs>
      <Title order={1}>{name}</Title>
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
        {person.birth_date && (
          <Text size="sm">
            {t('person.born')} <PartialDate value={person.birth_date} />
          </Text>
        )}
      </Group>
      {person.summary && (
        <Text maw={760} lang="en">
          {person.summary}
        </Text>
      )}
      <NamesSection names={person.names} />
      <PostsHeld person={person} />
      <RecordHistory entity="person" id={person.id} />
    </Stack>
  );
}

export function PersonPage() {
  const { id = '' } = useParams();
  const person = useQuery(personQuery(id));
  if (person.error) return <RecordError error={person.error} />;
  return <QueryState query={person}>{(p) => <PersonView person={p} />}</QueryState>;
}
