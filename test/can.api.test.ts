import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createNomination } from '../src/services/nominations/nomination.service.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Permissions travel with records: the same record, read by staff, the owning partner, another
 * partner, the provider, another provider and the public, answers a different `can` — or is not
 * there at all (404) for a reader the policy keeps it from.
 */
const PROVIDER = 'nato-school-oberammergau';
const OTHER_PROVIDER = 'shape-pcc';

type Headers = Record<string, string>;

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(
    `every record carries what its reader may do on ${db.name}`,
    { timeout: 240_000 },
    () => {
      const api = useApi(db);
      const readers: Record<string, Headers> = {};
      const read = async (reader: string, url: string) => {
        const res = await api.raw('GET', url, undefined, readers[reader]);
        return res.status === 200 ? res.json.can : res.status;
      };

      it('loads the demo and signs in one reader of each kind', async () => {
        await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
        readers.staff = await api.signIn('staff');
        readers.tj = await api.signIn('partner', 'tj');
        readers.kz = await api.signIn('partner', 'kz');
        readers.provider = await api.signIn('provider', PROVIDER);
        readers.otherProvider = await api.signIn('provider', OTHER_PROVIDER);
        readers.observer = await api.signIn('observer');
        readers.anonymous = {};
      });

      it('a nomination: the partner withdraws its own, the provider decides, others do not see it', async () => {
        const it = await api.store.db
          .selectFrom('iteration')
          .innerJoin('activity', 'activity.id', 'iteration.activity_id')
          .select(['iteration.id', 'iteration.deadline'])
          .where('activity.provider_id', '=', PROVIDER)
          .where('iteration.status', '=', 'open')
          .orderBy('iteration.id')
          .executeTakeFirstOrThrow();
        const made = await createNomination(
          contextFor(api.store, SYSTEM_ACTOR),
          { iteration_id: it.id, partner_id: 'tj', person_name: 'Can Test Nominee', priority: 1, rank: 1 },
          // Made on the deadline, as the demo makes its nominations, whatever today is.
          { asOf: it.deadline ?? undefined },
        );
        const url = `/api/nominations/${made.id}`;
        const everyStatus = ['ACCEPTED', 'DECLINED', 'TENTATIVE', 'WAITLISTED'];
        expect(await read('staff', url)).toEqual({
          update: true,
          delete: true,
          decide: true,
          withdraw: true,
          transitions: everyStatus,
        });
        expect(await read('tj', url)).toEqual({
          update: true,
          delete: true,
          decide: false,
          withdraw: true,
          transitions: ['DECLINED'],
        });
        expect(await read('provider', url)).toEqual({
          update: false,
          delete: false,
          decide: true,
          withdraw: false,
          transitions: everyStatus,
        });
        expect(await read('kz', url)).toBe(404);
        expect(await read('otherProvider', url)).toBe(404);
        expect(await read('anonymous', url)).toBe(404);

        // Once accepted, the partner may no longer change or delete it, only withdraw (DECLINED).
        const accepted = await api.raw(
          'POST',
          `${url}/decision`,
          { status: 'ACCEPTED', version: made.version },
          readers.provider,
        );
        expect(accepted.status).toBe(200);
        expect(await read('tj', url)).toEqual({
          update: false,
          delete: false,
          decide: false,
          withdraw: true,
          transitions: ['DECLINED'],
        });
        expect((await read('provider', url)).transitions).toEqual(['DECLINED', 'ATTENDED']);

        // The iteration says who decides and who nominates there.
        const iteration = `/api/iterations/${it.id}`;
        expect(await read('provider', iteration)).toMatchObject({ update: true, decide: true });
        expect(await read('tj', iteration)).toMatchObject({ update: false, decide: false, nominate: true });
        expect(await read('otherProvider', iteration)).toMatchObject({ update: false, decide: false });
        expect(await read('anonymous', iteration)).toEqual({
          update: false,
          delete: false,
          nominate: false,
          decide: false,
          read_nominations: false,
        });
      });

      it('an activity: its provider and staff change it, no one else', async () => {
        const activity = await api.store.db
          .selectFrom('activity')
          .select('id')
          .where('provider_id', '=', PROVIDER)
          .where('marking', '=', 'public')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const url = `/api/activities/${activity.id}`;
        const writes = { update: true, delete: true, add_iteration: true };
        const reads = { update: false, delete: false, add_iteration: false };
        expect(await read('staff', url)).toEqual(writes);
        expect(await read('provider', url)).toEqual(writes);
        expect(await read('otherProvider', url)).toEqual(reads);
        expect(await read('tj', url)).toEqual(reads);
        expect(await read('anonymous', url)).toEqual(reads);
      });

      it('a programme: each side is offered its own moves; another partner does not see it', async () => {
        const created = await api.raw(
          'POST',
          '/api/programmes',
          { partner_id: 'tj', kind: 'IPP', start_date: '2041-01-01' },
          readers.staff,
        );
        expect(created.status).toBe(201);
        const url = `/api/programmes/${created.json.id}`;
        // A draft: the partner sends it to consultation; the organization may only supersede it.
        expect(await read('staff', url)).toEqual({
          update: true,
          delete: false,
          transitions: ['supersede'],
          amend: false,
          sign_amendment: false,
          feedback: true,
          side: 'organization',
        });
        expect(await read('tj', url)).toEqual({
          update: true,
          delete: false,
          transitions: ['consult'],
          amend: false,
          sign_amendment: false,
          feedback: true,
          side: 'partner',
        });
        for (const reader of ['kz', 'provider', 'observer', 'anonymous'])
          expect(await read(reader, url), reader).toBe(404);
      });

      it('a person of the registry: staff alone change, delete, restore and merge', async () => {
        const person = await api.store.db
          .selectFrom('person')
          .select('id')
          .where('deleted_at', 'is', null)
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const url = `/api/people/${person.id}`;
        expect(await read('staff', url)).toEqual({ update: true, delete: true, restore: true, merge: true });
        const none = { update: false, delete: false, restore: false, merge: false };
        for (const reader of ['tj', 'kz', 'provider', 'observer', 'anonymous'])
          expect(await read(reader, url), reader).toEqual(none);
      });

      it('a public meeting: staff change it; partners, providers and the public only read it', async () => {
        const meeting = await api.store.db
          .selectFrom('meeting')
          .select('id')
          .where('marking', '=', 'public')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const url = `/api/meetings/${meeting.id}`;
        expect(await read('staff', url)).toEqual({ update: true, delete: true });
        for (const reader of ['tj', 'kz', 'provider', 'anonymous'])
          expect(await read(reader, url), reader).toEqual({ update: false, delete: false });
        // Ally observers see dialogue as aggregates only.
        expect(await read('observer', url)).toBe(404);
      });

      it('lists carry can too, and the session user its own', async () => {
        const page = await api.raw('GET', '/api/areas?limit=2', undefined, readers.tj);
        expect(page.status).toBe(200);
        expect(page.json.items.map((a: { can: unknown }) => a.can)).toEqual([
          { update: false, delete: false },
          { update: false, delete: false },
        ]);
        const staffPage = await api.raw('GET', '/api/areas?limit=1', undefined, readers.staff);
        expect(staffPage.json.items[0].can).toEqual({ update: true, delete: true });
        const session = await api.raw('GET', '/api/session', undefined, readers.tj);
        expect(session.json.user.can).toEqual({ update: false, delete: false });
      });
    },
  );
}
