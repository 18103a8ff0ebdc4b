import type { NominationStatus } from '../menu/vocabulary.js';

/**
 * Which status a nomination may move to. A decision taken can be revised while the iteration is
 * ahead (a wait-listed person accepted, an accepted one cancelled); declined and attended are final.
 */
const NEXT: Record<NominationStatus, readonly NominationStatus[]> = {
  'NEEDS-ACTION': ['ACCEPTED', 'DECLINED', 'TENTATIVE', 'WAITLISTED'],
  TENTATIVE: ['ACCEPTED', 'DECLINED', 'WAITLISTED'],
  WAITLISTED: ['ACCEPTED', 'DECLINED', 'TENTATIVE'],
  ACCEPTED: ['DECLINED', 'ATTENDED'],
  DECLINED: [],
  ATTENDED: [],
};

export function transitionError(from: NominationStatus, to: NominationStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  if (from === to) return `the nomination is already ${to}`;
  const allowed = NEXT[from];
  return allowed.length === 0
    ? `a ${from} nomination is final`
    : `a ${from} nomination can become ${allowed.join(', ')}, not ${to}`;
}

/** A cancellation frees a seat: the waiting list of the iteration moves up. */
export function freesSeat(from: NominationStatus, to: NominationStatus): boolean {
  return from === 'ACCEPTED' && to === 'DECLINED';
}

/** The statuses a nomination may move to from `from` (what a client may offer). */
export function nextStatuses(from: NominationStatus): readonly NominationStatus[] {
  return NEXT[from];
}
