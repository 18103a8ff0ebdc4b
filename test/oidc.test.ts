import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/api/core/request-context.js';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) run in the test, driven with
 * plain fetch through its development login and consent pages; Concord itself answers through inject.
 */
const REDIRECT_URI = 'http://localhost:4000/api/auth/oidc/callback';
const CLIENT = { client_id: 'concord', client_secret: 'a-test-client-secret-of-some-length' };
/** The role claim each test account carries at the provider. */
const ROLE_OF: Record<string, string> = {
  alice: 'staff',
  mallory: 'superuser',
};

let server: Server;
let issuer = '';

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ ...CLIENT, redirect_uris: [REDIRECT_URI], grant_types: ['authorization_code'] }],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'concord_role'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['a-cookie-signing-key-for-tests'] },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({
        sub,
        name: `${sub[0]?.toUpperCase()}${sub.slice(1)} Example`,
        preferred_username: sub,
        concord_role: ROLE_OF[sub] ?? sub,
      }),
    }),
  });
  server.on('request', provider.callback());
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function configure() {
  Object.assign(process.env, {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT.client_id,
    OIDC_CLIENT_SECRET: CLIENT.client_secret,
    OIDC_REDIRECT_URI: REDIRECT_URI,
    OIDC_ROLE_CLAIM: 'concord_role',
  });
}

function unconfigure() {
  for (const k of [
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_REDIRECT_URI',
    'OIDC_ROLE_CLAIM',
  ])
    delete process.env[k];
}

/**
 * A user at the provider: follows its redirects with a cookie jar, signs in as `login` on the login
 * page and agrees on the consent page, until the provider sends the browser back to Concord.
 */
async function throughProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: cookie() },
    });
    remember(res);
    init = {};
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(REDIRECT_URI)) return next;
      url = next.href;
      continue;
    }
    const html = await res.text();
    expect(res.status, html.slice(0, 300)).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected provider page: ${html.slice(0, 300)}`);
    url = new URL(action, url).href;
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'any' } : {}) });
    init = {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('the provider never sent the user back');
}

function sessionCookieOf(headers: Record<string, unknown>): string | undefined {
  const raw = headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const line = lines.find((l: string) => l.startsWith(`${SESSION_COOKIE}=`));
  return line?.split(';')[0];
}

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`single sign-on through OpenID Connect on ${db.name}`, () => {
    const api = useApi(db);
    afterAll(unconfigure);

    it('answers 404 while single sign-on is not configured', async () => {
      unconfigure();
      const res = await api.raw('GET', '/api/auth/oidc/login');
      expect(res.status).toBe(404);
      expect(res.json.code).toBe('oidc.not_configured');
      expect((await api.raw('GET', '/api/auth/oidc/callback?code=x&state=y')).status).toBe(404);
    });

    it('signs a user in through the provider and gives a working Concord session', async () => {
      configure();
      const login = await api.raw('GET', '/api/auth/oidc/login');
      expect(login.status).toBe(302);
      const authorization = new URL(String(login.headers.location));
      expect(authorization.origin).toBe(issuer);
      const state = authorization.searchParams.get('state') ?? '';
      expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorization.searchParams.get('nonce')).toBeTruthy();
      // The sign-in under way is in the database, not in this instance's memory.
      const pending = await api.store.db
        .selectFrom('oidc_login')
        .selectAll()
        .where('state', '=', state)
        .executeTakeFirst();
      expect(pending?.code_verifier).toBeTruthy();

      const back = await throughProvider(authorization.href, 'alice');
      const callback = await api.raw('GET', `/api/auth/oidc/callback${back.search}`);
      expect(callback.status, JSON.stringify(callback.json)).toBe(302);
      expect(callback.headers.location).toBe('/');
      const cookie = sessionCookieOf(callback.headers);
      expect(cookie).toBeDefined();
      const session = await api.raw('GET', '/api/session', undefined, { cookie: String(cookie) });
      expect(session.status).toBe(200);
      expect(session.json.user).toMatchObject({
        username: 'alice',
        role: 'staff',
        display_name: 'Alice Example',
      });

      // Replaying the same answer from the provider finds no sign-in to finish.
      const replay = await api.raw('GET', `/api/auth/oidc/callback${back.search}`);
      expect(replay.status).toBe(401);

      // A second sign-in of the same subject is the same user, with a new session.
      const again = await api.raw('GET', '/api/auth/oidc/login', undefined, { cookie: String(cookie) });
      const back2 = await throughProvider(String(again.headers.location), 'alice');
      const callback2 = await api.raw('GET', `/api/auth/oidc/callback${back2.search}`, undefined, {
        cookie: String(cookie),
      });
      const cookie2 = sessionCookieOf(callback2.headers);
      expect(cookie2).not.toBe(cookie);
      const session2 = await api.raw('GET', '/api/session', undefined, { cookie: String(cookie2) });
      expect(session2.json.user.id).toBe(session.json.user.id);
      expect((await api.raw('GET', '/api/session', undefined, { cookie: String(cookie) })).status).toBe(401);

      const audit = await api.call('GET', '/api/audit?entity=session&limit=100');
      expect(JSON.stringify(audit.json)).toContain('"via":"oidc"');
    });

    it('refuses a tampered state, an unknown role, and maps partner roles to their organization', async () => {
      configure();
      const login = await api.raw('GET', '/api/auth/oidc/login');
      const back = await throughProvider(String(login.headers.location), 'alice');
      back.searchParams.set('state', `${back.searchParams.get('state')}x`);
      const tampered = await api.raw('GET', `/api/auth/oidc/callback${back.search}`);
      expect(tampered.status).toBe(401);
      expect(tampered.json.code).toBe('oidc.failed');
      expect(sessionCookieOf(tampered.headers)).toBeUndefined();

      const login2 = await api.raw('GET', '/api/auth/oidc/login');
      const back2 = await throughProvider(String(login2.headers.location), 'mallory');
      const refused = await api.raw('GET', `/api/auth/oidc/callback${back2.search}`);
      expect(refused.status).toBe(403);
      expect(refused.json.code).toBe('oidc.role_unknown');

      const org = await makeOrganization(api, { kind: 'state', iso2: 'TJ', id: 'tj' });
      ROLE_OF.pat = `partner:${org.id}`;
      const login3 = await api.raw('GET', '/api/auth/oidc/login');
      const back3 = await throughProvider(String(login3.headers.location), 'pat');
      const ok = await api.raw('GET', `/api/auth/oidc/callback${back3.search}`);
      expect(ok.status, JSON.stringify(ok.json)).toBe(302);
      const session = await api.raw('GET', '/api/session', undefined, {
        cookie: String(sessionCookieOf(ok.headers)),
      });
      expect(session.json.user).toMatchObject({ role: 'partner', organization_id: 'tj' });
    });
  });
}
