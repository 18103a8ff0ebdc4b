import { differenceInCalendarDays, parseISO } from 'date-fns';

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export type DueState = 'overdue' | 'due_soon' | 'later' | 'no_due_date' | 'closed';

/** Days ahead within which an open action counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** Where an action stands on a day: closed, overdue (due before it), due soon, later or undated. */
export function dueState(
  status: FollowUpStatus,
  due: string | null,
  on: string,
  soonDays = DUE_SOON_DAYS,
): DueState {
  if (status !== 'open') return 'closed';
  if (!due) return 'no_due_date';
  const days = differenceInCalendarDays(parseISO(due), parseISO(on));
  if (days < 0) return 'overdue';
  return days <= soonDays ? 'due_soon' : 'later';
}
