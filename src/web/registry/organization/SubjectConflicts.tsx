import { Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictsQuery, holdersQuery } from '../../core/api/queries.js';
import { ConflictCard } from '../../core/components/ConflictCard.js';
import { QueryState, SectionTitle } from '../../core/components/common.js';

/**
 * The open conflicts whose subject is one of `subjects` ("membership:tj-eapc"…), or a holding of one of
 * the posts `postIds`, filtered here.
 */
export function SubjectConflicts({
  subjects,
  postIds = [],
  title,
}: {
  subjects: Set<string>;
  postIds?: string[];
  title: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const conflicts = useQuery(conflictsQuery());
  // Attributing a holding's conflict takes every holding of every post (a request per post): asked
  // only when some open conflict concerns a holding at all.
  const aboutHoldings = conflicts.data?.items.some((c) => c.subject_type === 'post_holding') ?? false;
  const holdings = useQueries({
    queries: (aboutHoldings ? postIds : []).map((postId) => holdersQuery(postId)),
    combine: (results) => ({
      ids: results.flatMap((r) => r.data?.items ?? []).map((h) => `post_holding:${h.id}`),
      pending: results.some((r) => r.isPending),
    }),
  });
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{title}</SectionTitle>
      <QueryState
        query={{
          data: conflicts.data,
          error: conflicts.error,
          isPending: conflicts.isPending || holdings.pending,
        }}
      >
        {(all) => {
          const concerned = new Set([...subjects, ...holdings.ids]);
          const mine = all.items.filter((c) => concerned.has(`${c.subject_type}:${c.subject_id}`));
          if (mine.length === 0) return <Text>{t('conflicts.noneHere')}</Text>;
          return (
            <Stack gap="md">
              {mine.map((c) => (
                <ConflictCard key={`${c.subject_type}:${c.subject_id}:${c.field}`} conflict={c} />
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </section>
  );
}
