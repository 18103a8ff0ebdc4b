import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { organizationCreate } from '../src/schemas/registry/organization.schema.js';
import { contextFor } from '../src/services/core/context.js';
import { createOrganization, getOrganization } from '../src/services/registry/organization.service.js';
import { createUser } from '../src/services/trust/account.service.js';
import { openStore, type Store } from '../src/store/core/db.js';
import { startServer } from './support/cli.js';
import { freePorts } from './support/ports.js';
import { TEMPLATE_DB, urlFor, withAdmin } from './support/postgres.js';

/**
 * Concord keeps sessions, locks and caches in the database, so any number of instances can serve one
 * database behind a load balancer. Two real `concord serve` processes on one PostgreSQL database.
 */
async function newDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `concord_two_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await withAdmin((c) => c.query(`create database ${name} template ${TEMPLATE_DB}`));
  return {
    url: urlFor(name),
    drop: () => withAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

const org = (id: string) => ({ id, kind: 'body', names: [{ name: `Organization ${id}`, lang: 'en' }] });

describe.skipIf(!inject('postgres'))('two instances on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof newDatabase>>;
  let store: Store;
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  const ports = freePorts(2) as [number, number];
  const A = `http://localhost:${ports[0]}`;
  const B = `http://localhost:${ports[1]}`;
  let auth: { cookie: string; 'x-csrf-token': string };

  const call = async (origin: string, method: string, path: string, body?: unknown, headers = {}) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    database = await newDatabase();
    store = openStore(database.url, { poolSize: 2 });
    const password = 'a-long-test-password';
    await createUser(contextFor(store, SYSTEM_ACTOR), { username: 'two-staff', role: 'staff', password });
    const env = { DATABASE_URL: database.url, CONCORD_DEMO: 'off' };
    // B reads through DATABASE_READ_URL (here the same database; in production a replica).
    servers.push(
      ...(await Promise.all([
        startServer(env, ports[0]),
        startServer({ ...env, DATABASE_READ_URL: database.url }, ports[1]),
      ])),
    );
    const res = await fetch(`${A}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'two-staff', password }),
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
    auth = { cookie, 'x-csrf-token': ((await res.json()) as { csrf_token: string }).csrf_token };
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await store?.close();
    await database?.drop();
  });

  it('accepts on B a session created on A', async () => {
    const session = await call(B, 'GET', '/api/session');
    expect(session.status).toBe(200);
    const created = await call(B, 'POST', '/api/organizations', org(`two-${randomUUID().slice(0, 8)}`));
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect((await call(A, 'GET', `/api/organizations/${created.json.id}`)).status).toBe(200);
  });

  it('lets exactly one of two updates with the same If-Match win, across instances', async () => {
    const id = `two-${randomUUID().slice(0, 8)}`;
    expect((await call(A, 'POST', '/api/organizations', org(id))).status).toBe(201);
    const patch = (origin: string, name: string) =>
      call(
        origin,
        'PATCH',
        `/api/organizations/${id}`,
        { names: [{ name, lang: 'en' }] },
        { 'if-match': '"1"' },
      );
    const [a, b] = await Promise.all([patch(A, 'Written on A'), patch(B, 'Written on B')]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? 'Written on A' : 'Written on B';
    const read = await call(B, 'GET', `/api/organizations/${id}`);
    expect(read.json).toMatchObject({ name: winner, version: 2 });
  });

  it('allocates a round once when both instances apply it at the same moment', async () => {
    const tag = randomUUID().slice(0, 6);
    const provider = await call(A, 'POST', '/api/organizations', org(`prov-${tag}`));
    const state = await call(A, 'POST', '/api/organizations', { ...org(`state-${tag}`), kind: 'state' });
    const activity = await call(A, 'POST', '/api/activities', {
      key: `TWO.${tag.toUpperCase().replace(/[^A-Z0-9]/g, 'X')}`,
      provider_id: provider.json.id,
      title: 'Illustrative course for two instances',
      event_type: 'course',
    });
    expect(activity.status, JSON.stringify(activity.json)).toBe(201);
    const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const iteration = await call(A, 'POST', '/api/iterations', {
      activity_id: activity.json.id,
      start_date: later(60),
      end_date: later(64),
      deadline: later(30),
      seats: 2,
      status: 'open',
    });
    expect(iteration.status, JSON.stringify(iteration.json)).toBe(201);
    const nominations = [];
    for (let i = 0; i < 5; i++) {
      const person = await call(A, 'POST', '/api/people', {
        names: [{ name: `Nominee ${tag} ${i}`, lang: 'en' }],
      });
      const n = await call(B, 'POST', '/api/nominations', {
        iteration_id: iteration.json.id,
        partner_id: state.json.id,
        person_id: person.json.id,
        priority: 1 + (i % 3),
      });
      expect(n.status, JSON.stringify(n.json)).toBe(201);
      nominations.push(n.json.id as string);
    }
    const round = await call(A, 'POST', '/api/rounds', { iteration_ids: [iteration.json.id] });
    expect(round.status, JSON.stringify(round.json)).toBe(201);
    const [x, y] = await Promise.all([
      call(A, 'POST', `/api/rounds/${round.json.id}/apply`, { version: 1 }),
      call(B, 'POST', `/api/rounds/${round.json.id}/apply`, { version: 1 }),
    ]);
    expect([x.status, y.status], JSON.stringify([x.json, y.json])).toEqual([200, 200]);
    const after = await Promise.all(nominations.map((id) => call(B, 'GET', `/api/nominations/${id}`)));
    expect(after.filter((n) => n.json.status === 'ACCEPTED')).toHaveLength(2);
    expect(after.map((n) => n.json.version)).toEqual([2, 2, 2, 2, 2]);
    const seats = await call(A, 'GET', `/api/iterations/${iteration.json.id}`);
    expect(seats.json.seats_taken).toBe(2);
    const verify = await call(B, 'GET', '/api/audit?limit=1');
    expect(verify.status).toBe(200);
  });

  it('revokes on B a session signed out on A', async () => {
    expect((await call(A, 'DELETE', '/api/session')).status).toBe(204);
    expect((await call(B, 'GET', '/api/session')).status).toBe(401);
    expect((await call(B, 'POST', '/api/organizations', org(`two-${randomUUID().slice(0, 8)}`))).status).toBe(
      401,
    );
  });
});

describe.skipIf(!inject('postgres'))('DATABASE_READ_URL', () => {
  it('sends reads outside transactions to the read pool and writes to the main database', async () => {
    const [main, replica] = await Promise.all([newDatabase(), newDatabase()]);
    const onlyInReplica = openStore(replica.url, { poolSize: 1 });
    const store = openStore(main.url, { poolSize: 2, readUrl: replica.url });
    try {
      await createOrganization(
        contextFor(onlyInReplica, SYSTEM_ACTOR),
        organizationCreate.parse(org('seen-through-replica')),
      );
      const ctx = contextFor(store, SYSTEM_ACTOR);
      expect((await getOrganization(ctx, 'seen-through-replica')).name).toBe(
        'Organization seen-through-replica',
      );
      await createOrganization(ctx, organizationCreate.parse(org('written-to-main')));
      const inMain = await store.db
        .selectFrom('organization')
        .select('id')
        .where('id', '=', 'written-to-main')
        .executeTakeFirst();
      expect(inMain?.id).toBe('written-to-main');
      // The read pool is read-only: a write misrouted to it fails instead of splitting the data.
      await expect(
        store.read
          .insertInto('area')
          .values({
            code: 'RO',
            names: '{}',
            description: null,
            version: 1,
            created_at: 'x',
            updated_at: 'x',
          })
          .execute(),
      ).rejects.toThrow(/read-only/);
    } finally {
      await Promise.all([store.close(), onlyInReplica.close()]);
      await Promise.all([main.drop(), replica.drop()]);
    }
  });
});
