import { Alert, Anchor, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../core/api/client.js';
import { useLang } from '../core/components/common.js';
import { formatPartialDate } from '../core/i18n/format.js';

const PAGE_OF: Record<DuplicateCandidate['kind'], string> = {
  meeting: '/dialogue/meetings/',
  person: '/people/',
  source: '/sources/',
};

/** One candidate: a link to its page, its day, and what it shares with the record being saved. */
export function CandidateLine({ c }: { c: DuplicateCandidate }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Anchor component={Link} to={`${PAGE_OF[c.kind]}${encodeURIComponent(c.id)}`} target="_blank">
        {c.date ? `${formatPartialDate(c.date, lang)}: ` : ''}
        {c.label}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        ({c.reasons.map((r) => t(`dialogue.duplicates.reasons.${r}`, { defaultValue: r })).join(', ')})
      </Text>
    </>
  );
}

/**
 * The records the server found that look like the one about to be saved, side by side with the
 * choice: open one of them, or save this one as new (the caller's button).
 */
export function DuplicateCandidates({
  candidates,
  children,
}: {
  candidates: readonly DuplicateCandidate[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  return (
    <Alert color="yellow" title={t('dialogue.duplicates.title')} role="alert">
      <Text size="sm" mb="xs">
        {t('dialogue.duplicates.help')}
      </Text>
      <List size="sm" mb="sm" aria-label={t('dialogue.duplicates.title')}>
        {candidates.map((c) => (
          <List.Item key={`${c.kind}:${c.id}`}>
            <CandidateLine c={c} />
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}
