import { describe, expect, it } from 'vitest';
import { cadenceOf, median } from './cadence.js';
import { eventCodes } from './event-codes.js';
import { dueState } from './follow-up-state.js';

describe('eventCodes', () => {
  const at = { status: 'held' as const, hostCountry: 'tj', visitorCountry: 'be' };
  it('codes a visit to the host as CONSULT/visit, 042 and 043', () => {
    expect(eventCodes({ ...at, kind: 'visit', placeCountry: 'tj' })).toEqual({
      plover_event: 'CONSULT',
      plover_mode: 'visit',
      cameo: '042',
      cameo_reverse: '043',
    });
    expect(eventCodes({ ...at, kind: 'meeting', placeCountry: 'be' }).cameo).toBe('042');
  });
  it('codes a meeting in neither country as third-party, 044', () => {
    const c = eventCodes({ ...at, kind: 'meeting', placeCountry: 'kz' });
    expect([c.plover_mode, c.cameo]).toEqual(['third-party', '044']);
  });
  it('codes calls, conferences and announcements', () => {
    expect(eventCodes({ ...at, kind: 'phone_call', placeCountry: null }).cameo).toBe('041');
    expect(eventCodes({ ...at, kind: 'video_call', placeCountry: null }).plover_mode).toBe('phone');
    expect(eventCodes({ ...at, kind: 'conference', placeCountry: 'be' }).plover_mode).toBe('multilateral');
    const planned = eventCodes({ ...at, status: 'planned', kind: 'visit', placeCountry: 'tj' });
    expect([planned.plover_event, planned.cameo]).toEqual(['AGREE', '036']);
  });
  it('falls back to a plain consultation without a place', () => {
    expect(eventCodes({ ...at, kind: 'talks', placeCountry: null }).cameo).toBe('040');
  });
});

describe('cadenceOf', () => {
  it('gives the median gap and the overdue signal beyond 1.5 × the gap', () => {
    const dates = ['2011-01-10', '2011-04-10', '2011-07-10', '2011-10-10'];
    const c = cadenceOf(dates, '2012-01-01');
    expect(c.contacts).toBe(4);
    expect(c.last_contact).toBe('2011-10-10');
    expect(c.typical_interval_days).toBe(91);
    expect(c.overdue).toBe(false);
    expect(c.next_expected).toBe('2012-01-09');
    expect(cadenceOf(dates, '2012-03-01').overdue).toBe(true);
  });
  it('ignores later contacts and cannot be overdue with one contact', () => {
    expect(cadenceOf(['2011-01-01', '2015-01-01'], '2012-01-01').contacts).toBe(1);
    expect(cadenceOf(['2011-01-01'], '2020-01-01').overdue).toBe(false);
    expect(cadenceOf([], '2020-01-01').last_contact).toBeNull();
  });
  it('takes the middle of an even count', () => {
    expect(median([1, 3, 10, 20])).toBe(6.5);
  });
});

describe('dueState', () => {
  it('tells overdue, due soon and later open actions', () => {
    expect(dueState('open', '2011-06-01', '2011-06-10')).toBe('overdue');
    expect(dueState('open', '2011-06-10', '2011-06-10')).toBe('due_soon');
    expect(dueState('open', '2011-06-24', '2011-06-10')).toBe('due_soon');
    expect(dueState('open', '2011-06-25', '2011-06-10')).toBe('later');
    expect(dueState('open', null, '2011-06-10')).toBe('no_due_date');
    expect(dueState('done', '2011-06-01', '2011-06-10')).toBe('closed');
  });
});
