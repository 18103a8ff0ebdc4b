import type { Kysely } from 'kysely';
import type { DB, SessionTable } from '../core/schema.js';

/** Sessions: only the hash of a token is stored, as the id. */

export async function insertSession(db: Kysely<DB>, row: SessionTable): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

/** Ends the open session of a token hash. */
export async function revokeSession(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every open session of a user. */
export async function revokeSessionsOf(db: Kysely<DB>, userId: string, at: string): Promise<void> {
  await db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The session of a token hash with its user's row. */
export async function findSessionWithUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .selectAll('app_user')
    .select(['session.csrf_token', 'session.expires_at', 'session.revoked_at'])
    .where('session.id', '=', id)
    .executeTakeFirst();
}
