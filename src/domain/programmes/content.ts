import { createHash } from 'node:crypto';

/** One menu activity (or one of its iterations) chosen to serve a partnership goal. */
export interface ChosenActivity {
  activity_id: string;
  iteration_id: string | null;
  /** 1 is the highest priority */
  priority: number;
}

export type ItemStatus = 'open' | 'completed';

export interface Goal {
  id: string;
  title: string;
  area: string | null;
  status: ItemStatus;
  activities: ChosenActivity[];
}

export interface Objective {
  id: string;
  title: string;
  area: string | null;
  status: ItemStatus;
  goals: Goal[];
}

export type ProgrammeKind = 'IPP' | 'IPCP' | 'ITPP';
export const PROGRAMME_KINDS = ['IPP', 'IPCP', 'ITPP'] as const;

/**
 * Terms an amendment changes beside the content: the title and who may read the programme. They are
 * signed only when an amendment carries them, so the hash of content without terms (every version
 * written before amendments could carry them) is unchanged.
 */
export interface ProgrammeTerms {
  title?: string | undefined;
  marking?: string | undefined;
  releasable_to?: string[] | undefined;
}

/** What the two sides sign: the objectives tree with its chosen activities, the period and the kind. */
export interface ProgrammeContent extends ProgrammeTerms {
  kind: ProgrammeKind;
  period: { start: string; end: string };
  objectives: Objective[];
}

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Only the signed fields, whatever else a caller's object carries. */
export function contentOf(c: ProgrammeContent): ProgrammeContent {
  return {
    kind: c.kind,
    period: { start: c.period.start, end: c.period.end },
    objectives: c.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      area: o.area ?? null,
      status: o.status,
      goals: o.goals.map((g) => ({
        id: g.id,
        title: g.title,
        area: g.area ?? null,
        status: g.status,
        activities: g.activities.map((a) => ({
          activity_id: a.activity_id,
          iteration_id: a.iteration_id ?? null,
          priority: a.priority,
        })),
      })),
    })),
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.marking !== undefined ? { marking: c.marking } : {}),
    ...(c.releasable_to !== undefined ? { releasable_to: [...c.releasable_to] } : {}),
  };
}

/** The SHA-256 (hex) of the canonical JSON of the content: what a sign-off is bound to. */
export function contentHash(c: ProgrammeContent): string {
  return createHash('sha256')
    .update(canonicalJson(contentOf(c)))
    .digest('hex');
}

/** Every chosen activity with the objective and goal it serves. */
export function choicesOf(c: ProgrammeContent) {
  return c.objectives.flatMap((objective) =>
    objective.goals.flatMap((goal) => goal.activities.map((choice) => ({ objective, goal, choice }))),
  );
}

/** Ids that must be unique within one programme; returns the first repeated one. */
export function duplicateId(c: ProgrammeContent): string | null {
  const seen = new Set<string>();
  for (const id of c.objectives.flatMap((o) => [o.id, ...o.goals.map((g) => g.id)])) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}
