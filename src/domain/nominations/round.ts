import { createHash } from 'node:crypto';
import { type IterationStatus, type NominationStatus, SEATED, UNDECIDED } from '../menu/vocabulary.js';
import type { Instance } from './instance.js';
import { nominationWeight } from './nomination-rules.js';

export interface RoundIterationRow {
  id: string;
  version: number;
  seats: number;
  status: IterationStatus;
  partner_cap: number | null;
}

export interface RoundNominationRow {
  id: string;
  version: number;
  iteration_id: string;
  person_id: string;
  partner_id: string;
  priority: number;
  rank: number;
  status: NominationStatus;
}

/** Iterations a round may decide: those still taking participants. */
export const ROUND_ITERATION_STATUSES: readonly IterationStatus[] = ['planned', 'open'];

/** Why the selection cannot make a round, or null. */
export function roundConstraintError(selection: {
  iterationIds?: readonly string[];
  providerId?: string;
  from?: string;
  to?: string;
  partnerCap?: number | null;
  iterations: readonly RoundIterationRow[];
}): { field: string; reason: string } | null {
  const window =
    selection.providerId !== undefined || selection.from !== undefined || selection.to !== undefined;
  if (selection.iterationIds && window) {
    return {
      field: 'iteration_ids',
      reason: 'name the iterations or select them by provider and dates, not both',
    };
  }
  if (selection.from && selection.to && selection.from > selection.to) {
    return { field: 'to', reason: `the window ends (${selection.to}) before it starts (${selection.from})` };
  }
  const ids = selection.iterationIds ?? [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return { field: 'iteration_ids', reason: `iteration ${id} is named twice` };
    seen.add(id);
  }
  for (const it of selection.iterations) {
    if (!ROUND_ITERATION_STATUSES.includes(it.status)) {
      return {
        field: 'iteration_ids',
        reason: `iteration ${it.id} is ${it.status}: no seats can be allocated`,
      };
    }
  }
  return null;
}

/**
 * The engine's instance for a round: undecided nominations are candidates, seats already held are
 * taken off the iteration (and counted against each partner's cap), and the round's cap tightens the
 * iteration's own.
 */
export function roundInstance(
  iterations: readonly RoundIterationRow[],
  nominations: readonly RoundNominationRow[],
  roundCap: number | null,
): Instance {
  const seated = new Map<string, Map<string, number>>();
  for (const n of nominations) {
    if (!SEATED.includes(n.status)) continue;
    const byPartner = seated.get(n.iteration_id) ?? new Map<string, number>();
    byPartner.set(n.partner_id, (byPartner.get(n.partner_id) ?? 0) + 1);
    seated.set(n.iteration_id, byPartner);
  }
  return {
    iterations: iterations.map((it) => {
      const byPartner = seated.get(it.id) ?? new Map<string, number>();
      const taken = [...byPartner.values()].reduce((a, b) => a + b, 0);
      const caps = [it.partner_cap, roundCap].filter((c): c is number => c !== null);
      return {
        id: it.id,
        seats: Math.max(0, it.seats - taken),
        partner_cap: caps.length > 0 ? Math.min(...caps) : null,
        partner_seated: Object.fromEntries(byPartner),
      };
    }),
    nominations: nominations
      .filter((n) => UNDECIDED.includes(n.status))
      .map((n) => ({
        id: n.id,
        person: n.person_id,
        partner: n.partner_id,
        iteration: n.iteration_id,
        weight: nominationWeight(n.priority, n.rank),
      })),
  };
}

/** What the round was decided on; applying it is refused when this has changed. */
export function roundFingerprint(
  iterations: readonly RoundIterationRow[],
  nominations: readonly RoundNominationRow[],
): string {
  const facts = {
    iterations: [...iterations]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((i) => [i.id, i.version, i.seats, i.status, i.partner_cap]),
    nominations: [...nominations]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((n) => [n.id, n.version, n.status]),
  };
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
}

/** The engine's reason with nomination ids replaced by who they are, for people to read. */
export function readableReason(reason: string, labelOf: ReadonlyMap<string, string>): string {
  return reason.replace(/[a-z0-9][a-z0-9-]*/g, (word) => labelOf.get(word) ?? word);
}

/**
 * Labels for the reason a nomination itself carries once a round is applied: its nominating partner
 * reads it, and may not learn who another partner nominated (or that nomination's id), so another
 * partner's nominations are named only as such. The round's own explanations keep every label: only
 * the provider and the organization read them.
 */
export function partnerLabels(
  partnerId: string,
  nominations: readonly { id: string; partner_id: string }[],
  labelOf: ReadonlyMap<string, string>,
): Map<string, string> {
  return new Map(
    nominations.map((n) => [
      n.id,
      n.partner_id === partnerId ? (labelOf.get(n.id) ?? n.id) : 'a nomination of another partner',
    ]),
  );
}
