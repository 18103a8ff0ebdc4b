import { Anchor, Badge, Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimOut, ConflictOut } from '../api/client.js';
import {
  holdingQuery,
  membershipQuery,
  organizationQuery,
  personQuery,
  postQuery,
  sourceQuery,
} from '../api/queries.js';
import { firstDay, isPartialDate } from '../i18n/format.js';
import { organizationName, personName, postLabel } from '../i18n/names.js';
import { PartialDate, RouterAnchor, useLang } from './common.js';
import { organizationPath, personPath, postPath } from './links.js';

/** What a conflict is about, named in the UI language (the API's English label until it is known). */
function useSubject(conflict: ConflictOut): { label: string; lang?: string; to?: string } {
  const lang = useLang();
  const { subject_type: type, subject_id: id } = conflict;
  const membership = useQuery({ ...membershipQuery(id), enabled: type === 'membership' });
  const holding = useQuery({ ...holdingQuery(id), enabled: type === 'post_holding' });
  const orgId = type === 'organization' ? id : type === 'membership' ? membership.data?.member_id : undefined;
  const org = useQuery({ ...organizationQuery(orgId ?? ''), enabled: !!orgId });
  const framework = useQuery({
    ...organizationQuery(membership.data?.organization_id ?? ''),
    enabled: !!membership.data,
  });
  const personId = type === 'person' ? id : holding.data?.person_id;
  const person = useQuery({ ...personQuery(personId ?? ''), enabled: !!personId });
  const postId = type === 'post' ? id : holding.data?.post_id;
  const post = useQuery({ ...postQuery(postId ?? ''), enabled: !!postId });
  // While the records load, an ellipsis; if they cannot be read, the API's English label, marked as
  // English (lang, translate="no") rather than passed off as the reader's language.
  const loading = [membership, holding, org, framework, person, post].some((q) => q.isLoading);
  const fallback = loading ? { label: '…' } : { label: conflict.subject_label, lang: 'en' };

  switch (type) {
    case 'organization':
      return org.data
        ? { label: organizationName(org.data, lang), to: organizationPath(org.data) }
        : fallback;
    case 'membership': {
      const m = membership.data;
      if (!m || !org.data || !framework.data) return fallback;
      const name = organizationName(framework.data, lang, firstDay(m.start_date));
      return { label: `${organizationName(org.data, lang)} — ${name}`, to: organizationPath(org.data) };
    }
    case 'person':
      return person.data ? { label: personName(person.data, lang), to: personPath(id) } : fallback;
    case 'post':
      return post.data ? { label: postLabel(post.data, lang), to: postPath(id) } : fallback;
    case 'post_holding': {
      const h = holding.data;
      if (!h || !person.data || !post.data) return fallback;
      return {
        label: `${personName(person.data, lang, firstDay(h.start_date))} — ${postLabel(post.data, lang)}`,
        to: postPath(h.post_id),
      };
    }
  }
}

/** A claimed value as people read it: a date as a date, a record named by its name (never its id). */
function ClaimValue({ field, value }: { field: string; value: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const person = useQuery({ ...personQuery(value ?? ''), enabled: field === 'person_id' && !!value });
  const post = useQuery({ ...postQuery(value ?? ''), enabled: field === 'post_id' && !!value });
  const org = useQuery({
    ...organizationQuery(value ?? ''),
    enabled: (field === 'organization_id' || field === 'parent_id') && !!value,
  });
  if (value === null) return <Text span>{t('conflicts.noValue')}</Text>;
  if (field.endsWith('_date') && isPartialDate(value)) return <PartialDate value={value} />;
  if (field.endsWith('_id')) {
    const name = person.data
      ? personName(person.data, lang)
      : post.data
        ? postLabel(post.data, lang)
        : org.data
          ? organizationName(org.data, lang)
          : null;
    const loading = person.isLoading || post.isLoading || org.isLoading;
    return <Text span>{name ?? (loading ? '…' : t('conflicts.unknownRecord'))}</Text>;
  }
  return (
    <Text span translate="no">
      {value}
    </Text>
  );
}

function SourceOfClaim({ claim }: { claim: ClaimOut }) {
  const { t } = useTranslation();
  const { data: source } = useQuery(sourceQuery(claim.source_id));
  const excerpt = claim.excerpt ?? source?.excerpt;
  const title = source?.title ?? claim.source_title;
  return (
    <Stack gap={4} component="li">
      <Group gap="xs" align="baseline">
        <Text
          fw={600}
          lang={source?.language ?? undefined}
          translate="no"
          style={{ overflowWrap: 'anywhere' }}
        >
          {source?.url ? (
            <Anchor href={source.url} rel="noreferrer">
              {title}
            </Anchor>
          ) : (
            title
          )}
        </Text>
        <Badge color="gray" variant="outline" tt="none" style={{ flexShrink: 0 }}>
          {t(`confidence.${claim.confidence}`)}
        </Badge>
      </Group>
      {(source?.publisher || source?.publication_date) && (
        <Text size="sm" c="dimmed">
          <span translate="no">{source.publisher}</span>
          {source.publisher && source.publication_date ? ' · ' : ''}
          {source.publication_date && <PartialDate value={source.publication_date} />}
        </Text>
      )}
      {excerpt && (
        <Blockquote
          lang={source?.language ?? undefined}
          translate="no"
          color="gray"
          p="xs"
          pl="sm"
          mt={2}
          styles={{ root: { fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          {excerpt}
        </Blockquote>
      )}
    </Stack>
  );
}

/** The claims stating one value, with their sources; the value the record follows comes first. */
function ValueGroup({ field, value, claims }: { field: string; value: string | null; claims: ClaimOut[] }) {
  const { t } = useTranslation();
  const followed = claims.some((c) => c.followed);
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <Group gap="xs" mb="xs">
        <Text fw={700} size="lg">
          <ClaimValue field={field} value={value} />
        </Text>
        {followed && (
          <Badge color="teal.9" variant="filled" tt="none">
            {t('conflicts.followed')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('conflicts.sources', { count: claims.length })}
        </Text>
      </Group>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {claims.map((claim) => (
          <SourceOfClaim key={claim.id} claim={claim} />
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * One open disagreement: the record, the field, the value followed, and each claim with its source;
 * `children` (a way to settle it, for those who may) comes last.
 */
export function ConflictCard({ conflict, children }: { conflict: ConflictOut; children?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const subject = useSubject(conflict);
  const fieldLabel = t(`fields.${conflict.field}`, { defaultValue: conflict.field });
  const groups = new Map<string | null, ClaimOut[]>();
  for (const claim of conflict.claims) groups.set(claim.value, [...(groups.get(claim.value) ?? []), claim]);
  const byFollowed = [...groups].sort(
    ([, a], [, b]) => Number(b.some((c) => c.followed)) - Number(a.some((c) => c.followed)),
  );
  return (
    <Paper component="article" aria-labelledby={id} withBorder p="md" radius="md">
      <Title order={3} size="h4" id={id}>
        {subject.to ? (
          <RouterAnchor to={subject.to}>
            <span lang={subject.lang} translate={subject.lang ? 'no' : undefined}>
              {subject.label}
            </span>
          </RouterAnchor>
        ) : (
          <span lang={subject.lang} translate={subject.lang ? 'no' : undefined}>
            {subject.label}
          </span>
        )}
        {` — ${fieldLabel}`}
      </Title>
      <Text mt={4} mb="sm">
        {conflict.followed_value !== null ? (
          <>
            {t('conflicts.recordFollows')}{' '}
            <Text span fw={700}>
              <ClaimValue field={conflict.field} value={conflict.followed_value} />
            </Text>
          </>
        ) : (
          t('conflicts.noneFollowed')
        )}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('conflicts.values', { count: groups.size })}>
        {byFollowed.map(([value, claims]) => (
          <ValueGroup key={value ?? ''} field={conflict.field} value={value} claims={claims} />
        ))}
      </Stack>
      {children}
    </Paper>
  );
}
