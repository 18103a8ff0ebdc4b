import type { Kysely } from 'kysely';
import type { CalendarTokenTable, DB } from '../core/schema.js';

/** Private calendar subscriptions: only the SHA-256 of each secret is kept. */

export async function insertCalendarToken(db: Kysely<DB>, row: CalendarTokenTable): Promise<void> {
  await db.insertInto('calendar_token').values(row).execute();
}

export async function calendarTokensOf(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('calendar_token')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Revokes one of the user's subscriptions; false when it is not theirs or is revoked already. */
export async function revokeCalendarToken(db: Kysely<DB>, id: string, userId: string, at: string) {
  const res = await db
    .updateTable('calendar_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** A live subscription with its account, by the secret's hash. */
export async function findCalendarTokenWithUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('calendar_token')
    .innerJoin('app_user', 'app_user.id', 'calendar_token.user_id')
    .select([
      'calendar_token.id',
      'calendar_token.revoked_at',
      'app_user.id as user_id',
      'app_user.role',
      'app_user.organization_id',
      'app_user.disabled',
    ])
    .where('calendar_token.id', '=', id)
    .executeTakeFirst();
}

export async function touchCalendarToken(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable('calendar_token').set({ last_used_at: at }).where('id', '=', id).execute();
}
