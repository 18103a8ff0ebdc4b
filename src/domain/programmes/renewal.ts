import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  endOfMonth,
  format,
  parseISO,
} from 'date-fns';
import type { ProgrammeContent } from './content.js';

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The period after this one, of the same length: whole calendar months when the period runs from a
 * first to a last day of a month (2011-01-01…2012-12-31 → 2013-01-01…2014-12-31), else days.
 */
export function nextPeriod(period: { start: string; end: string }): { start: string; end: string } {
  const start = parseISO(period.start);
  const end = parseISO(period.end);
  if (start.getDate() === 1 && day(endOfMonth(end)) === period.end) {
    const months = differenceInCalendarMonths(end, start) + 1;
    return { start: day(addMonths(start, months)), end: day(endOfMonth(addMonths(end, months))) };
  }
  const days = differenceInCalendarDays(end, start) + 1;
  return { start: day(addDays(start, days)), end: day(addDays(end, days)) };
}

/**
 * The next period's draft content: open objectives and their open goals carry over; a chosen
 * iteration that starts before the new period is dropped (its activity stays chosen, to pick again).
 */
export function renewedContent(
  current: ProgrammeContent,
  iterationStarts: ReadonlyMap<string, string>,
): ProgrammeContent {
  const period = nextPeriod(current.period);
  return {
    kind: current.kind,
    period,
    objectives: current.objectives
      .filter((o) => o.status !== 'completed')
      .map((o) => ({
        ...o,
        goals: o.goals
          .filter((g) => g.status !== 'completed')
          .map((g) => {
            const seen = new Set<string>();
            const activities = g.activities
              .map((a) => {
                const start = a.iteration_id ? iterationStarts.get(a.iteration_id) : undefined;
                const passed = a.iteration_id !== null && (start === undefined || start < period.start);
                return passed ? { ...a, iteration_id: null } : a;
              })
              .filter((a) => {
                const key = `${a.activity_id}/${a.iteration_id ?? ''}`;
                if (seen.has(key)) return false;
                seen.add(key);
                return true;
              });
            return { ...g, activities };
          }),
      })),
  };
}
