import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { HoldingOut, PersonOut, PostOut } from '../core/api/client.js';
import { holdersQuery, organizationQuery, postQuery, usePeopleById } from '../core/api/queries.js';
import { AsOfDate, useOnDate } from '../core/components/AsOfDate.js';
import {
  Dash,
  QueryState,
  RecordError,
  RouterAnchor,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { type Column, dateColumn, TableSection } from '../core/components/DataTable.js';
import { organizationPath, personPath } from '../core/components/links.js';
import { DatedFact, RecordHeader } from '../core/components/RecordHeader.js';
import { firstDay, formatPartialDate } from '../core/i18n/format.js';
import { organizationName, personName, postLabel } from '../core/i18n/names.js';

function HolderName({
  holding,
  people,
  on,
}: {
  holding: HoldingOut;
  people: Map<string, PersonOut>;
  on?: string;
}) {
  const lang = useLang();
  const person = people.get(holding.person_id);
  const name = person ? personName(person, lang, on ?? firstDay(holding.start_date)) : holding.person_name;
  return <RouterAnchor to={personPath(holding.person_id)}>{name}</RouterAnchor>;
}

function HoldingBadges({ holding }: { holding: HoldingOut }) {
  const { t } = useTranslation();
  return (
    <>
      {holding.acting && (
        <Badge size="sm" variant="outline" color="gray" tt="none" ml={6}>
          {t('holding.acting')}
        </Badge>
      )}
      {holding.certainty === 'possible' && (
        <Badge size="sm" variant="outline" color="red.9" tt="none" ml={6}>
          {t('certainty.possible')}
        </Badge>
      )}
    </>
  );
}

/** "Who held this post on D": the API's answer for the day, each holder with the term they served. */
function HoldersOn({ post, on }: { post: PostOut; on: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const holders = useQuery(holdersQuery(post.id, on));
  const people = usePeopleById((holders.data?.items ?? []).map((h) => h.person_id));
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" mt="md" maw={760}>
      <Title order={2} size="h3" id={id}>
        {t('post.holdersOn', { date: formatPartialDate(on, lang) })}
      </Title>
      <QueryState query={holders}>
        {(page) =>
          page.items.length === 0 ? (
            <Text mt="xs">{t('post.nobodyOn')}</Text>
          ) : (
            <List mt="xs" spacing="xs">
              {page.items.map((h) => (
                <List.Item key={h.id}>
                  <Text span fw={600}>
                    <HolderName holding={h} people={people} on={on} />
                  </Text>
                  <HoldingBadges holding={h} />
                  <Text span size="sm">
                    {' — '}
                    {t('post.term', {
                      from: formatPartialDate(h.start_date, lang),
                      until: h.end_date ? formatPartialDate(h.end_date, lang) : t('memberships.ongoing'),
                    })}
                  </Text>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Paper>
  );
}

function AllHolders({ post }: { post: PostOut }) {
  const { t } = useTranslation();
  const holders = useQuery(holdersQuery(post.id));
  const people = usePeopleById((holders.data?.items ?? []).map((h) => h.person_id));
  const columns: Column<HoldingOut>[] = [
    {
      key: 'holder',
      header: t('offices.holder'),
      cell: (h) => (
        <>
          <HolderName holding={h} people={people} />
          <HoldingBadges holding={h} />
        </>
      ),
    },
    dateColumn('since', t('offices.since'), (h) => h.start_date),
    dateColumn('until', t('offices.until'), (h) => h.end_date, t('memberships.ongoing')),
    {
      key: 'note',
      header: t('memberships.note'),
      cell: (h) =>
        h.note ? (
          <Text size="sm" lang="en" translate="no" maw={480}>
            {h.note}
          </Text>
        ) : (
          <Dash />
        ),
    },
  ];
  return (
    <TableSection
      title={t('post.allHolders')}
      query={holders}
      rows={(page) => page.items}
      empty={t('post.noHolders')}
      columns={columns}
      rowKey={(h) => h.id}
      defaultSort={{ key: 'since', dir: 'asc' }}
      highlightOnHover={false}
    />
  );
}

function PostView({ post }: { post: PostOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [on, setOn] = useOnDate();
  const owner = useQuery(organizationQuery(post.organization_id));
  const label = postLabel(post, lang);
  usePageTitle(label);
  return (
    <Stack gap="xs">
      <RecordHeader trail={[{ to: '/posts', label: t('nav.posts') }]} title={label} />
      <Group gap="lg">
        <Text size="sm">
          {t('post.of')}{' '}
          {owner.data ? (
            <RouterAnchor to={organizationPath(owner.data)}>
              {organizationName(owner.data, lang)}
            </RouterAnchor>
          ) : (
            post.organization_name
          )}
        </Text>
        <DatedFact label={t('post.since')} value={post.start_date} />
        <DatedFact label={t('post.until')} value={post.end_date} />
        <Text size="sm">{t(post.single_holder ? 'post.singleHolder' : 'post.severalHolders')}</Text>
      </Group>
      <Group mt="md">
        <AsOfDate
          value={on}
          onChange={setOn}
          label={t('post.whoHeld')}
          description={t('post.whoHeldHelp')}
          clearLabel={t('post.clearDate')}
        />
      </Group>
      {on && <HoldersOn post={post} on={on} />}
      <AllHolders post={post} />
    </Stack>
  );
}

export function PostPage() {
  const { id = '' } = useParams();
  const post = useQuery(postQuery(id));
  if (post.error) return <RecordError error={post.error} />;
  return <QueryState query={post}>{(p) => <PostView post={p} />}</QueryState>;
}
