import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import { type OidcSettings, oidcSettings } from '../../config.js';
import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { type Role, SYSTEM_ACTOR } from '../../domain/trust/actor.js';
import { audit } from '../../store/core/records.js';
import type { UserTable } from '../../store/core/schema.js';
import { organizationKeyExists } from '../../store/registry/organization.repo.js';
import { insertUser, updateUser, usernameTaken } from '../../store/trust/account.repo.js';
import {
  deleteExpiredOidcLogins,
  findOidcLogin,
  findUserOfIdentity,
  insertIdentity,
  insertOidcLogin,
  takeOidcLogin,
  touchIdentity,
} from '../../store/trust/oidc.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { type OpenedSession, openSession, presentUser } from './account.service.js';

/**
 * Single sign-on through OpenID Connect (authorization code flow with PKCE, state and nonce). What a
 * sign-in under way must remember lives in the `oidc_login` table, so any instance can answer the
 * callback. The provider says who the user is (`iss` + `sub`) and, through one claim, what role
 * they have in Concord; a value Concord does not know is refused rather than guessed.
 */
const LOGIN_MINUTES = 10;

function requireSettings(env?: Record<string, string | undefined>): OidcSettings {
  const settings = oidcSettings(env);
  if (!settings) throw new DomainError('oidc.not_configured', 'Single sign-on is not configured here');
  return settings;
}

// The provider's published metadata (not session state): fetched once per issuer and client.
const discovered = new Map<string, Promise<client.Configuration>>();

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

async function configurationFor(s: OidcSettings): Promise<client.Configuration> {
  const key = `${s.OIDC_ISSUER} ${s.OIDC_CLIENT_ID}`;
  let config = discovered.get(key);
  if (!config) {
    const issuer = new URL(s.OIDC_ISSUER);
    // Plain HTTP only to a provider on this machine (development and tests).
    const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
    config = client.discovery(
      issuer,
      s.OIDC_CLIENT_ID,
      undefined,
      client.ClientSecretBasic(s.OIDC_CLIENT_SECRET),
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    config.catch(() => discovered.delete(key));
    discovered.set(key, config);
  }
  return config;
}

/** Starts a sign-in: remembers state, nonce and PKCE verifier, and gives the provider's URL. */
export async function beginOidcLogin(ctx: Ctx, env?: Record<string, string | undefined>): Promise<URL> {
  const s = requireSettings(env);
  const config = await configurationFor(s);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const at = new Date();
  await insertOidcLogin(ctx.db, {
    state,
    nonce,
    code_verifier: verifier,
    created_at: at.toISOString(),
    expires_at: new Date(at.getTime() + LOGIN_MINUTES * 60_000).toISOString(),
  });
  // Sign-ins abandoned at the provider would pile up: each start clears the expired ones.
  await deleteExpiredOidcLogins(ctx.db, at.toISOString());
  return client.buildAuthorizationUrl(config, {
    redirect_uri: s.OIDC_REDIRECT_URI,
    scope: s.OIDC_SCOPES,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
}

/** What the role claim grants: a role, and for partners and providers the organization. */
export function roleFromClaim(value: unknown): { role: Role; organizationId: string | null } | null {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v !== 'string') continue;
    if (v === 'admin' || v === 'staff' || v === 'observer') return { role: v, organizationId: null };
    const m = /^(partner|provider):([a-z0-9][a-z0-9-]{0,79})$/.exec(v.trim());
    if (m?.[1] && m[2]) return { role: m[1] as Role, organizationId: m[2] };
  }
  return null;
}

export type OidcSignedIn = OpenedSession;

function fail(detail: string): never {
  throw new DomainError('oidc.failed', detail);
}

/**
 * Finishes a sign-in at the callback: the state must name a sign-in this deployment started (used
 * once, not expired); the code is exchanged with the PKCE verifier and the ID token checked (issuer,
 * audience, signature, nonce) by openid-client. Then the user of `iss` + `sub` is found or created,
 * takes the role the claim grants now, and gets a new session.
 */
export async function completeOidcLogin(
  ctx: Ctx,
  query: Record<string, string | undefined>,
  env?: Record<string, string | undefined>,
): Promise<OidcSignedIn> {
  const s = requireSettings(env);
  const state = query.state;
  if (!state) fail('The provider’s answer has no state');
  const pending = await findOidcLogin(ctx.db, state);
  // Used once: deleting it first means a replayed callback finds nothing.
  const taken = await takeOidcLogin(ctx.db, state);
  if (!pending || !taken) fail('Unknown or already used sign-in state');
  if (pending.expires_at <= now()) fail('The sign-in took too long; start again');

  const config = await configurationFor(s);
  const callback = new URL(s.OIDC_REDIRECT_URI);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) callback.searchParams.set(k, v);
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) fail('The provider sent no ID token');
    claims = { ...idClaims };
    if (claims[s.OIDC_ROLE_CLAIM] === undefined) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...idClaims };
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    fail(`The provider’s answer was refused: ${(err as Error).message}`);
  }
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const grant = roleFromClaim(claims[s.OIDC_ROLE_CLAIM]);
  if (!grant) {
    throw new DomainError(
      'oidc.role_unknown',
      `The claim ${s.OIDC_ROLE_CLAIM} must be admin, staff, observer, partner:<organization> or provider:<organization>`,
    );
  }
  return signInAs(ctx, issuer, subject, grant, claims);
}

async function signInAs(
  ctx: Ctx,
  issuer: string,
  subject: string,
  grant: { role: Role; organizationId: string | null },
  claims: Record<string, unknown>,
): Promise<OidcSignedIn> {
  const at = new Date();
  return inTransaction({ ...ctx, actor: SYSTEM_ACTOR }, async (tx) => {
    if (grant.organizationId) {
      // An id, never an ISO code: the claim names organizations in lower case.
      if (!(await organizationKeyExists(tx.db, grant.organizationId, true)))
        throw new DomainError('oidc.role_unknown', `No organization ${grant.organizationId}`);
    }
    const identity = await findUserOfIdentity(tx.db, issuer, subject);
    const iso = at.toISOString();
    let user: UserTable;
    if (identity) {
      if (identity.disabled === 1) fail('This account is disabled');
      user = identity;
      if (identity.role !== grant.role || identity.organization_id !== grant.organizationId) {
        // The provider is the authority on roles: a change there applies at the next sign-in.
        user = {
          ...identity,
          role: grant.role,
          organization_id: grant.organizationId,
          version: identity.version + 1,
          updated_at: iso,
        };
        await updateUser(tx.db, user.id, {
          role: user.role,
          organization_id: user.organization_id,
          version: user.version,
          updated_at: iso,
        });
        await audit(tx, 'update', 'user', user.id, presentUser(identity), presentUser(user), iso);
      }
      await touchIdentity(tx.db, issuer, subject, iso);
    } else {
      user = {
        id: newId(`sso-${randomUUID().slice(0, 8)}`),
        username: await freeUsername(tx, claims, subject),
        display_name: String(claims.name ?? claims.preferred_username ?? claims.email ?? subject),
        role: grant.role,
        organization_id: grant.organizationId,
        // No password: this account signs in only through its provider.
        password_hash: null,
        disabled: 0,
        // The provider's e-mail claim, when it gives one, is where notifications go.
        email: typeof claims.email === 'string' ? claims.email : null,
        locale: 'en',
        version: 1,
        created_at: iso,
        updated_at: iso,
      };
      await insertUser(tx.db, user);
      await insertIdentity(tx.db, {
        id: randomUUID(),
        issuer,
        subject,
        user_id: user.id,
        created_at: iso,
        last_login_at: iso,
      });
      await audit(tx, 'create', 'user', user.id, undefined, { ...presentUser(user), issuer, subject }, iso);
    }
    return openSession(tx, user, at, { via: 'oidc', issuer });
  });
}

/** A username for a new account: the provider's preferred one when free, else made unique. */
async function freeUsername(ctx: Ctx, claims: Record<string, unknown>, subject: string): Promise<string> {
  const wanted = String(claims.preferred_username ?? claims.email ?? `sso-${subject}`)
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._@-]+/g, '-')
    .slice(0, 60);
  for (let i = 0; i < 20; i++) {
    const name = i === 0 ? wanted : `${wanted}-${i + 1}`;
    if (!(await usernameTaken(ctx.db, name))) return name;
  }
  return `${wanted}-${randomUUID().slice(0, 8)}`;
}
