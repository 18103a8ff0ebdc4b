import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';

/** How a recurring channel of dialogue is kept up: last contact, usual gap, and whether it lapsed. */
export interface Cadence {
  contacts: number;
  first_contact: string | null;
  last_contact: string | null;
  /** median gap in days between consecutive contacts; null with fewer than two */
  typical_interval_days: number | null;
  days_since_last: number | null;
  /** the day the next contact is due by the usual rhythm */
  next_expected: string | null;
  /** no contact for more than OVERDUE_FACTOR × the typical interval */
  overdue: boolean;
}

export const OVERDUE_FACTOR = 1.5;

const day = (d: Date) => d.toISOString().slice(0, 10);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** `dates` are the days (YYYY-MM-DD) of held contacts; only those on or before `on` count. */
export function cadenceOf(dates: readonly string[], on: string): Cadence {
  const held = [...new Set(dates.filter((d) => d <= on))].sort();
  const gaps = held
    .slice(1)
    .map((d, i) => differenceInCalendarDays(parseISO(d), parseISO(held[i] as string)));
  const typical = median(gaps);
  const last = held[held.length - 1] ?? null;
  const since = last ? differenceInCalendarDays(parseISO(on), parseISO(last)) : null;
  return {
    contacts: held.length,
    first_contact: held[0] ?? null,
    last_contact: last,
    typical_interval_days: typical,
    days_since_last: since,
    next_expected: last && typical !== null ? day(addDays(parseISO(last), Math.round(typical))) : null,
    overdue: typical !== null && since !== null && since > OVERDUE_FACTOR * typical,
  };
}
