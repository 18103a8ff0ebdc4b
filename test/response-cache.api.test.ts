import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Rendered GET answers are replayed until the data changes (api/core/response-cache.ts): a replay
 * must be the very answer a fresh rendering would give this reader, never another reader's, never
 * older than the last committed write, and an export replayed is still an export in the audit trail.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`replayed answers on ${db.name}`, { timeout: 120_000 }, () => {
    const api = useApi(db);
    beforeAll(async () => {
      await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
    });
    const meeting = (start_date: string, extra: Record<string, unknown> = {}) =>
      api.call('POST', '/api/meetings', {
        partner_id: 'kz',
        kind: 'talks',
        start_date,
        marking: 'public',
        ...extra,
      });

    it('replays the same answer until a write, then answers the new state', async () => {
      expect((await meeting('2030-03-01')).status).toBe(201);
      const url = '/api/meetings?limit=50';
      const first = await api.raw('GET', url);
      const again = await api.raw('GET', url);
      expect(again.body).toBe(first.body);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['content-type']).toBe(first.headers['content-type']);
      // Each request keeps its own id, even when its answer is a replay.
      expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id']);

      const added = await meeting('2030-03-02');
      const after = await api.raw('GET', url);
      expect(after.json.total).toBe(first.json.total + 1);
      expect(after.json.items.map((m: { id: string }) => m.id)).toContain(added.json.id);
      expect(after.headers.etag).not.toBe(first.headers.etag);
    });

    it('keeps each reader apart: a list released to one partner is not replayed to another', async () => {
      const tj = await api.signIn('partner', 'tj');
      const kz = await api.signIn('partner', 'kz');
      const released = await meeting('2030-04-01', {
        partner_id: 'tj',
        marking: 'partners',
        releasable_to: ['tj'],
      });
      expect(released.status).toBe(201);
      const url = '/api/meetings?limit=50';
      const ids = (r: { json: { items: { id: string }[] } }) => r.json.items.map((m) => m.id);
      // Read twice by each, in turns: the second reading of each is a replay.
      for (let round = 0; round < 2; round++) {
        expect(ids(await api.raw('GET', url, undefined, tj))).toContain(released.json.id);
        expect(ids(await api.raw('GET', url, undefined, kz))).not.toContain(released.json.id);
        expect(ids(await api.raw('GET', url))).not.toContain(released.json.id);
        expect(ids(await api.call('GET', url))).toContain(released.json.id);
      }
    });

    it('keeps the record version in a replayed ETag, so If-Match still works', async () => {
      const created = await meeting('2030-05-01');
      const url = `/api/meetings/${created.json.id}`;
      const first = await api.call('GET', url);
      const replay = await api.call('GET', url);
      expect(first.headers.etag).toMatch(/^"1\.[\w-]+"$/);
      expect(replay.headers.etag).toBe(first.headers.etag);
    });

    it('answers twenty readers asking at once with one and the same list', async () => {
      await meeting('2030-06-01');
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => api.raw('GET', '/api/meetings?limit=50&channel=')),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    });

    it('records a replayed export in the audit trail like the first', async () => {
      const exports = async () =>
        (await api.call('GET', '/api/audit?limit=500')).json.items.filter(
          (e: { action: string; entity_id: string }) =>
            e.action === 'export' && e.entity_id === 'GET /api/exports/menu',
        ).length;
      const before = await exports();
      const first = await api.call('GET', '/api/exports/menu?format=csv');
      const replay = await api.call('GET', '/api/exports/menu?format=csv');
      expect(first.status).toBe(200);
      expect(replay.body).toBe(first.body);
      expect(await exports()).toBe(before + 2);
    });
  });
}
