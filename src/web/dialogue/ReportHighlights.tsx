import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IngestOut } from './api.js';

type Span = IngestOut['spans'][number];

// Light backgrounds under dark text keep a contrast well above 4.5:1.
const BACKGROUND: Record<Span['kind'], string> = {
  person: '#ffec99',
  date: '#a5d8ff',
  place: '#b2f2bb',
  dateline: '#e9ecef',
};

function Highlight({ span, children }: { span: Span; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <mark
      data-kind={span.kind}
      data-value={span.value ?? undefined}
      title={t(`dialogue.ingest.kinds.${span.kind}`)}
      style={{ background: BACKGROUND[span.kind], color: '#212529', padding: '0 2px', borderRadius: 2 }}
    >
      {children}
    </mark>
  );
}

/** The normalized report with what the reader recognised marked at the offsets the API gave. */
export function ReportHighlights({ text, spans, lang }: { text: string; spans: Span[]; lang?: string }) {
  const { t } = useTranslation();
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    // An overlapping span (a name inside the dateline) is left to the one already marked.
    if (span.start < cursor || span.end > text.length) continue;
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    parts.push(
      <Highlight key={`${span.kind}:${span.start}`} span={span}>
        {text.slice(span.start, span.end)}
      </Highlight>,
    );
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return (
    <>
      <Group gap="xs" mb="xs" aria-label={t('dialogue.ingest.legend')} role="list">
        {(['person', 'date', 'place', 'dateline'] as const).map((kind) => (
          <Text
            key={kind}
            span
            size="sm"
            role="listitem"
            px={6}
            style={{ background: BACKGROUND[kind], color: '#212529', borderRadius: 2 }}
          >
            {t(`dialogue.ingest.kinds.${kind}`)}
          </Text>
        ))}
      </Group>
      <Text lang={lang} style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }} data-testid="report-text">
        {parts}
      </Text>
    </>
  );
}
