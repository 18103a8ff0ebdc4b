import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleWhere } from '../../store/trust/access.js';
import type { Entity } from './access.js';
import type { Actor, Role } from './actor.js';
import { type Action, allowedOn, MARKINGS, type Marking, type RecordScope, type Resource } from './policy.js';

/**
 * C4: the policy table against an oracle written from the words, not from policy.ts. Each
 * rule is spelled out below as a plain function of the actor and the record; a disagreement names
 * the case. The same random cases then run through `visibleWhere` on a real SQLite table, so a list
 * can never reach further (or less far) than a detail read.
 */
const COUNTRIES = ['tj', 'kz', 'uz', 'us', 'at'] as const; // partner countries, and an Ally for observers
// Organizations that provide activities; Austria is also a partner country, so that a partner official of
// a country that provides courses is tested for provider powers it must not have (issue 12, item 1).
const PROVIDERS = ['nato-school', 'pfp-centre', 'at'] as const;
const RESOURCES: Resource[] = [
  'registry',
  'person',
  'audit',
  'users',
  'menu',
  'programme',
  'nomination',
  'dialogue',
  'aggregate',
];

function oracle(actor: Actor, action: Action, resource: Resource, r: RecordScope): boolean {
  const role = actor.role;
  const org = actor.organizationId;
  const isStaff = role === 'admin' || role === 'staff';
  const isPublic = r.marking === 'public';
  const releasedToMe =
    isPublic || (r.marking === 'partners' && org !== undefined && (r.releasableTo ?? []).includes(org));
  const concernsMyCountry = org !== undefined && r.partnerId === org;
  const iProvideIt = org !== undefined && r.providerId === org;
  const read = action === 'read';
  switch (resource) {
    // The audit log is append-only: nobody writes it through the policy; staff read it.
    case 'audit':
      return read && isStaff;
    // Accounts are the administrator's alone.
    case 'users':
      return role === 'admin';
    // Dashboards are computed, never written; the organization and Ally observers read them.
    case 'aggregate':
      return read && (isStaff || role === 'observer');
  }
  if (isStaff) return true;
  switch (resource) {
    case 'registry':
      return read;
    // A public person is everyone's; a partner's registered nominee is that partner's (issue 12, item 4).
    case 'person':
      return read && (isPublic || (role === 'partner' && concernsMyCountry));
    case 'menu':
      if (!read) return role === 'provider' && iProvideIt;
      if (role === 'public') return isPublic;
      if (role === 'observer') return releasedToMe;
      // Decision beyond the words (reported): a provider reads what it may write, and a
      // partner reads menu records made for its own country.
      if (role === 'provider') return releasedToMe || iProvideIt;
      if (role === 'partner') return releasedToMe || concernsMyCountry;
      return false;
    case 'programme':
      if (role !== 'partner') return false;
      // Decision beyond the words (reported): a programme its owner released to another
      // partner (marking) is readable by that partner; only the owner writes it.
      return read ? concernsMyCountry || releasedToMe : concernsMyCountry;
    case 'nomination':
      return (role === 'partner' && concernsMyCountry) || (role === 'provider' && iProvideIt);
    case 'dialogue':
      if (!read) return false;
      if (role === 'partner') return releasedToMe;
      if (role === 'provider' || role === 'public') return isPublic;
      return false;
  }
  return false;
}

const roleArb = fc.constantFrom<Role>('admin', 'staff', 'observer', 'partner', 'provider', 'public');
const actorArb: fc.Arbitrary<Actor> = roleArb.chain((role) => {
  const orgs =
    role === 'provider'
      ? PROVIDERS
      : role === 'partner' || role === 'observer'
        ? COUNTRIES
        : [...COUNTRIES, ...PROVIDERS];
  return fc
    .option(fc.constantFrom(...orgs), { nil: undefined, freq: 6 })
    .map((organizationId) => ({ id: `u-${role}`, role, ...(organizationId ? { organizationId } : {}) }));
});
const scopeArb: fc.Arbitrary<RecordScope> = fc.record(
  {
    partnerId: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
    providerId: fc.option(fc.constantFrom(...PROVIDERS), { nil: null }),
    marking: fc.option(fc.constantFrom<Marking>(...MARKINGS), { nil: null }),
    releasableTo: fc.option(fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 3 }), { nil: null }),
  },
  { requiredKeys: [] },
);
const actionArb = fc.constantFrom<Action>('read', 'write');
const resourceArb = fc.constantFrom(...RESOURCES);

const ENTITY_OF: Record<Resource, Entity> = {
  registry: 'organization',
  person: 'person',
  audit: 'audit',
  users: 'user',
  menu: 'activity',
  programme: 'programme',
  nomination: 'nomination',
  dialogue: 'meeting',
  aggregate: 'dashboard',
};

describe('the policy table against an independent oracle (C4)', () => {
  it('agrees on 20,000 random (actor, record, action, resource) cases', () => {
    let cases = 0;
    fc.assert(
      fc.property(actorArb, scopeArb, actionArb, resourceArb, (actor, scope, action, resource) => {
        cases++;
        expect(
          allowedOn(actor, action, resource, scope),
          `${actor.role}/${actor.organizationId} ${action} ${resource} ${JSON.stringify(scope)}`,
        ).toBe(oracle(actor, action, resource, scope));
      }),
      { numRuns: 20_000, seed: 20261129 },
    );
    expect(cases).toBeGreaterThanOrEqual(20_000);
  });

  interface ScopeTable {
    scoped: {
      id: number;
      partner_id: string | null;
      provider_id: string | null;
      marking: string | null;
      releasable_to: string | null;
    };
  }
  const sqlite = new SQLite(':memory:');
  const db = new Kysely<ScopeTable>({ dialect: new SqliteDialect({ database: sqlite }) });
  afterAll(() => db.destroy());

  it('selects in SQL exactly the records a detail check allows (visibleWhere = allowedOn)', async () => {
    sqlite.exec(
      'create table scoped (id integer primary key, partner_id text, provider_id text, marking text, releasable_to text)',
    );
    let decisions = 0;
    await fc.assert(
      fc.asyncProperty(
        actorArb,
        actionArb,
        resourceArb,
        fc.array(scopeArb, { minLength: 10, maxLength: 40 }),
        async (actor, action, resource, scopes) => {
          await db.deleteFrom('scoped').execute();
          await db
            .insertInto('scoped')
            .values(
              scopes.map((s, id) => ({
                id,
                partner_id: s.partnerId ?? null,
                provider_id: s.providerId ?? null,
                marking: s.marking ?? null,
                releasable_to: s.releasableTo ? JSON.stringify(s.releasableTo) : null,
              })),
            )
            .execute();
          const rows = await db
            .selectFrom('scoped')
            .select('id')
            .where((eb) =>
              visibleWhere(
                eb,
                actor,
                ENTITY_OF[resource],
                {
                  partner: 'scoped.partner_id',
                  provider: 'scoped.provider_id',
                  marking: 'scoped.marking',
                  releasableTo: 'scoped.releasable_to',
                },
                action,
              ),
            )
            .orderBy('id')
            .execute();
          const expected = scopes.flatMap((s, id) => (allowedOn(actor, action, resource, s) ? [id] : []));
          decisions += scopes.length;
          expect(
            rows.map((r) => r.id),
            `${actor.role}/${actor.organizationId} ${action} ${resource}`,
          ).toEqual(expected);
        },
      ),
      { numRuns: 1_000, seed: 20261129 },
    );
    expect(decisions).toBeGreaterThanOrEqual(10_000);
  });
});
