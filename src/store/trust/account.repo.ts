import type { Kysely } from 'kysely';
import type { DB, UserTable } from '../core/schema.js';

/** Accounts (app_user) and the per-name sign-in throttle. */

export async function findUserByName(db: Kysely<DB>, username: string) {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function usernameTaken(db: Kysely<DB>, username: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst(),
  );
}

export async function listUserRows(db: Kysely<DB>) {
  return db.selectFrom('app_user').selectAll().orderBy('username').execute();
}

export async function insertUser(db: Kysely<DB>, row: UserTable): Promise<void> {
  await db.insertInto('app_user').values(row).execute();
}

export async function updateUser(
  db: Kysely<DB>,
  id: string,
  values: Partial<Omit<UserTable, 'id' | 'username' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('app_user').set(values).where('id', '=', id).execute();
}

export async function findThrottle(db: Kysely<DB>, username: string) {
  return db.selectFrom('login_throttle').selectAll().where('username', '=', username).executeTakeFirst();
}

export interface ThrottleValues {
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

/** Writes the throttle of a name; `exists` says whether the row is there already (read just before). */
export async function saveThrottle(
  db: Kysely<DB>,
  username: string,
  values: ThrottleValues,
  exists: boolean,
) {
  if (exists) await db.updateTable('login_throttle').set(values).where('username', '=', username).execute();
  else
    await db
      .insertInto('login_throttle')
      .values({ username, ...values })
      .execute();
}

export async function clearThrottle(db: Kysely<DB>, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}

/** The names accounts show (signers on programme documents), by account id. */
export async function displayNamesOf(db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
