import { comparePartial, isPartialDate } from '../core/partial-date.js';

/**
 * Whether two stated values can both be true. Dates of different precision agree when one contains
 * the other ("1992" and "1992-03-10"); they disagree only when their days cannot meet ("1992" vs
 * "1994"). Other values agree when equal, ignoring case and surrounding space.
 */
export function valuesAgree(a: string, b: string): boolean {
  if (isPartialDate(a) && isPartialDate(b)) return comparePartial(a, b) === 0;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A set of stated values is in conflict when some pair of them cannot both be true. */
export function inConflict(values: readonly string[]): boolean {
  return values.some((a, i) => values.slice(i + 1).some((b) => !valuesAgree(a, b)));
}
