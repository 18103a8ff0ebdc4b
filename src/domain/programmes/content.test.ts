import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, type ProgrammeContent } from './content.js';
import { outline, structuredDiff, textDiff } from './diff.js';
import { nextPeriod, renewedContent } from './renewal.js';
import { computeReview } from './review.js';
import { neutralizeFormula } from './spreadsheet.js';

const base: ProgrammeContent = {
  kind: 'IPP',
  period: { start: '2011-01-01', end: '2012-12-31' },
  objectives: [
    {
      id: 'ct',
      title: 'Counter-terrorism',
      area: 'SEC',
      status: 'open',
      goals: [
        {
          id: 'ct-1',
          title: 'Train officers',
          area: 'CT',
          status: 'open',
          activities: [
            { activity_id: 'a1', iteration_id: 'i1', priority: 1 },
            { activity_id: 'a2', iteration_id: null, priority: 2 },
          ],
        },
      ],
    },
    { id: 'pi', title: 'Public information', area: 'PUB', status: 'completed', goals: [] },
  ],
};

describe('programme content', () => {
  it('hashes canonical JSON: key order does not matter, content does', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    const reordered = {
      objectives: base.objectives,
      period: { end: base.period.end, start: base.period.start },
      kind: base.kind,
    };
    expect(contentHash(reordered)).toBe(contentHash(base));
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...base, period: { ...base.period, end: '2012-12-30' } })).not.toBe(
      contentHash(base),
    );
  });

  it('diffs two versions as text and as a list of changes', () => {
    const next = structuredClone(base);
    const goal = next.objectives[0]?.goals[0];
    if (!goal) throw new Error('fixture');
    goal.activities = [
      { activity_id: 'a1', iteration_id: 'i1', priority: 3 },
      { activity_id: 'a3', iteration_id: null, priority: 1 },
    ];
    next.objectives.push({ id: 'bs', title: 'Border security', area: 'BSC', status: 'open', goals: [] });
    expect(structuredDiff(base, next)).toEqual([
      { change: 'changed', what: 'activity', id: 'ct-1/a1/i1', fields: { priority: { from: 1, to: 3 } } },
      { change: 'removed', what: 'activity', id: 'ct-1/a2' },
      { change: 'added', what: 'activity', id: 'ct-1/a3' },
      { change: 'added', what: 'objective', id: 'bs', title: 'Border security' },
    ]);
    const text = textDiff(base, next, 'v1', 'v2');
    expect(text).toContain('+Objective bs: Border security [BSC] (open)');
    expect(text).toContain('-    Activity a2 priority 2');
    expect(outline(base).split('\n')[0]).toBe('IPP 2011-01-01 – 2012-12-31');
  });

  it('renews into the next period with open objectives and no passed iterations', () => {
    expect(nextPeriod({ start: '2011-01-01', end: '2012-12-31' })).toEqual({
      start: '2013-01-01',
      end: '2014-12-31',
    });
    expect(nextPeriod({ start: '2011-03-15', end: '2011-03-24' })).toEqual({
      start: '2011-03-25',
      end: '2011-04-03',
    });
    const renewed = renewedContent(base, new Map([['i1', '2012-05-01']]));
    expect(renewed.period).toEqual({ start: '2013-01-01', end: '2014-12-31' });
    expect(renewed.objectives.map((o) => o.id)).toEqual(['ct']);
    expect(renewed.objectives[0]?.goals[0]?.activities).toEqual([
      { activity_id: 'a1', iteration_id: null, priority: 1 },
      { activity_id: 'a2', iteration_id: null, priority: 2 },
    ]);
    expect(
      renewedContent(base, new Map([['i1', '2013-05-01']])).objectives[0]?.goals[0]?.activities[0],
    ).toEqual({
      activity_id: 'a1',
      iteration_id: 'i1',
      priority: 1,
    });
  });

  it('counts planned, held and attended by area and objective', () => {
    const review = computeReview({
      content: base,
      activities: new Map([
        ['a1', { key: 'ACT.1', title: 'One', area_code: 'CT' }],
        ['a2', { key: 'ACT.2', title: 'Two', area_code: 'CEP' }],
      ]),
      iterations: [
        { id: 'i1', activity_id: 'a1', start_date: '2011-05-01', status: 'held' },
        { id: 'i1b', activity_id: 'a1', start_date: '2011-06-01', status: 'held' },
        { id: 'i2', activity_id: 'a2', start_date: '2012-02-01', status: 'held' },
        { id: 'i3', activity_id: 'a2', start_date: '2012-03-01', status: 'cancelled' },
        { id: 'i4', activity_id: 'a2', start_date: '2013-03-01', status: 'held' },
      ],
      attended: new Map([
        ['i1', 2],
        ['i1b', 5],
        ['i2', 1],
        ['i4', 9],
      ]),
      feedback: [
        { iteration_id: 'i1', rating: 4 },
        { iteration_id: 'i2', rating: 5 },
      ],
      areaNames: new Map([['CT', 'Counter-terrorism']]),
    });
    expect(review.totals).toEqual({ planned: 2, held: 2, attended: 3, feedback: 2, average_rating: 4.5 });
    expect(review.areas).toEqual([
      {
        code: 'CT',
        name: 'Counter-terrorism',
        planned: 2,
        held: 2,
        attended: 3,
        feedback: 2,
        average_rating: 4.5,
      },
    ]);
    expect(review.objectives[0]).toMatchObject({ id: 'ct', planned: 2, held: 2, attended: 3 });
    expect(review.objectives[1]).toMatchObject({ id: 'pi', planned: 0 });
  });

  it('neutralizes spreadsheet formulas', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralizeFormula('-1+2')).toBe("'-1+2");
    expect(neutralizeFormula('Border security')).toBe('Border security');
  });
});
