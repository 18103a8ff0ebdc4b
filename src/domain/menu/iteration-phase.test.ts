import { describe, expect, it } from 'vitest';
import { type IterationDates, iterationPhase, takesDecisions, takesNominations } from './iteration-phase.js';

const course: IterationDates = {
  status: 'open',
  deadline: '2011-05-01',
  start_date: '2011-06-01',
  end_date: '2011-06-05',
};

describe('the phase of an iteration follows the calendar', () => {
  it('is open until the deadline, closed until the start, running, then held', () => {
    expect(iterationPhase(course, '2011-04-30')).toBe('open');
    expect(iterationPhase(course, '2011-05-01')).toBe('open');
    expect(iterationPhase(course, '2011-05-02')).toBe('closed');
    expect(iterationPhase(course, '2011-06-01')).toBe('running');
    expect(iterationPhase(course, '2011-06-05')).toBe('running');
    expect(iterationPhase(course, '2011-06-06')).toBe('held');
    expect(iterationPhase(course, '2026-12-03')).toBe('held');
  });

  it('closes nominations at the start when there is no deadline, and ends on the start day without an end', () => {
    const oneDay = { ...course, deadline: null, end_date: null };
    expect(iterationPhase(oneDay, '2011-05-31')).toBe('open');
    expect(iterationPhase(oneDay, '2011-06-01')).toBe('running');
    expect(iterationPhase(oneDay, '2011-06-02')).toBe('held');
  });

  it('keeps a cancellation, and a planned iteration is not open before it is opened', () => {
    expect(iterationPhase({ ...course, status: 'cancelled' }, '2011-04-01')).toBe('cancelled');
    expect(iterationPhase({ ...course, status: 'cancelled' }, '2026-01-01')).toBe('cancelled');
    expect(iterationPhase({ ...course, status: 'planned' }, '2011-04-01')).toBe('planned');
    expect(iterationPhase({ ...course, status: 'closed' }, '2011-04-01')).toBe('closed');
  });

  it('takes nominations only when open, and decisions only before it begins', () => {
    expect(
      ['planned', 'open', 'closed', 'running', 'held', 'cancelled'].filter((p) =>
        takesNominations(p as never),
      ),
    ).toEqual(['open']);
    expect(
      ['planned', 'open', 'closed', 'running', 'held', 'cancelled'].filter((p) => takesDecisions(p as never)),
    ).toEqual(['planned', 'open', 'closed']);
  });
});
