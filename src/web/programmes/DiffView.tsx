import { Box, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../core/components/common.js';
import { countryName, formatPartialDate } from '../core/i18n/format.js';
import { activityQuery, areasQuery } from '../menu/api.js';
import type { DiffOut } from './api.js';

type Change = DiffOut['changes'][number];

/**
 * A value of a changed field in words: dates as dates, areas and statuses and priorities by their
 * names, markings and partners by their labels; never an enum value or a code.
 */
function useShown() {
  const { t } = useTranslation();
  const lang = useLang();
  const areas = useQuery(areasQuery());
  return (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if ((field === 'start' || field === 'end') && typeof v === 'string') return formatPartialDate(v, lang);
    if (field === 'area' && typeof v === 'string') {
      const area = areas.data?.items.find((a) => a.code === v);
      return area ? (area.names[lang] ?? area.name) : v;
    }
    if (field === 'status') return t(`programmes.itemStatus.${String(v)}`);
    if (field === 'priority') return t(`programmes.priority.${String(v)}`);
    if (field === 'kind') return t(`programmes.kind.${String(v)}`, { defaultValue: String(v) });
    if (field === 'marking') return t(`dialogue.markings.${String(v)}`, { defaultValue: String(v) });
    if (field === 'releasable_to' && Array.isArray(v))
      return v.map((c) => countryName(String(c).toUpperCase(), lang)).join(', ');
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
}

function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation();
  const shown = useShown();
  const what = t(`programmes.diff.what.${change.what}`);
  // An activity's change is keyed goal/activity[/iteration]: it is named by the activity's title.
  const activityId = change.what === 'activity' ? change.id.split('/')[1] : undefined;
  const activity = useQuery({ ...activityQuery(activityId ?? ''), enabled: !!activityId });
  const title =
    change.title ??
    (activity.data ? `${activity.data.key} ${activity.data.title}` : undefined) ??
    (change.what === 'period' || change.what === 'terms' || change.what === 'kind' ? '' : undefined);
  const name = title === undefined ? '…' : title ? `“${title}”` : '';
  return (
    <List.Item>
      <Text span fw={600}>
        {t(`programmes.diff.change.${change.change}`, { what, name: '\u0000' })
          .split('\u0000')
          .flatMap((part, i) =>
            i === 0
              ? [part]
              : [
                  <span key="name" translate="no">
                    {name}
                  </span>,
                  part,
                ],
          )}
      </Text>
      {change.fields && (
        <List withPadding size="sm">
          {Object.entries(change.fields).map(([field, { from, to }]) => (
            <List.Item key={field} translate={field === 'title' ? 'no' : undefined}>
              {t('programmes.diff.field', {
                field: t(`programmes.diff.fields.${field}`, { defaultValue: field.replace(/_/g, ' ') }),
                from: shown(field, from),
                to: shown(field, to),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </List.Item>
  );
}

/** A readable diff: the list of changes, then the two outlines line by line. */
export function DiffView({ changes, text, title }: { changes: Change[]; text?: string; title: string }) {
  const { t } = useTranslation();
  const id = useId();
  // A line's place in the diff is its identity: the same text may occur twice.
  const lines = (text ?? '')
    .split('\n')
    .filter((l) => !/^(Index:|={3,}|-{3} |\+{3} )/.test(l))
    .map((l, n) => ({ l, key: `line-${n}` }));
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      {changes.length === 0 ? (
        <Text c="dimmed">{t('programmes.diff.none')}</Text>
      ) : (
        <List aria-label={t('programmes.diff.changes')} data-testid="diff-changes">
          {changes.map((c) => (
            <ChangeLine key={`${c.change}:${c.what}:${c.id}`} change={c} />
          ))}
        </List>
      )}
      {text && lines.some(({ l }) => /^[+-]/.test(l)) && (
        // The stored outlines' unified diff, verbatim (ids included, as the API gives it): a record of
        // what changed byte for byte, like the hashes, for readers who audit; the list above says it
        // in words. Translation tools leave it as it is.
        <Box
          component="pre"
          className="programme-diff"
          translate="no"
          tabIndex={0}
          aria-label={t('programmes.diff.text')}
          p="xs"
          bg="gray.0"
          style={{ overflowX: 'auto', fontSize: 13 }}
        >
          {lines.map(({ l, key }) => (
            <Text
              key={key}
              span
              display="block"
              ff="monospace"
              fz={13}
              c="dark.9"
              bg={l.startsWith('+') ? 'green.1' : l.startsWith('-') ? 'red.1' : undefined}
            >
              {l.startsWith('+') ? (
                <ins style={{ textDecoration: 'none' }}>{l}</ins>
              ) : l.startsWith('-') ? (
                <del style={{ textDecoration: 'none' }}>{l}</del>
              ) : (
                l || ' '
              )}
            </Text>
          ))}
        </Box>
      )}
    </Stack>
  );
}
