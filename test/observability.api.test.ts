import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { enqueueMail } from '../src/store/core/outbox.repo.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`metrics, readiness and request ids on ${db.name}`, () => {
    const api = useApi(db);

    it('puts a request id on every answer, keeping a well-formed one the caller sent', async () => {
      const a = await api.raw('GET', '/api/ping');
      const b = await api.raw('GET', '/api/no-such-route');
      expect(String(a.headers['x-request-id'])).toMatch(UUID);
      expect(String(b.headers['x-request-id'])).toMatch(UUID);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
      const kept = await api.raw('GET', '/api/ping', undefined, { 'x-request-id': 'proxy-4711-abcd' });
      expect(kept.headers['x-request-id']).toBe('proxy-4711-abcd');
      const refused = await api.raw('GET', '/api/ping', undefined, { 'x-request-id': 'a b<script>' });
      expect(String(refused.headers['x-request-id'])).toMatch(UUID);
    });

    it('is ready when the database answers and no migration is pending', async () => {
      const res = await api.raw('GET', '/readyz');
      expect(res.status).toBe(200);
      expect(res.json).toEqual({
        status: 'ready',
        database: 'reachable',
        dialect: db.name,
        pendingMigrations: [],
      });
    });

    it('counts requests by route template and status in the Prometheus format', async () => {
      for (const id of ['a1', 'b2', 'c3']) await api.raw('GET', `/api/organizations/${id}`);
      await api.raw('GET', '/api/organizations');
      const res = await api.raw('GET', '/metrics');
      expect(res.status).toBe(200);
      expect(String(res.headers['content-type'])).toContain('text/plain');
      const lines = res.body.split('\n');
      const count = (labels: string) =>
        Number(
          lines
            .find((l) => l.startsWith(`concord_http_request_duration_seconds_count{${labels}}`))
            ?.split(' ')
            .pop(),
        );
      // Three unknown organizations: one series for the route template, none per id.
      expect(count('method="GET",route="/api/organizations/:id",status="404"')).toBe(3);
      expect(count('method="GET",route="/api/organizations",status="200"')).toBe(1);
      expect(res.body).not.toContain('a1');
      expect(res.body).toMatch(/^concord_nodejs_eventloop_lag_p99_seconds \d/m);
      expect(res.body).toMatch(/^concord_db_pool_connections\{state="total"\} \d+/m);
      expect(res.body).toMatch(/^concord_queue_size\{queue="pending_actions"\} 0$/m);
      expect(res.body).toMatch(/^concord_http_requests_in_flight \d/m);
    });

    it('shows the outbox, the work queues and the response cache', async () => {
      const metric = (body: string, name: string) => {
        const line = body.split('\n').find((l) => l.startsWith(`${name} `));
        return line === undefined ? undefined : Number(line.split(' ').pop());
      };
      // One message written three minutes ago and never sent (no SMTP in tests).
      const user = await api.store.db.selectFrom('app_user').select('id').executeTakeFirstOrThrow();
      const written = new Date(Date.now() - 180_000).toISOString();
      await enqueueMail(api.store.db, {
        id: 'mail-metrics-1',
        kind: 'follow_up.assigned',
        dedupe_key: 'metrics-test-1',
        recipient_id: user.id,
        record_id: 'fu-none',
        to_address: 'someone@example.org',
        locale: 'en',
        subject: 's',
        body_text: 't',
        body_html: '<p>t</p>',
        status: 'pending',
        attempts: 0,
        next_attempt_at: written,
        created_at: written,
        sent_at: null,
        last_error: null,
      });
      const before = (await api.raw('GET', '/metrics')).body;
      // The same anonymous list twice: rendered once (a miss), then replayed (a hit).
      const first = await api.raw('GET', '/api/areas');
      const second = await api.raw('GET', '/api/areas');
      expect([first.status, second.status]).toEqual([200, 200]);
      const after = (await api.raw('GET', '/metrics')).body;

      expect(after).toMatch(/^concord_queue_size\{queue="outbox"\} 1$/m);
      const age = metric(after, 'concord_outbox_oldest_age_seconds') ?? 0;
      expect(age).toBeGreaterThanOrEqual(180);
      expect(age).toBeLessThan(180 + 120);
      for (const queue of ['sheet', 'press', 'pdf']) {
        expect(after).toMatch(new RegExp(`^concord_queue_size\\{queue="${queue}"\\} 0$`, 'm'));
        expect(after).toMatch(new RegExp(`^concord_queue_active\\{queue="${queue}"\\} 0$`, 'm'));
      }
      const delta = (name: string) => (metric(after, name) ?? 0) - (metric(before, name) ?? 0);
      expect(delta('concord_response_cache_hits_total')).toBe(1);
      expect(delta('concord_response_cache_misses_total')).toBe(1);
      expect(delta('concord_response_cache_bytes')).toBeGreaterThanOrEqual(first.body.length);
      expect(delta('concord_response_cache_entries')).toBe(1);
    });

    it('logs each request with its id and without its query string', async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk, _encoding, done) {
          lines.push(...String(chunk).trim().split('\n'));
          done();
        },
      });
      const app = await buildServer({ store: api.store, logger: { level: 'info', stream } });
      try {
        const res = await app.inject({ method: 'GET', url: '/api/people?q=Appathurai&limit=5' });
        expect(res.statusCode).toBe(200);
        const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
        const forRequest = entries.filter((e) => e.reqId === res.headers['x-request-id']);
        expect(forRequest.length).toBeGreaterThanOrEqual(2);
        expect(forRequest[0]?.req).toEqual({ method: 'GET', path: '/api/people' });
        expect(lines.join('\n')).not.toContain('Appathurai');
      } finally {
        await app.close();
      }
    });

    it('is not ready while a migration is pending', async () => {
      await sql`delete from kysely_migration where name = '0009-dashboard-tallies'`.execute(api.store.db);
      const res = await api.raw('GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({
        status: 'unavailable',
        database: 'reachable',
        pendingMigrations: ['0009-dashboard-tallies'],
      });
    });
  });
}
