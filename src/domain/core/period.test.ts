import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainlyOverlap, coversDay, endsBeforeStart, type Period } from './period.js';

describe('periods with partial dates', () => {
  it('lets a holder ending in "2010" hand over to one starting in "2010"', () => {
    expect(certainlyOverlap({ start: '2004-09-15', end: '2010' }, { start: '2010', end: '2021' })).toBe(
      false,
    );
  });

  it('sees two holders in the same certain days as overlapping', () => {
    expect(
      certainlyOverlap({ start: '2004-09-15', end: '2010-06-30' }, { start: '2010-06-01', end: null }),
    ).toBe(true);
    expect(certainlyOverlap({ start: '2006-12', end: '2013-11' }, { start: '2013-11-29', end: null })).toBe(
      false,
    );
  });

  it('treats an open end as lasting', () => {
    expect(certainlyOverlap({ start: '1992', end: null }, { start: '2020-01-01', end: '2020-01-02' })).toBe(
      true,
    );
  });

  it('refuses an end certainly before the start but allows a touching partial end', () => {
    expect(endsBeforeStart({ start: '1997-05-30', end: '1997-05-29' })).toBe(true);
    expect(endsBeforeStart({ start: '1997-05-30', end: '1997' })).toBe(false);
  });

  it('says whether a day is certainly or only possibly covered', () => {
    expect(coversDay({ start: '2010', end: '2021' }, '2011-06-22')).toBe('certain');
    expect(coversDay({ start: '2010', end: '2021' }, '2010-03-01')).toBe('possible');
    expect(coversDay({ start: '2004-09-15', end: '2010' }, '2011-06-22')).toBe('no');
  });

  const year = fc.integer({ min: 1990, max: 2030 }).map(String);
  const period: fc.Arbitrary<Period> = fc
    .tuple(year, fc.option(year, { nil: null }))
    .map(([s, e]) => (e !== null && e < s ? { start: e, end: s } : { start: s, end: e }));

  it('overlap is symmetric', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(certainlyOverlap(a, b)).toBe(certainlyOverlap(b, a));
      }),
    );
  });

  it('a period with a day it certainly covers overlaps itself; one of a single uncertain year need not', () => {
    expect(certainlyOverlap({ start: '1990', end: '1991' }, { start: '1990', end: '1991' })).toBe(true);
    expect(certainlyOverlap({ start: '1990', end: '1990' }, { start: '1990', end: '1990' })).toBe(false);
  });
});
