import { Badge, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldingOut, OrganizationOut, PostOut } from '../../core/api/client.js';
import { holdersQuery, usePeopleById } from '../../core/api/queries.js';
import {
  ErrorNotice,
  Loading,
  PartialDate,
  RouterAnchor,
  SectionTitle,
  useLang,
} from '../../core/components/common.js';
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

  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('offices.title', { date: formatPartialDate(day, lang) })}</SectionTitle>
      {posts.error || holders.error ? (
        <ErrorNotice error={posts.error ?? holders.error} />
      ) : posts.pending || holders.pending ? (
        <Loading />
      ) : (
        <div className="table-scroll">
          <Table aria-labelledby={id} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('offices.post')}</Table.Th>
                <Table.Th>{t('offices.body')}</Table.Th>
                <Table.Th>{t('offices.holder')}</Table.Th>
                <Table.Th>{t('offices.since')}</Table.Th>
                <Table.Th>{t('offices.until')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {posts.items.flatMap((post) => {
                const owner = owners.get(post.organization_id);
                const postCell = <RouterAnchor to={postPath(post.id)}>{postLabel(post, lang)}</RouterAnchor>;
                const ownerCell = owner ? (
                  <RouterAnchor to={organizationPath(owner)}>{organizationName(owner, lang)}</RouterAnchor>
                ) : (
                  post.organization_name
                );
                const holdings = holders.byPost.get(post.id) ?? [];
                if (holdings.length === 0) {
                  return [
                    <Table.Tr key={post.id}>
                      <Table.Td>{postCell}</Table.Td>
                      <Table.Td>{ownerCell}</Table.Td>
                      <Table.Td colSpan={3}>
                        <Text c="dimmed" size="sm">
                          {t('offices.noHolder')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>,
                  ];
                }
                return holdings.map((h) => {
                  const person = people.get(h.person_id);
                  return (
                    <Table.Tr key={h.id}>
                      <Table.Td>{postCell}</Table.Td>
                      <Table.Td>{ownerCell}</Table.Td>
                      <Table.Td>
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
                      </Table.Td>
                      <Table.Td>
                        <PartialDate value={h.start_date} />
                      </Table.Td>
                      <Table.Td>
                        {h.end_date ? <PartialDate value={h.end_date} /> : t('memberships.ongoing')}
                      </Table.Td>
                    </Table.Tr>
                  );
                });
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
