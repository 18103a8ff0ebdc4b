import { describe, expect, it } from 'vitest';
import { allocate } from '../nominations/allocate.js';
import { nominationWeight, nominationWindowError } from '../nominations/nomination-rules.js';
import { freesSeat, transitionError } from '../nominations/nomination-status.js';
import { roundConstraintError, roundFingerprint, roundInstance } from '../nominations/round.js';
import { nextFromWaitlist } from '../nominations/waitlist.js';
import { eligibility } from './eligibility.js';
import { neutralizeFormula } from './spreadsheet-cell.js';

describe('menu rules', () => {
  it('decides eligibility by audience', () => {
    const named = { eligibility: 'named' as const, frameworkId: null, namedPartners: ['kz'] };
    expect(eligibility(named, 'kz', false)).toEqual({ eligible: true });
    expect(eligibility(named, 'tj', false).eligible).toBe(false);
    const fw = { eligibility: 'framework' as const, frameworkId: 'pfp', namedPartners: [] };
    expect(eligibility(fw, 'tj', true).eligible).toBe(true);
    expect(eligibility(fw, 'tj', false)).toMatchObject({
      eligible: false,
      reason: expect.stringContaining('pfp'),
    });
  });

  it('follows the status machine; a cancellation frees a seat', () => {
    expect(transitionError('NEEDS-ACTION', 'ACCEPTED')).toBeNull();
    expect(transitionError('DECLINED', 'ACCEPTED')).toMatch(/final/);
    expect(transitionError('ACCEPTED', 'ACCEPTED')).toMatch(/already/);
    expect(freesSeat('ACCEPTED', 'DECLINED')).toBe(true);
    expect(freesSeat('WAITLISTED', 'DECLINED')).toBe(false);
  });

  it('closes nominations at the deadline, or at the start without one', () => {
    const it0 = { status: 'open' as const, deadline: '2011-05-01', start_date: '2011-06-01' };
    expect(nominationWindowError(it0, '2011-05-01')).toBeNull();
    expect(nominationWindowError(it0, '2011-05-02')?.rule).toBe('deadline');
    expect(nominationWindowError({ ...it0, deadline: null }, '2011-05-31')).toBeNull();
    expect(nominationWindowError({ ...it0, status: 'cancelled' }, '2011-01-01')?.rule).toBe('closed');
  });

  it('weighs priority over rank', () => {
    expect(nominationWeight(1, 9)).toBeGreaterThan(nominationWeight(2, 1));
    expect(nominationWeight(1, 1)).toBeGreaterThan(nominationWeight(1, 2));
  });

  it('promotes the highest priority first, deterministically, within the partner cap', () => {
    const w = (id: string, partner: string, priority: number, created = '2011') => ({
      id,
      partner_id: partner,
      priority,
      rank: 1,
      created_at: created,
    });
    const list = [w('b', 'tj', 2), w('a', 'tj', 2), w('c', 'kz', 3)];
    expect(nextFromWaitlist(list, new Map(), null)?.id).toBe('a');
    expect(nextFromWaitlist(list, new Map([['tj', 1]]), 1)?.id).toBe('c');
  });

  it('builds a round: seats held are taken off, and count against the partner cap', () => {
    const its = [{ id: 'i1', version: 1, seats: 3, status: 'open' as const, partner_cap: 2 }];
    const n = (id: string, partner: string, status: string) => ({
      id,
      version: 1,
      iteration_id: 'i1',
      person_id: `p-${id}`,
      partner_id: partner,
      priority: 1,
      rank: 1,
      status: status as 'ACCEPTED',
    });
    const noms = [
      n('a', 'tj', 'ACCEPTED'),
      n('b', 'tj', 'NEEDS-ACTION'),
      n('c', 'tj', 'WAITLISTED'),
      n('d', 'kz', 'TENTATIVE'),
    ];
    const instance = roundInstance(its, noms, null);
    expect(instance.iterations[0]).toMatchObject({ seats: 2, partner_cap: 2, partner_seated: { tj: 1 } });
    const result = allocate(instance);
    expect(result.accepted).toEqual(['b', 'd']);
    expect(result.decisions.find((d) => d.nomination === 'c')?.reason).toMatch(
      /partner cap of 2 reached for tj/,
    );
    expect(roundFingerprint(its, noms)).toBe(roundFingerprint([...its], [...noms].reverse()));
    expect(roundFingerprint(its, noms)).not.toBe(
      roundFingerprint(its, [...noms.slice(1), { ...(noms[0] as (typeof noms)[number]), version: 2 }]),
    );
  });

  it('names contradictory round constraints', () => {
    expect(roundConstraintError({ iterationIds: ['i1'], providerId: 'x', iterations: [] })?.field).toBe(
      'iteration_ids',
    );
    expect(roundConstraintError({ from: '2012-01-02', to: '2012-01-01', iterations: [] })?.field).toBe('to');
    expect(
      roundConstraintError({
        iterations: [{ id: 'i', version: 1, seats: 1, status: 'held', partner_cap: null }],
      })?.reason,
    ).toMatch(/held/);
  });

  it('neutralizes spreadsheet formulas', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    expect(neutralizeFormula('plain')).toBe('plain');
  });
});
