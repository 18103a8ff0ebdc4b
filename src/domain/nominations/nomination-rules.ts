import type { IterationStatus } from '../menu/vocabulary.js';

/** Why an iteration takes no nomination on `today`, or null when it does. */
export function nominationWindowError(
  iteration: { status: IterationStatus; deadline: string | null; start_date: string },
  today: string,
): { rule: 'closed' | 'deadline'; reason: string } | null {
  if (iteration.status === 'cancelled' || iteration.status === 'held' || iteration.status === 'closed') {
    return { rule: 'closed', reason: `the iteration is ${iteration.status}` };
  }
  // Without a deadline, nominations close when the iteration starts.
  const last = iteration.deadline ?? iteration.start_date;
  if (today > last) {
    return { rule: 'deadline', reason: `the deadline was ${last} (today is ${today})` };
  }
  return null;
}

/** Priority 1 (the partner's first wish) to 9, rank 1 (the person's first choice) to 9. */
export const MAX_PRIORITY = 9;
export const MAX_RANK = 9;

/**
 * A nomination's weight in an allocation round: priority dominates, rank breaks ties between one
 * partner's equal priorities. Whole positive numbers, as the engine wants.
 */
export function nominationWeight(priority: number, rank: number): number {
  return (MAX_PRIORITY + 1 - priority) * (MAX_RANK + 1) + (MAX_RANK + 1 - rank);
}
