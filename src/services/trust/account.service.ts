import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import { type Actor, PUBLIC_ACTOR, type Role } from '../../domain/trust/actor.js';
import { mayWriteOn } from '../../domain/trust/can.js';
import { capabilitiesOf } from '../../domain/trust/policy.js';
import type { Locale, SessionOut, UserCreate, UserOut } from '../../schemas/trust/account.schema.js';
import { audit } from '../../store/core/records.js';
import type { UserTable } from '../../store/core/schema.js';
import { organizationKeyExists } from '../../store/registry/organization.repo.js';
import {
  clearThrottle,
  findThrottle,
  findUserByName,
  insertKnownDevice,
  insertUser,
  listUserRows,
  saveThrottle,
  touchKnownDevice,
  updateUser,
  usernameTaken,
} from '../../store/trust/account.repo.js';
import {
  findSessionWithUser,
  insertSession,
  revokeSession,
  revokeSessionsOf,
} from '../../store/trust/session.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';

export const SESSION_HOURS = 12;
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
/** how long a browser stays known without signing in (its cookie lives as long) */
export const DEVICE_DAYS = 180;
// Verified against when the user is unknown, so that both answers take as long.
const DUMMY_HASH = await hash('concord-dummy-password');

/**
 * A user as `reader` sees it; by default as the user sees itself (the session answer). Accounts are
 * disabled, never deleted.
 */
export function presentUser(u: UserTable, reader: Actor = actorOfUser(u)): UserOut {
  return {
    can: { update: mayWriteOn(reader, 'user'), delete: false },
    id: u.id,
    username: u.username,
    display_name: u.display_name,
    role: u.role as Role,
    organization_id: u.organization_id,
    disabled: u.disabled === 1,
    locale: (u.locale ?? 'en') as Locale,
  };
}

export function actorOfUser(u: Pick<UserTable, 'id' | 'role' | 'organization_id'>): Actor {
  return {
    id: u.id,
    role: u.role as Role,
    ...(u.organization_id ? { organizationId: u.organization_id } : {}),
  };
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
export const generatePassword = () => randomBytes(12).toString('base64url');

export async function createUser(ctx: Ctx, input: UserCreate): Promise<{ user: UserOut; password: string }> {
  assertCanWrite(ctx.actor, 'user');
  if ((input.role === 'partner' || input.role === 'provider') && !input.organization_id) {
    throw DomainError.field(
      'request.invalid',
      'organization_id',
      `a ${input.role} speaks for an organization`,
    );
  }
  const password = input.password ?? generatePassword();
  return inTransaction(ctx, async (tx) => {
    if (input.organization_id) {
      if (!(await organizationKeyExists(tx.db, input.organization_id, false)))
        throw DomainError.field(
          'record.reference_missing',
          'organization_id',
          `no organization ${input.organization_id}`,
        );
    }
    if (await usernameTaken(tx.db, input.username))
      throw DomainError.field('record.exists', 'username', `${input.username} is taken`);
    const at = now();
    const row: UserTable = {
      id: newId(input.username),
      username: input.username,
      display_name: input.display_name ?? input.username,
      role: input.role,
      organization_id: input.organization_id?.toLowerCase() ?? null,
      password_hash: await hash(password),
      disabled: 0,
      email: input.email ?? null,
      locale: input.locale ?? 'en',
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await insertUser(tx.db, row);
    const user = presentUser(row, ctx.actor);
    await audit(tx, 'create', 'user', user.id, undefined, user, at);
    return { user, password };
  });
}

async function findUser(ctx: Ctx, username: string) {
  return findUserByName(ctx.db, username.trim().toLowerCase());
}

async function requireUser(ctx: Ctx, username: string) {
  const user = await findUser(ctx, username);
  if (!user) throw DomainError.field('record.not_found', 'username', `no user ${username}`);
  return user;
}

export async function listUsers(ctx: Ctx): Promise<UserOut[]> {
  assertCanWrite(ctx.actor, 'user');
  return (await listUserRows(ctx.db)).map((u) => presentUser(u, ctx.actor));
}

export async function setDisabled(ctx: Ctx, username: string, disabled: boolean): Promise<UserOut> {
  assertCanWrite(ctx.actor, 'user');
  return inTransaction(ctx, async (tx) => {
    const user = await requireUser(tx, username);
    const at = now();
    await updateUser(tx.db, user.id, {
      disabled: disabled ? 1 : 0,
      version: user.version + 1,
      updated_at: at,
    });
    if (disabled) await revokeSessionsOf(tx.db, user.id, at);
    const after = presentUser({ ...user, disabled: disabled ? 1 : 0 }, ctx.actor);
    await audit(tx, 'update', 'user', user.id, presentUser(user, ctx.actor), after, at);
    return after;
  });
}

/** A new password (given or generated); every open session of the user ends. */
export async function resetPassword(ctx: Ctx, username: string, password?: string): Promise<string> {
  assertCanWrite(ctx.actor, 'user');
  const next = password ?? generatePassword();
  await inTransaction(ctx, async (tx) => {
    const user = await requireUser(tx, username);
    const at = now();
    await updateUser(tx.db, user.id, {
      password_hash: await hash(next),
      version: user.version + 1,
      updated_at: at,
    });
    await revokeSessionsOf(tx.db, user.id, at);
    await clearThrottle(tx.db, user.username);
    await audit(tx, 'update', 'user', user.id, { password: 'changed' }, { password: 'changed' }, at);
  });
  return next;
}

async function noteFailure(ctx: Ctx, name: string, key: string, at: Date) {
  // Audited as the public: the name typed is kept (for staff reading the trail), never the password.
  // Aggregated: one entry opens a series of failures for a name, one more closes it when the name is
  // locked (with the count), so a guessing run cannot add a row per attempt.
  await inTransaction({ ...ctx, actor: PUBLIC_ACTOR }, async (tx) => {
    const { failures, locked_until } = await countFailure(tx, key, at);
    if (failures === 1 || locked_until) {
      const after = {
        username: name,
        ...(key !== name ? { known_device: true } : {}),
        ...(locked_until ? { failures: MAX_FAILURES, locked_until } : {}),
      };
      await audit(tx, 'sign_in_failed', 'session', name, undefined, after, at.toISOString());
    }
  });
}

async function countFailure(ctx: Ctx, key: string, at: Date) {
  const row = await findThrottle(ctx.db, key);
  const failures = (row?.failures ?? 0) + 1;
  const locked_until =
    failures >= MAX_FAILURES ? new Date(at.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
  const values = { failures: locked_until ? 0 : failures, locked_until, updated_at: at.toISOString() };
  await saveThrottle(ctx.db, key, values, Boolean(row));
  return { failures, locked_until };
}

export interface OpenedSession extends SessionOut {
  token: string;
}

export interface SignedIn extends OpenedSession {
  /** the device token to keep in the browser: a new one at a first sign-in from it, else the same */
  device: string;
}

/**
 * Signs in: the same answer for an unknown user and a wrong password; after five failures the
 * attempts are locked for fifteen minutes, whether or not the user exists. The lock an outsider can
 * cause is the lock of unknown browsers: a browser that has signed in to the account before (its
 * device token) counts its failures apart, so the account's owner is not locked out by a stranger
 * guessing. A new session each time.
 */
export async function signIn(
  ctx: Ctx,
  username: string,
  password: string,
  deviceToken?: string | undefined,
): Promise<SignedIn> {
  const name = username.trim().toLowerCase();
  const at = new Date();
  const deviceId = deviceToken ? sha256(deviceToken) : null;
  const known = deviceId ? await touchKnownDevice(ctx.db, deviceId, name, at.toISOString()) : false;
  // a name typed to look like this key would need the hash of a token only the browser holds
  const key = known ? `${name} device:${(deviceId as string).slice(0, 16)}` : name;
  const throttle = await findThrottle(ctx.db, key);
  if (throttle?.locked_until && throttle.locked_until > at.toISOString()) {
    const seconds = Math.ceil((Date.parse(throttle.locked_until) - at.getTime()) / 1000);
    throw new DomainError('auth.locked', `Try again in ${seconds} seconds`, [
      { field: 'retry_after', reason: String(seconds) },
    ]);
  }
  const user = await findUser(ctx, name);
  const ok = await verify(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabled === 1 || !user.password_hash) {
    await noteFailure(ctx, name, key, at);
    throw new DomainError('auth.failed');
  }
  return inTransaction(ctx, async (tx) => {
    await clearThrottle(tx.db, key);
    const device = known ? (deviceToken as string) : randomBytes(32).toString('base64url');
    const stale = new Date(at.getTime() - DEVICE_DAYS * 86_400_000).toISOString();
    if (!known) await insertKnownDevice(tx.db, sha256(device), name, at.toISOString(), stale);
    return { ...(await openSession(tx, user, at, {})), device };
  });
}

/**
 * A new session for a user who has proved who they are (by password or through single sign-on),
 * written and audited in the caller's transaction. Only the token's hash is stored.
 */
export async function openSession(
  tx: Ctx,
  user: UserTable,
  at: Date,
  detail: Record<string, unknown>,
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(at.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await insertSession(tx.db, {
    id: sha256(token),
    user_id: user.id,
    csrf_token: csrf,
    created_at: at.toISOString(),
    expires_at: expires,
    revoked_at: null,
  });
  await audit(
    { ...tx, actor: { id: user.id, role: user.role as Role } },
    'create',
    'session',
    user.id,
    undefined,
    { signed_in: user.username, ...detail },
    at.toISOString(),
  );
  return { token, ...presentSession(presentUser(user), csrf, expires) };
}

/** The session answer: the user, the CSRF token to send back, and what the user may do. */
export function presentSession(user: UserOut, csrf: string, expiresAt: string): SessionOut {
  const actor = { id: user.id, role: user.role, organizationId: user.organization_id ?? undefined };
  return { user, csrf_token: csrf, expires_at: expiresAt, capabilities: capabilitiesOf(actor) };
}

export async function signOut(ctx: Ctx, token: string): Promise<void> {
  await revokeSession(ctx.db, sha256(token), now());
}

export interface SessionActor {
  actor: Actor;
  user: UserOut;
  csrf: string;
  expires_at: string;
}

/** The signed-in user of a session token, or null when the session is unknown, revoked or expired. */
export async function sessionActor(ctx: Ctx, token: string): Promise<SessionActor | null> {
  const row = await findSessionWithUser(ctx.db, sha256(token));
  if (!row || row.revoked_at || row.expires_at <= now() || row.disabled === 1) return null;
  const user = presentUser(row);
  return {
    actor: {
      id: user.id,
      role: user.role,
      ...(user.organization_id ? { organizationId: user.organization_id } : {}),
    },
    user,
    csrf: row.csrf_token,
    expires_at: row.expires_at,
  };
}
