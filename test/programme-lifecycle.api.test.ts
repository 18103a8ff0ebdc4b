import { beforeAll, describe, expect, it } from 'vitest';
import {
  PROGRAMME_STATUSES,
  type ProgrammeStatus,
  type Side,
  TRANSITIONS,
} from '../src/domain/programmes/lifecycle.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { makePartner, makeProgramme, move } from './support/programme-fixtures.js';

/** How each role's attempt at a move must be answered, given the side that owns the move. */
type Who =
  | 'admin'
  | 'staff'
  | 'observer'
  | 'partner own country'
  | 'partner other country'
  | 'provider'
  | 'public';
const WHO: Who[] = [
  'admin',
  'staff',
  'observer',
  'partner own country',
  'partner other country',
  'provider',
  'public',
];
const SIDE_OF: Partial<Record<Who, Side>> = {
  admin: 'organization',
  staff: 'organization',
  'partner own country': 'partner',
};
function expected(who: Who, side: Side): number {
  if (who === 'public') return 401;
  if (who === 'partner other country') return 404; // it may not even read the programme
  return SIDE_OF[who] === side ? 200 : 403;
}

/** The moves that bring a new draft to each state, with the side that makes each. */
const PATH: [string, Side][] = [
  ['consult', 'partner'],
  ['approve', 'organization'],
  ['accept', 'partner'],
  ['implement', 'organization'],
  ['review', 'organization'],
  ['complete', 'organization'],
];
const ORDER: ProgrammeStatus[] = [
  'draft',
  'in_consultation',
  'approved_by_organization',
  'jointly_agreed',
  'in_implementation',
  'under_review',
  'completed',
];

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`programme lifecycle × roles on ${db.name}`, () => {
    const api = useApi(db);
    let partnerId: string;
    const headers = {} as Record<Who, Record<string, string>>;
    let year = 2100;

    beforeAll(async () => {
      partnerId = (await makePartner(api)).id;
      headers.admin = await api.signIn('admin');
      headers.staff = await api.signIn('staff');
      headers.observer = await api.signIn('observer');
      headers['partner own country'] = await api.signIn('partner', partnerId);
      headers['partner other country'] = await api.signIn('partner', (await makePartner(api)).id);
      headers.provider = await api.signIn('provider', (await makePartner(api)).id);
      headers.public = {};
    });

    /** A fresh programme (its own period: periods of one partner and kind may not overlap) in a state. */
    async function programmeIn(
      state: ProgrammeStatus,
    ): Promise<{ id: string; version: number; hash: string }> {
      year += 2;
      let p = await makeProgramme(api, partnerId, { start_date: `${year}-01-01`, objectives: [] });
      for (const [transition, side] of PATH.slice(0, ORDER.indexOf(state))) {
        p = await move(
          api,
          p.id,
          transition,
          side === 'partner' ? headers['partner own country'] : headers.staff,
        );
      }
      expect(p.status).toBe(state);
      return p;
    }

    async function attempt(p: { id: string; version: number; hash: string }, transition: string, who: Who) {
      const signs = TRANSITIONS.some((r) => r.transition === transition && r.signs);
      return api.raw(
        'POST',
        `/api/programmes/${p.id}/transitions`,
        { transition, ...(signs ? { hash: p.hash } : {}) },
        { ...headers[who], 'if-match': `"${p.version}"` },
      );
    }

    it('answers every transition for every role as its side says', async () => {
      let cases = 0;
      for (const rule of TRANSITIONS) {
        const shared = await programmeIn(rule.from);
        for (const who of WHO) {
          const status = expected(who, rule.side);
          const p = status === 200 ? await programmeIn(rule.from) : shared;
          const res = await attempt(p, rule.transition, who);
          const what = `${rule.transition} ${rule.from}→${rule.to} (${rule.side}) as ${who}: ${JSON.stringify(res.json)}`;
          expect(res.status, what).toBe(status);
          if (status === 200) {
            expect(res.json.status, what).toBe(rule.to);
            if (rule.signs === 'organization') expect(res.json.organization_signoff.by, what).toBeTruthy();
            if (rule.signs === 'partner') expect(res.json.partner_signoff.hash, what).toBe(res.json.hash);
          }
          if (status === 403 && SIDE_OF[who]) expect(res.json.code, what).toBe('programme.wrong_side');
          cases++;
        }
        // nobody's refused attempt changed anything
        const after = await api.call('GET', `/api/programmes/${shared.id}`);
        expect(after.json).toMatchObject({ status: rule.from, version: shared.version });
      }
      expect(cases).toBe(TRANSITIONS.length * WHO.length);
    });

    it('refuses a move from a state it does not leave with 409 naming the rule', async () => {
      for (const name of new Set(TRANSITIONS.map((r) => r.transition))) {
        const rules = TRANSITIONS.filter((r) => r.transition === name);
        const wrong = PROGRAMME_STATUSES.find(
          (s) => s !== 'superseded' && !rules.some((r) => r.from === s),
        ) as ProgrammeStatus;
        const p = await programmeIn(wrong);
        const who: Who = rules[0]?.side === 'partner' ? 'partner own country' : 'staff';
        const res = await attempt(p, name, who);
        expect(res.status, `${name} from ${wrong}`).toBe(409);
        expect(res.json.code).toBe('programme.transition_not_allowed');
        expect(res.json.detail).toContain(
          `${name} moves a programme from ${rules.map((r) => r.from).join(' or ')}`,
        );
        expect(res.json.detail).toContain(`this one is ${wrong}`);
      }
    });
  });
}
