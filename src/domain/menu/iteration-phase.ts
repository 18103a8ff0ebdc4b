import type { IterationStatus } from './vocabulary.js';

/**
 * Where an iteration stands on a day, from its recorded status and its dates: the calendar decides
 * what can still be done with it, whatever status was last written.
 * - `planned`: announced, nominations not open yet;
 * - `open`: taking nominations until the deadline (or the start, without a deadline);
 * - `closed`: nominations closed, not begun: seats can still be decided;
 * - `running`: between its first and last day;
 * - `held`: over;
 * - `cancelled`: will not take place.
 */
export const ITERATION_PHASES = ['planned', 'open', 'closed', 'running', 'held', 'cancelled'] as const;
export type IterationPhase = (typeof ITERATION_PHASES)[number];

export interface IterationDates {
  status: IterationStatus;
  deadline: string | null;
  start_date: string;
  end_date: string | null;
}

export function iterationPhase(it: IterationDates, today: string): IterationPhase {
  if (it.status === 'cancelled') return 'cancelled';
  const lastDay = it.end_date ?? it.start_date;
  if (it.status === 'held' || today > lastDay) return 'held';
  if (today >= it.start_date) return 'running';
  if (it.status === 'closed') return 'closed';
  const nominationsClose = it.deadline ?? it.start_date;
  if (today > nominationsClose) return 'closed';
  return it.status === 'open' ? 'open' : 'planned';
}

/** May nominations still be made? Only while the iteration is open. */
export const takesNominations = (phase: IterationPhase) => phase === 'open';

/** May seats still be decided? Until the iteration begins. */
export const takesDecisions = (phase: IterationPhase) =>
  phase === 'open' || phase === 'closed' || phase === 'planned';
