import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';
import type { OidcLoginTable, UserIdentityTable } from './trust.tables.js';

/** Single sign-on: sign-ins under way (state, nonce, PKCE verifier) and the identities of users. */

export async function insertOidcLogin(db: Kysely<DB>, row: OidcLoginTable): Promise<void> {
  await db.insertInto('oidc_login').values(row).execute();
}

export async function deleteExpiredOidcLogins(db: Kysely<DB>, at: string): Promise<void> {
  await db.deleteFrom('oidc_login').where('expires_at', '<', at).execute();
}

export async function findOidcLogin(db: Kysely<DB>, state: string) {
  return db.selectFrom('oidc_login').selectAll().where('state', '=', state).executeTakeFirst();
}

/** Removes a sign-in under way; true when this call removed it (a replay finds nothing). */
export async function takeOidcLogin(db: Kysely<DB>, state: string): Promise<boolean> {
  const taken = await db.deleteFrom('oidc_login').where('state', '=', state).executeTakeFirst();
  return Number(taken.numDeletedRows) === 1;
}

/** The user row of an identity (issuer + subject). */
export async function findUserOfIdentity(db: Kysely<DB>, issuer: string, subject: string) {
  return db
    .selectFrom('user_identity')
    .innerJoin('app_user', 'app_user.id', 'user_identity.user_id')
    .selectAll('app_user')
    .where('user_identity.issuer', '=', issuer)
    .where('user_identity.subject', '=', subject)
    .executeTakeFirst();
}

export async function touchIdentity(
  db: Kysely<DB>,
  issuer: string,
  subject: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('user_identity')
    .set({ last_login_at: at })
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .execute();
}

export async function insertIdentity(db: Kysely<DB>, row: UserIdentityTable): Promise<void> {
  await db.insertInto('user_identity').values(row).execute();
}
