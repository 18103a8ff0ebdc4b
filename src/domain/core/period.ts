import { type PartialDate, toInterval } from './partial-date.js';

/** A dated period with an open end when `end` is null: a membership, a holding, a name in use. */
export interface Period {
  start: PartialDate | null;
  end: PartialDate | null;
}

const DAWN = '0000-01-01';
const FOREVER = '9999-12-31';

function bounds(p: Period) {
  return {
    startLo: p.start ? toInterval(p.start).lo : DAWN,
    startHi: p.start ? toInterval(p.start).hi : DAWN,
    endLo: p.end ? toInterval(p.end).lo : FOREVER,
    endHi: p.end ? toInterval(p.end).hi : FOREVER,
  };
}

/** An end that is certainly before its start; "1997" … "1997-05" is fine, the intervals touch. */
export function endsBeforeStart(p: Period): boolean {
  const b = bounds(p);
  return b.endHi < b.startLo;
}

/**
 * Two periods certainly share a day. Partial dates are intervals, so a holder whose term ends
 * in "2010" and a successor who starts in "2010" do not certainly overlap: the handover fits.
 */
export function certainlyOverlap(a: Period, b: Period): boolean {
  const x = bounds(a);
  const y = bounds(b);
  return x.startHi <= y.endLo && y.startHi <= x.endLo;
}

export type OnDate = 'certain' | 'possible' | 'no';

/** Whether a period covers a day: certainly, possibly (a partial bound straddles it), or not. */
export function coversDay(p: Period, day: string): OnDate {
  const b = bounds(p);
  if (b.startLo > day || b.endHi < day) return 'no';
  return b.startHi <= day && b.endLo >= day ? 'certain' : 'possible';
}
