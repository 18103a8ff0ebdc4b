import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartial, partialDateError, toInterval } from './partial-date.js';

const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('partial dates', () => {
  it('accepts a year, a month and a day', () => {
    expect(partialDateError('1992')).toBeNull();
    expect(partialDateError('1992-06')).toBeNull();
    expect(partialDateError('1992-03-10')).toBeNull();
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(partialDateError('2013-11-31')).toMatch(/not a date that exists/);
    expect(partialDateError('2023-02-29')).toMatch(/not a date that exists/);
    expect(partialDateError('2024-02-29')).toBeNull();
    expect(partialDateError('1992-13')).toMatch(/not a date that exists/);
  });

  it('refuses other shapes', () => {
    for (const bad of ['92', '1992-3-10', '10/03/1992', '1992-03-10T00:00', '', 'yesterday']) {
      expect(partialDateError(bad)).toMatch(/YYYY/);
    }
  });

  it('reads a partial date as the interval of days it may mean', () => {
    expect(toInterval('1992')).toEqual({ lo: '1992-01-01', hi: '1992-12-31' });
    expect(toInterval('2024-02')).toEqual({ lo: '2024-02-01', hi: '2024-02-29' });
    expect(toInterval('1997-05-30')).toEqual({ lo: '1997-05-30', hi: '1997-05-30' });
  });

  it('compares a year with a day inside it as possibly equal, and with a later day as before', () => {
    expect(comparePartial('1992', '1992-03-10')).toBe(0);
    expect(comparePartial('1992', '1994')).toBe(-1);
    expect(comparePartial('1997-05-30', '1997-05')).toBe(0);
    expect(comparePartial('1997-06-01', '1997-05')).toBe(1);
  });

  it('every real day is valid, and its month and year contain it', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(partialDateError(d)).toBeNull();
        for (const p of [d.slice(0, 4), d.slice(0, 7)]) {
          const i = toInterval(p);
          expect(i.lo <= d && d <= i.hi).toBe(true);
          expect(comparePartial(p, d)).toBe(0);
        }
      }),
    );
  });

  it('comparison is antisymmetric', () => {
    const partial = day.chain((d) => fc.constantFrom(d, d.slice(0, 7), d.slice(0, 4)));
    fc.assert(
      fc.property(partial, partial, (a, b) => {
        expect(comparePartial(a, b) + comparePartial(b, a)).toBe(0);
      }),
    );
  });
});
