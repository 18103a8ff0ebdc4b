import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { conflictsQuery } from '../core/api/queries.js';
import { ConflictCard } from '../core/components/ConflictCard.js';
import { QueryState, useLang, usePageTitle } from '../core/components/common.js';
import { formatCount } from '../core/i18n/format.js';
import { ResolveConflict } from './forms/ResolveConflict.js';

export function ConflictsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const conflicts = useQuery(conflictsQuery());
  usePageTitle(t('conflicts.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('conflicts.title')}</Title>
      <Text maw={760}>{t('conflicts.intro')}</Text>
      <QueryState query={conflicts}>
        {(page) => (
          <>
            <Text role="status">
              {t('conflicts.count', { count: page.total, formatted: formatCount(page.total, lang) })}
            </Text>
            <Stack gap="md" maw={980}>
              {page.items.map((c) => (
                <ConflictCard key={`${c.subject_type}:${c.subject_id}:${c.field}`} conflict={c}>
                  <ResolveConflict conflict={c} />
                </ConflictCard>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
