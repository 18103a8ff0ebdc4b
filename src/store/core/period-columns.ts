import { toInterval } from '../../domain/core/partial-date.js';

/** The stored columns of a dated period: as written, plus the first and last day each bound can mean. */
export function periodColumns(start: string, end: string | null | undefined) {
  const s = toInterval(start);
  const e = end ? toInterval(end) : null;
  return {
    start_date: start,
    start_lo: s.lo,
    start_hi: s.hi,
    end_date: end ?? null,
    end_lo: e?.lo ?? null,
    end_hi: e?.hi ?? null,
  };
}
