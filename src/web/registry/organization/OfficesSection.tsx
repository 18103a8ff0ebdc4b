import { Badge, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldingOut, OrganizationOut, PostOut } from '../../core/api/client.js';
import { holdersQuery, usePeopleById } from '../../core/api/queries.js';
import { ErrorNotice, Loading, RouterAnchor, SectionTitle, useLang } from '../../core/components/common.js';
import { type Column, DataTable, dateColumn } from '../../core/components/DataTable.js';
import { organizationPath, personPath, postPath } from '../../core/components/links.js';
import { formatPartialDate, todayIso } from '../../core/i18n/format.js';
import { organizationName, personName, postLabel } from '../../core/i18n/names.js';

/** Who held the posts of the organization and of its bodies on the day asked (today by default). */
export function OfficesSection({
  org,
  bodies,
  posts,
  on,
}: {
  org: OrganizationOut;
  bodies: OrganizationOut[];
  posts: { items: PostOut[]; pending: boolean; error: unknown };
  on?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const day = on ?? todayIso();
  const holders = useQueries({
    queries: posts.items.map((p) => holdersQuery(p.id, day)),
    combine: (results) => ({
      byPost: new Map(
        posts.items.map((p, i) => [p.id, results[i]?.data?.items ?? []] as [string, HoldingOut[]]),
      ),
      pending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error,
    }),
  });
  const people = usePeopleById([...holders.byPost.values()].flat().map((h) => h.person_id));
  const owners = new Map([org, ...bodies].map((o) => [o.id, o]));
  if (!posts.pending && posts.items.length === 0) return null;

  // One row a holder, or one row for a post nobody held on the day.
  const rows = posts.items.flatMap((post): Office[] => {
    const holdings = holders.byPost.get(post.id) ?? [];
    return holdings.length === 0 ? [{ post, holding: null }] : holdings.map((holding) => ({ post, holding }));
  });
  const columns: Column<Office>[] = [
    {
      key: 'post',
      header: t('offices.post'),
      cell: ({ post }) => <RouterAnchor to={postPath(post.id)}>{postLabel(post, lang)}</RouterAnchor>,
    },
    {
      key: 'body',
      header: t('offices.body'),
      cell: ({ post }) => {
        const owner = owners.get(post.organization_id);
        return owner ? (
          <RouterAnchor to={organizationPath(owner)}>{organizationName(owner, lang)}</RouterAnchor>
        ) : (
          post.organization_name
        );
      },
    },
    {
      key: 'holder',
      header: t('offices.holder'),
      cell: ({ holding: h }) => {
        if (!h)
          return (
            <Text c="dimmed" size="sm">
              {t('offices.noHolder')}
            </Text>
          );
        const person = people.get(h.person_id);
        return (
          <>
            <RouterAnchor to={personPath(h.person_id)}>
              {person ? personName(person, lang, day) : h.person_name}
            </RouterAnchor>{' '}
            {h.acting && (
              <Badge size="sm" variant="outline" color="gray" tt="none">
                {t('holding.acting')}
              </Badge>
            )}
            {h.certainty === 'possible' && (
              <Badge size="sm" variant="outline" color="red.9" tt="none">
                {t('certainty.possible')}
              </Badge>
            )}
          </>
        );
      },
    },
    dateColumn('since', t('offices.since'), (o) => o.holding?.start_date),
    dateColumn('until', t('offices.until'), (o) => o.holding?.end_date, t('memberships.ongoing')),
  ];

  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('offices.title', { date: formatPartialDate(day, lang) })}</SectionTitle>
      {posts.error || holders.error ? (
        <ErrorNotice error={posts.error ?? holders.error} />
      ) : posts.pending || holders.pending ? (
        <Loading />
      ) : (
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(o) => o.holding?.id ?? o.post.id}
          labelledBy={id}
          highlightOnHover={false}
        />
      )}
    </section>
  );
}

interface Office {
  post: PostOut;
  holding: HoldingOut | null;
}
