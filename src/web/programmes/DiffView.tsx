import { Box, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffOut } from './api.js';

type Change = DiffOut['changes'][number];

const shown = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation();
  const what = t(`programmes.diff.what.${change.what}`);
  const name = change.title ? `“${change.title}”` : change.id;
  return (
    <List.Item>
      <Text span fw={600}>
        {t(`programmes.diff.change.${change.change}`, { what, name })}
      </Text>
      {change.fields && (
        <List withPadding size="sm">
          {Object.entries(change.fields).map(([field, { from, to }]) => (
            <List.Item key={field}>
              {t('programmes.diff.field', { field, from: shown(from), to: shown(to) })}
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
        <Box
          component="pre"
          className="programme-diff"
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
