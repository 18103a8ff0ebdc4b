import type { Actor } from '../trust/actor.js';

/** The states of an individual programme (domain primer §1.8). */
export const PROGRAMME_STATUSES = [
  'draft',
  'in_consultation',
  'approved_by_organization',
  'jointly_agreed',
  'in_implementation',
  'under_review',
  'completed',
  'superseded',
] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** Who may make a move: the organization (staff, admin) or the programme's own partner. */
export type Side = 'organization' | 'partner';

export const TRANSITION_NAMES = [
  'consult',
  'return',
  'approve',
  'decline',
  'accept',
  'implement',
  'review',
  'resume',
  'complete',
  'supersede',
] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export interface TransitionRule {
  transition: TransitionName;
  from: ProgrammeStatus;
  to: ProgrammeStatus;
  side: Side;
  /** the sign-off this move records, bound to the hash of the content it approves */
  signs?: Side;
}

const rule = (transition: TransitionName, from: ProgrammeStatus, to: ProgrammeStatus, side: Side) => ({
  transition,
  from,
  to,
  side,
});

/**
 * The whole lifecycle as data. The partner drafts "in close consultation with NATO staffs", the
 * Council approves, the partner accepts; from then on the organization runs implementation and review.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  rule('consult', 'draft', 'in_consultation', 'partner'),
  rule('return', 'in_consultation', 'draft', 'organization'),
  {
    ...rule('approve', 'in_consultation', 'approved_by_organization', 'organization'),
    signs: 'organization',
  },
  rule('decline', 'approved_by_organization', 'in_consultation', 'partner'),
  { ...rule('accept', 'approved_by_organization', 'jointly_agreed', 'partner'), signs: 'partner' },
  rule('implement', 'jointly_agreed', 'in_implementation', 'organization'),
  rule('review', 'in_implementation', 'under_review', 'organization'),
  rule('resume', 'under_review', 'in_implementation', 'organization'),
  rule('complete', 'under_review', 'completed', 'organization'),
  ...(
    [
      'draft',
      'in_consultation',
      'approved_by_organization',
      'jointly_agreed',
      'in_implementation',
      'under_review',
    ] as const
  ).map((from) => rule('supersede', from, 'superseded', 'organization')),
];

/** States in which a joint agreement is in force: the content changes only by amendment. */
export const AGREED_STATUSES: ReadonlySet<ProgrammeStatus> = new Set([
  'jointly_agreed',
  'in_implementation',
  'under_review',
]);
/** States in which nothing changes any more. */
export const CLOSED_STATUSES: ReadonlySet<ProgrammeStatus> = new Set(['completed', 'superseded']);

/** The side an actor speaks for on a given partner's programme, if any. */
export function sideOf(actor: Actor, partnerId: string): Side | null {
  if (actor.role === 'admin' || actor.role === 'staff') return 'organization';
  if (actor.role === 'partner' && actor.organizationId === partnerId) return 'partner';
  return null;
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; reason: 'unknown' | 'wrong_state' | 'wrong_side'; message: string };

/** Decides a move: the side first (a wrong side is refused whatever the state), then the state. */
export function checkTransition(name: string, from: ProgrammeStatus, side: Side | null): TransitionCheck {
  const rules = TRANSITIONS.filter((r) => r.transition === name);
  if (rules.length === 0)
    return {
      ok: false,
      reason: 'unknown',
      message: `unknown transition ${name}; one of ${TRANSITION_NAMES.join(', ')}`,
    };
  const found = rules.find((r) => r.from === from);
  const owner = rules[0]?.side as Side;
  if (side !== owner)
    return {
      ok: false,
      reason: 'wrong_side',
      message: `${name} is made by the ${owner} side${side ? `, not the ${side} side` : ''}`,
    };
  if (!found) {
    const froms = rules.map((r) => r.from).join(' or ');
    return {
      ok: false,
      reason: 'wrong_state',
      message: `${name} moves a programme from ${froms} to ${rules[0]?.to}; this one is ${from}`,
    };
  }
  return { ok: true, rule: found };
}

/** The moves open to a side from a state (what a client may offer). */
export function movesFrom(from: ProgrammeStatus, side: Side | null): TransitionName[] {
  return TRANSITIONS.filter((r) => r.from === from && r.side === side).map((r) => r.transition);
}
