import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { placeName } from '../../domain/registry/place-names.js';
import type { MeetingOut } from '../../schemas/dialogue/meeting.schema.js';
import type { ActivityOut } from '../../schemas/menu/menu.schema.js';
import type { ProgrammeOut } from '../../schemas/programmes/programme.schema.js';
import { ApiError, get, type OrganizationKind } from '../core/api/client.js';
import { organizationsQuery, peopleQuery, postsQuery, useOrganizationsById } from '../core/api/queries.js';
import {
  ErrorNotice,
  Loading,
  RouterAnchor,
  SectionTitle,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { organizationPath, personPath, postPath } from '../core/components/links.js';
import { countryName, formatPartialDate } from '../core/i18n/format.js';
import { organizationName, personName, postLabel } from '../core/i18n/names.js';

const ORGANIZATION_GROUPS: OrganizationKind[] = ['state', 'framework', 'international_organization', 'body'];

interface Hit {
  key: string;
  to: string;
  label: string;
  detail?: ReactNode;
}

interface Found<T> {
  items: T[];
  total: number;
}

/**
 * One optional group: a role the API refuses the whole kind to (404) simply does not see the group,
 * which is not an error worth showing.
 */
function useOptionalSearch<T>(path: string, q: string) {
  const result = useQuery({
    queryKey: ['search', path, q],
    queryFn: () => get<Found<T>>(path, { q, limit: 100 }),
    enabled: !!q,
  });
  const refused = result.error instanceof ApiError && result.error.status === 404;
  return {
    items: refused ? [] : (result.data?.items ?? []),
    total: refused ? 0 : (result.data?.total ?? 0),
    error: refused ? null : result.error,
    isPending: result.isPending && !!q,
  };
}

function ResultGroup({ title, hits, total }: { title: string; hits: Hit[]; total?: number }) {
  const id = useId();
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>
        <Group gap="xs" component="span">
          {title}
          <Badge variant="light" color="gray" tt="none" component="span">
            {total ?? hits.length}
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

/**
 * Results of the header's search box, grouped by kind: partners and organizations, people, posts,
 * menu activities, meetings and programmes (the last three for the roles that may read them).
 */
export function SearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const organizations = useQuery({ ...organizationsQuery({ q, limit: 100 }), enabled: !!q });
  const people = useQuery({ ...peopleQuery({ q, limit: 100 }), enabled: !!q });
  const posts = useQuery({ ...postsQuery({ q, limit: 100 }), enabled: !!q });
  const activities = useOptionalSearch<ActivityOut>('/api/activities', q);
  const meetings = useOptionalSearch<MeetingOut>('/api/meetings', q);
  const programmes = useOptionalSearch<ProgrammeOut>('/api/programmes', q);
  const partners = useOrganizationsById([
    ...meetings.items.map((m) => m.partner_id),
    ...programmes.items.map((p) => p.partner_id),
  ]);
  const partnerName = (id: string) => {
    const org = partners.get(id);
    return org ? organizationName(org, lang) : id;
  };

  if (!q) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('search.title')}</Title>
        <Text>{t('search.empty')}</Text>
      </Stack>
    );
  }
  const queries = [organizations, people, posts, activities, meetings, programmes];
  const error = queries.find((r) => r.error)?.error;
  const pending = queries.some((r) => r.isPending);
  const orgs = organizations.data?.items ?? [];
  const total =
    orgs.length +
    (people.data?.items.length ?? 0) +
    (posts.data?.items.length ?? 0) +
    activities.total +
    meetings.total +
    programmes.total;

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
      <ResultGroup
        title={t('search.activities')}
        total={activities.total}
        hits={activities.items.map((a) => ({
          key: a.id,
          to: `/menu/activities/${encodeURIComponent(a.id)}`,
          label: a.title,
          detail: a.key,
        }))}
      />
      <ResultGroup
        title={t('search.meetings')}
        total={meetings.total}
        hits={meetings.items.map((m) => ({
          key: m.id,
          to: `/dialogue/meetings/${encodeURIComponent(m.id)}`,
          // The dialogue's kind names ("Visit", "Talks") are its feature's messages, loaded with the app.
          label: m.title ?? t(`dialogue.kinds.${m.kind}`, { defaultValue: t('search.untitledMeeting') }),
          detail: [
            formatPartialDate(m.date, lang),
            partnerName(m.partner_id),
            m.place.city && placeName(m.place.city, lang),
          ]
            .filter(Boolean)
            .join(', '),
        }))}
      />
      <ResultGroup
        title={t('search.programmes')}
        total={programmes.total}
        hits={programmes.items.map((p) => ({
          key: p.id,
          to: `/programmes/${encodeURIComponent(p.id)}`,
          label: p.title,
          detail: `${partnerName(p.partner_id)}, ${formatPartialDate(p.start_date, lang)} – ${formatPartialDate(p.end_date, lang)}`,
        }))}
      />
    </Stack>
  );
}
