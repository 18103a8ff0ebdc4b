import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationOut } from '../core/api/client.js';
import {
  conflictsQuery,
  membersQuery,
  organizationsQuery,
  peopleQuery,
  postsQuery,
  sourceCountQuery,
} from '../core/api/queries.js';
import { ErrorNotice, RouterAnchor, SectionTitle, useLang, usePageTitle } from '../core/components/common.js';
import { dateColumn, QueryTable } from '../core/components/DataTable.js';
import { organizationPath } from '../core/components/links.js';
import { formatCount, todayIso } from '../core/i18n/format.js';
import { organizationName, organizationShortName } from '../core/i18n/names.js';
import { MyTasks } from './MyTasks.js';
import { NeedsMe } from './NeedsMe.js';

function Stat({
  label,
  value,
  to,
  error,
}: {
  label: string;
  value: number | undefined;
  to: string;
  error: unknown;
}) {
  const lang = useLang();
  return (
    <Card withBorder padding="md" radius="md" component={Link} to={to}>
      <Text size="2rem" fw={700} lh={1.1} c="blue.9">
        {error ? '—' : value === undefined ? '…' : formatCount(value, lang)}
      </Text>
      <Text fw={500}>{label}</Text>
    </Card>
  );
}

/** A framework's members today, asked per framework (the list does not carry the count). */
function MembersToday({ framework }: { framework: OrganizationOut }) {
  const lang = useLang();
  const members = useQuery(membersQuery(framework.id, todayIso()));
  return members.data ? formatCount(members.data.total, lang) : '…';
}

function FrameworkName({ framework }: { framework: OrganizationOut }) {
  const lang = useLang();
  const name = organizationName(framework, lang);
  const short = organizationShortName(framework, lang);
  return (
    <>
      <RouterAnchor to={organizationPath(framework)}>{name}</RouterAnchor>
      {short !== name && ` (${short})`}
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const id = useId();
  usePageTitle(undefined);
  const partners = useQuery(organizationsQuery({ kind: 'state', limit: 1 }));
  const frameworks = useQuery(organizationsQuery({ kind: 'framework', limit: 500 }));
  const people = useQuery(peopleQuery({ limit: 1 }));
  const posts = useQuery(postsQuery({ limit: 1 }));
  const sources = useQuery(sourceCountQuery());
  const conflicts = useQuery(conflictsQuery());
  const failed = [partners, frameworks, people, posts, sources, conflicts].find((q) => q.error)?.error;

  return (
    <Stack gap="md">
      <Title order={1}>{t('home.title')}</Title>
      <Text maw={760} size="lg">
        {t('home.intro')}
      </Text>
      {failed ? <ErrorNotice error={failed} /> : null}
      <NeedsMe />
      <MyTasks />
      <section aria-labelledby={`${id}-figures`}>
        <SectionTitle id={`${id}-figures`}>{t('home.figures')}</SectionTitle>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
          <Stat
            label={t('home.partners')}
            value={partners.data?.total}
            to="/partners"
            error={partners.error}
          />
          <Stat
            label={t('home.frameworks')}
            value={frameworks.data?.total}
            to="/partners?kind=framework"
            error={frameworks.error}
          />
          <Stat label={t('home.people')} value={people.data?.total} to="/people" error={people.error} />
          <Stat label={t('home.posts')} value={posts.data?.total} to="/posts" error={posts.error} />
          <Stat label={t('home.sources')} value={sources.data?.total} to="/conflicts" error={sources.error} />
          <Stat
            label={t('home.conflicts')}
            value={conflicts.data?.total}
            to="/conflicts"
            error={conflicts.error}
          />
        </SimpleGrid>
      </section>
      <section aria-labelledby={`${id}-frameworks`}>
        <SectionTitle id={`${id}-frameworks`}>{t('home.frameworksTitle')}</SectionTitle>
        <QueryTable
          query={frameworks}
          rows={(page) => page.items}
          rowKey={(f) => f.id}
          labelledBy={`${id}-frameworks`}
          highlightOnHover={false}
          columns={[
            { key: 'name', header: t('home.framework'), cell: (f) => <FrameworkName framework={f} /> },
            dateColumn<OrganizationOut>('founded', t('home.founded'), (f) => f.founding_date, null),
            { key: 'members', header: t('home.membersToday'), cell: (f) => <MembersToday framework={f} /> },
          ]}
        />
      </section>
      <section aria-labelledby={`${id}-start`}>
        <SectionTitle id={`${id}-start`}>{t('home.startTitle')}</SectionTitle>
        <Group gap="lg">
          <Anchor component={Link} to="/partners">
            {t('home.linkPartners')}
          </Anchor>
          <Anchor component={Link} to="/people">
            {t('home.linkPeople')}
          </Anchor>
          <Anchor component={Link} to="/posts">
            {t('home.linkPosts')}
          </Anchor>
          <Anchor component={Link} to="/conflicts">
            {t('home.linkConflicts')}
          </Anchor>
          <Anchor href="/api/docs">{t('home.linkApi')}</Anchor>
        </Group>
        <Text size="sm" c="dimmed" mt="sm">
          {t('home.searchHint')}
        </Text>
      </section>
    </Stack>
  );
}
