import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganizationKind } from '../api/client.js';
import { organizationsQuery, peopleQuery, postsQuery } from '../api/queries.js';
import {
  ErrorNotice,
  Loading,
  RouterAnchor,
  SectionTitle,
  useLang,
  usePageTitle,
} from '../components/common.js';
import { organizationPath, personPath, postPath } from '../components/links.js';
import { countryName } from '../i18n/format.js';
import { organizationName, personName, postLabel } from '../i18n/names.js';

const ORGANIZATION_GROUPS: OrganizationKind[] = ['state', 'framework', 'international_organization', 'body'];

interface Hit {
  key: string;
  to: string;
  label: string;
  detail?: ReactNode;
}

function ResultGroup({ title, hits }: { title: string; hits: Hit[] }) {
  const id = useId();
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>
        <Group gap="xs" component="span">
          {title}
          <Badge variant="light" color="gray" tt="none" component="span">
            {hits.length}
          </Badge>
        </Group>
      </SectionTitle>
      <List spacing={6} listStyleType="none" p={0}>
        {hits.map((hit) => (
          <List.Item key={hit.key}>
            <RouterAnchor to={hit.to}>{hit.label}</RouterAnchor>
            {hit.detail && (
              <Text span size="sm" c="dimmed">
                {' — '}
                {hit.detail}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </section>
  );
}

/** Results of the header's search box, grouped by kind: partners and organizations, people, posts. */
export function SearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const organizations = useQuery({ ...organizationsQuery({ q, limit: 100 }), enabled: !!q });
  const people = useQuery({ ...peopleQuery({ q, limit: 100 }), enabled: !!q });
  const posts = useQuery({ ...postsQuery({ q, limit: 100 }), enabled: !!q });

  if (!q) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('search.title')}</Title>
        <Text>{t('search.empty')}</Text>
      </Stack>
    );
  }
  const queries = [organizations, people, posts];
  const error = queries.find((r) => r.error)?.error;
  const pending = queries.some((r) => r.isPending);
  const orgs = organizations.data?.items ?? [];
  const total = orgs.length + (people.data?.items.length ?? 0) + (posts.data?.items.length ?? 0);

  return (
    <Stack gap="xs">
      <Title order={1}>{t('search.titleFor', { q })}</Title>
      {error ? <ErrorNotice error={error} /> : null}
      {pending ? (
        <Loading />
      ) : (
        <Text role="status">{total ? t('search.count', { count: total }) : t('search.nothing')}</Text>
      )}
      {ORGANIZATION_GROUPS.map((kind) => (
        <ResultGroup
          key={kind}
          title={t(`kindPlural.${kind}`)}
          hits={orgs
            .filter((o) => o.kind === kind)
            .map((o) => ({
              key: o.id,
              to: organizationPath(o),
              label: organizationName(o, lang),
              detail: o.iso2 ?? undefined,
            }))}
        />
      ))}
      <ResultGroup
        title={t('search.people')}
        hits={(people.data?.items ?? []).map((p) => ({
          key: p.id,
          to: personPath(p.id),
          label: personName(p, lang),
          detail: p.nationality ? countryName(p.nationality, lang) : undefined,
        }))}
      />
      <ResultGroup
        title={t('search.posts')}
        hits={(posts.data?.items ?? []).map((p) => ({
          key: p.id,
          to: postPath(p.id),
          label: postLabel(p, lang),
        }))}
      />
    </Stack>
  );
}
