import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictsQuery } from '../../api/queries.js';
import { ConflictCard } from '../../components/ConflictCard.js';
import { QueryState, SectionTitle } from '../../components/common.js';

/** The open conflicts whose subject is one of `subjects` ("membership:tj-eapc"…), filtered here. */
export function SubjectConflicts({ subjects, title }: { subjects: Set<string>; title: string }) {
  const { t } = useTranslation();
  const id = useId();
  const conflicts = useQuery(conflictsQuery());
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{title}</SectionTitle>
      <QueryState query={conflicts}>
        {(all) => {
          const mine = all.items.filter((c) => subjects.has(`${c.subject_type}:${c.subject_id}`));
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
