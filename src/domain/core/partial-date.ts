import { getDaysInMonth, isExists } from 'date-fns';

/**
 * ISO 8601 dates of reduced precision ("1992", "1992-06", "1992-03-10"), as Popolo and our
 * sources write them. A partial date stands for an interval of days: "1992" is 1992-01-01…1992-12-31.
 */
export type PartialDate = string;

export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export type Precision = 'year' | 'month' | 'day';

export interface DayInterval {
  /** earliest day the partial date can mean, YYYY-MM-DD */
  lo: string;
  /** latest day the partial date can mean, YYYY-MM-DD */
  hi: string;
}

export function precisionOf(value: PartialDate): Precision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Why a string is not a partial date, or null when it is one (2013-11-31 is refused, not rolled over). */
export function partialDateError(value: string): string | null {
  if (!PARTIAL_DATE_PATTERN.test(value)) return 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
  // Checked from the numbers (isExists), not by parsing and formatting back: imports check
  // thousands of dates, and this is the cheap way to refuse 2013-11-31 or month 13.
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  return isExists(year, month - 1, day) ? null : `${value} is not a date that exists`;
}

export function isPartialDate(value: string): boolean {
  return partialDateError(value) === null;
}

/** The days a valid partial date can mean. */
export function toInterval(value: PartialDate): DayInterval {
  switch (precisionOf(value)) {
    case 'year':
      return { lo: `${value}-01-01`, hi: `${value}-12-31` };
    case 'month':
      return {
        lo: `${value}-01`,
        hi: `${value}-${getDaysInMonth(new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1))}`,
      };
    default:
      return { lo: value, hi: value };
  }
}

/** -1 when a is certainly before b, 1 when certainly after, 0 when they may be the same day. */
export function comparePartial(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const ia = toInterval(a);
  const ib = toInterval(b);
  if (ia.hi < ib.lo) return -1;
  if (ia.lo > ib.hi) return 1;
  return 0;
}

/** Sort key that orders partial dates by their first day, then by precision (year before its months). */
export function sortKey(value: PartialDate): string {
  return `${toInterval(value).lo}:${value.length}`;
}
