import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { SESSION_COOKIE } from '../../src/api/core/request-context.js';
import { buildServer, type ServerOptions } from '../../src/api/server.js';
import { type Role, SYSTEM_ACTOR } from '../../src/domain/trust/actor.js';
import { contextFor } from '../../src/services/core/context.js';
import { createUser } from '../../src/services/trust/account.service.js';
import type { Store } from '../../src/store/core/db.js';
import type { TestDatabase } from './databases.js';

export interface Api {
  app: FastifyInstance;
  store: Store;
  /** a request as the signed-in staff user (session cookie and CSRF token attached) */
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** a request with exactly the headers given: anonymous unless they carry a session */
  raw(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** signs in a new user of the role and returns the headers that act as them */
  signIn(role: Role, organizationId?: string): Promise<Record<string, string>>;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever shape the route answers
  json: any;
  /** the raw body (an iCalendar feed, a CSV file…) */
  body: string;
}

/**
 * A server on a fresh database of the given kind for one describe block, closed after it; `options`
 * as `concord serve` would pass them from its configuration.
 */
export function useApi(db: TestDatabase, options: Omit<ServerOptions, 'store'> = {}): Api {
  const api = {} as Api;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await db.create();
    drop = created.drop;
    api.store = created.store;
    // Every fixture user signs in from the one test address: the per-address sign-in limit is
    // raised unless a test sets it (test/signin-throttle.api.test.ts does).
    api.app = await buildServer({
      signInRate: { max: 10_000, windowMs: 60_000 },
      ...options,
      store: created.store,
    });
    api.raw = async (method, url, body, headers = {}) => {
      const payload =
        body === undefined ? {} : { payload: typeof body === 'string' ? body : (body as object) };
      const res = await api.app.inject({ method: method as 'GET', url, headers, ...payload });
      // Calendars, spreadsheets and documents are answered as they are; JSON bodies parsed.
      const isJson = /json/.test(String(res.headers['content-type'] ?? ''));
      return {
        status: res.statusCode,
        headers: res.headers,
        json: res.body && isJson ? JSON.parse(res.body) : null,
        body: res.body,
      };
    };
    api.signIn = async (role, organizationId) => {
      const username = uid(role);
      const password = 'a-long-test-password';
      await createUser(contextFor(created.store, SYSTEM_ACTOR), {
        username,
        role,
        password,
        ...(organizationId ? { organization_id: organizationId } : {}),
      });
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
      });
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in failed: ${res.body}`);
      return { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': JSON.parse(res.body).csrf_token };
    };
    const staff = await api.signIn('staff');
    api.call = (method, url, body, headers = {}) => api.raw(method, url, body, { ...staff, ...headers });
  });
  afterAll(async () => {
    await api.app?.close();
    await drop();
  });
  return api;
}

/** Fixture builders: a new row per call, with unique ids, so tests never depend on each other. */
export const uid = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A unique word of letters only: name matching ignores digits, so "Zarif1a2b" and "Zarif3a4b" would be one name. */
export const uniqueWord = (prefix: string) =>
  `${prefix}${randomUUID()
    .replace(/-/g, '')
    .slice(0, 10)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] as string)}`;

export async function makeOrganization(api: Api, extra: Record<string, unknown> = {}) {
  const res = await api.call('POST', '/api/organizations', {
    id: uid('org'),
    kind: 'framework',
    names: [{ name: `Framework ${randomUUID().slice(0, 6)}`, lang: 'en' }],
    ...extra,
  });
  if (res.status !== 201) throw new Error(`fixture organization: ${JSON.stringify(res.json)}`);
  return res.json;
}

export async function makePerson(api: Api, name = `Person ${randomUUID().slice(0, 6)}`) {
  const res = await api.call('POST', '/api/people', { id: uid('person'), names: [{ name, lang: 'en' }] });
  if (res.status !== 201) throw new Error(`fixture person: ${JSON.stringify(res.json)}`);
  return res.json;
}

export async function makePost(api: Api, extra: Record<string, unknown> = {}) {
  const org = await makeOrganization(api, { kind: 'body' });
  const res = await api.call('POST', '/api/posts', {
    id: uid('post'),
    organization_id: org.id,
    label: 'Minister',
    ...extra,
  });
  if (res.status !== 201) throw new Error(`fixture post: ${JSON.stringify(res.json)}`);
  return res.json;
}
