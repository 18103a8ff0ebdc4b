import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ProgrammeStatus, type Side, TRANSITIONS } from '../../domain/programmes/lifecycle.js';
import { useLang } from '../core/components/common.js';
import { areasQuery } from '../menu/api.js';
import type { ProgrammeOut } from './api.js';

const COLOUR: Record<ProgrammeStatus, string> = {
  draft: 'gray',
  in_consultation: 'yellow',
  approved_by_organization: 'cyan',
  jointly_agreed: 'green',
  in_implementation: 'blue',
  under_review: 'violet',
  completed: 'teal',
  superseded: 'red',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  // Dark text on a light badge keeps the contrast whatever the colour.
  return (
    <Badge variant="light" color={COLOUR[status as ProgrammeStatus] ?? 'gray'} c="dark.8" tt="none">
      {t(`programmes.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** The side that moves next from a state (superseding, open to the organization throughout, aside). */
export function whoseMove(status: string): Side | null {
  const rules = TRANSITIONS.filter((r) => r.from === status && r.transition !== 'supersede');
  return rules[0]?.side ?? null;
}

/** A new item id within the programme (kept across versions, so diffs follow it). */
export function newItemId(prefix: 'objective' | 'goal'): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** The areas of cooperation as options, named in the UI language. */
export function useAreaOptions(): { value: string; label: string }[] {
  const lang = useLang();
  const areas = useQuery(areasQuery());
  return (areas.data?.items ?? []).map((a) => ({
    value: a.code,
    label: `${a.code} · ${a.names[lang] ?? a.name}`,
  }));
}

/** What each panel of a programme's page is given: the programme, the reader's side, and how to report a change. */
export interface ProgrammePanelProps {
  programme: ProgrammeOut;
  side: Side | null;
  partnerName: string;
  onChanged: (p: ProgrammeOut) => void;
}
