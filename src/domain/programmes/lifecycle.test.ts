import { describe, expect, it } from 'vitest';
import { checkTransition, movesFrom, PROGRAMME_STATUSES, sideOf, TRANSITIONS } from './lifecycle.js';

describe('programme lifecycle table', () => {
  it('reaches every state from draft', () => {
    const reached = new Set(['draft']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const r of TRANSITIONS)
        if (reached.has(r.from) && !reached.has(r.to)) {
          reached.add(r.to);
          changed = true;
        }
    }
    expect([...reached].sort()).toEqual([...PROGRAMME_STATUSES].sort());
  });

  it('gives each transition one owning side and at most one rule per state', () => {
    const keys = TRANSITIONS.map((r) => `${r.transition}:${r.from}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const name of new Set(TRANSITIONS.map((r) => r.transition))) {
      expect(new Set(TRANSITIONS.filter((r) => r.transition === name).map((r) => r.side)).size).toBe(1);
    }
  });

  it('has the two sign-offs: the organization approves, the partner accepts', () => {
    expect(TRANSITIONS.filter((r) => r.signs).map((r) => [r.transition, r.side, r.to])).toEqual([
      ['approve', 'organization', 'approved_by_organization'],
      ['accept', 'partner', 'jointly_agreed'],
    ]);
  });

  it('checks the side, then the state', () => {
    expect(checkTransition('approve', 'in_consultation', 'organization')).toMatchObject({ ok: true });
    expect(checkTransition('approve', 'in_consultation', 'partner')).toMatchObject({ reason: 'wrong_side' });
    expect(checkTransition('approve', 'draft', 'organization')).toMatchObject({
      reason: 'wrong_state',
      message: expect.stringContaining('from in_consultation to approved_by_organization'),
    });
    expect(checkTransition('launch', 'draft', 'organization')).toMatchObject({ reason: 'unknown' });
    expect(checkTransition('supersede', 'completed', 'organization')).toMatchObject({
      reason: 'wrong_state',
    });
  });

  it('tells sides from actors', () => {
    expect(sideOf({ id: 'a', role: 'staff' }, 'tj')).toBe('organization');
    expect(sideOf({ id: 'a', role: 'partner', organizationId: 'tj' }, 'tj')).toBe('partner');
    expect(sideOf({ id: 'a', role: 'partner', organizationId: 'kz' }, 'tj')).toBeNull();
    expect(sideOf({ id: 'a', role: 'observer' }, 'tj')).toBeNull();
    expect(movesFrom('draft', 'partner')).toEqual(['consult']);
  });
});
