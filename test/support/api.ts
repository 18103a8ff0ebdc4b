import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { Store } from '../../src/store/db.js';
import type { TestDatabase } from './databases.js';

export interface Api {
  app: FastifyInstance;
  store: Store;
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever shape the route answers
  json: any;
}

/** A server on a fresh database of the given kind for one describe block, closed after it. */
export function useApi(db: TestDatabase): Api {
  const api = {} as Api;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await db.create();
    drop = created.drop;
    api.store = created.store;
    api.app = await buildServer({ store: created.store });
    api.call = async (method, url, body, headers = {}) => {
      const res = await api.app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(body === undefined
          ? {}
          : typeof body === 'string'
            ? { payload: body }
            : { payload: body as object }),
      });
      return { status: res.statusCode, headers: res.headers, json: res.body ? JSON.parse(res.body) : null };
    };
  });
  afterAll(async () => {
    await api.app?.close();
    await drop();
  });
  return api;
}

/** Fixture builders: a new row per call, with unique ids, so tests never depend on each other. */
export const uid = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

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
