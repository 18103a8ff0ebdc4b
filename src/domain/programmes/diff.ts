import { createTwoFilesPatch } from 'diff';
import type { ChosenActivity, Goal, Objective, ProgrammeContent } from './content.js';

/** The content as an outline, one fact a line, so that a text diff reads like the document. */
export function outline(c: ProgrammeContent): string {
  const lines = [`${c.kind} ${c.period.start} – ${c.period.end}`];
  if (c.title !== undefined) lines.push(`Title: ${c.title}`);
  if (c.marking !== undefined) lines.push(`Marking: ${c.marking}`);
  if (c.releasable_to !== undefined) lines.push(`Releasable to: ${c.releasable_to.join(', ') || '-'}`);
  for (const o of c.objectives) {
    lines.push(`Objective ${o.id}: ${o.title} [${o.area ?? '-'}] (${o.status})`);
    for (const g of o.goals) {
      lines.push(`  Goal ${g.id}: ${g.title} [${g.area ?? '-'}] (${g.status})`);
      for (const a of g.activities) lines.push(`    ${choiceLabel(a)} priority ${a.priority}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function choiceLabel(a: ChosenActivity): string {
  return `Activity ${a.activity_id}${a.iteration_id ? ` iteration ${a.iteration_id}` : ''}`;
}

/** A unified diff between two versions' outlines. */
export function textDiff(from: ProgrammeContent, to: ProgrammeContent, fromLabel: string, toLabel: string) {
  return createTwoFilesPatch(fromLabel, toLabel, outline(from), outline(to), undefined, undefined, {
    context: 3,
  });
}

export interface Change {
  change: 'added' | 'removed' | 'changed';
  what: 'period' | 'kind' | 'terms' | 'objective' | 'goal' | 'activity';
  /** objective id, goal id, or goal id/activity id[/iteration id] */
  id: string;
  title?: string;
  /** for a change: the fields that differ, with their values before and after */
  fields?: Record<string, { from: unknown; to: unknown }>;
}

function fieldChanges<T extends object>(a: T, b: T, keys: (keyof T)[]) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of keys) if (a[k] !== b[k]) out[String(k)] = { from: a[k], to: b[k] };
  return Object.keys(out).length ? out : null;
}

function compareLists<T>(
  before: T[],
  after: T[],
  key: (x: T) => string,
  onBoth: (a: T, b: T) => void,
  onAdded: (x: T) => void,
  onRemoved: (x: T) => void,
) {
  const was = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  for (const [k, x] of was) {
    const y = now.get(k);
    if (y) onBoth(x, y);
    else onRemoved(x);
  }
  for (const [k, y] of now) if (!was.has(k)) onAdded(y);
}

/** Added, removed and changed objectives, goals and chosen activities (matched by their ids). */
export function structuredDiff(from: ProgrammeContent, to: ProgrammeContent): Change[] {
  const changes: Change[] = [];
  if (from.kind !== to.kind)
    changes.push({
      change: 'changed',
      what: 'kind',
      id: 'kind',
      fields: { kind: { from: from.kind, to: to.kind } },
    });
  const period = fieldChanges(from.period, to.period, ['start', 'end']);
  if (period) changes.push({ change: 'changed', what: 'period', id: 'period', fields: period });
  // terms a version does not carry are the programme's own, unchanged by it
  const terms: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of ['title', 'marking', 'releasable_to'] as const)
    if (to[k] !== undefined && JSON.stringify(from[k]) !== JSON.stringify(to[k]))
      terms[k] = { from: from[k] ?? null, to: to[k] };
  if (Object.keys(terms).length)
    changes.push({ change: 'changed', what: 'terms', id: 'terms', fields: terms });
  const activityKey = (a: ChosenActivity) => `${a.activity_id}${a.iteration_id ? `/${a.iteration_id}` : ''}`;
  const goals = (g: Goal, change: 'added' | 'removed') => {
    changes.push({ change, what: 'goal', id: g.id, title: g.title });
    for (const a of g.activities) changes.push({ change, what: 'activity', id: `${g.id}/${activityKey(a)}` });
  };
  compareLists<Objective>(
    from.objectives,
    to.objectives,
    (o) => o.id,
    (a, b) => {
      const f = fieldChanges(a, b, ['title', 'area', 'status']);
      if (f) changes.push({ change: 'changed', what: 'objective', id: a.id, title: b.title, fields: f });
      compareLists<Goal>(
        a.goals,
        b.goals,
        (g) => g.id,
        (ga, gb) => {
          const gf = fieldChanges(ga, gb, ['title', 'area', 'status']);
          if (gf) changes.push({ change: 'changed', what: 'goal', id: ga.id, title: gb.title, fields: gf });
          compareLists<ChosenActivity>(
            ga.activities,
            gb.activities,
            activityKey,
            (x, y) => {
              const af = fieldChanges(x, y, ['priority']);
              if (af)
                changes.push({
                  change: 'changed',
                  what: 'activity',
                  id: `${ga.id}/${activityKey(x)}`,
                  fields: af,
                });
            },
            (y) => changes.push({ change: 'added', what: 'activity', id: `${ga.id}/${activityKey(y)}` }),
            (x) => changes.push({ change: 'removed', what: 'activity', id: `${ga.id}/${activityKey(x)}` }),
          );
        },
        (g) => goals(g, 'added'),
        (g) => goals(g, 'removed'),
      );
    },
    (o) => {
      changes.push({ change: 'added', what: 'objective', id: o.id, title: o.title });
      for (const g of o.goals) goals(g, 'added');
    },
    (o) => {
      changes.push({ change: 'removed', what: 'objective', id: o.id, title: o.title });
      for (const g of o.goals) goals(g, 'removed');
    },
  );
  return changes;
}
