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

export async function findUserById(db: Kysely<DB>, id: string) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Active accounts a follow-up of this partner's meetings may be given to: staff, and its officials. */
export async function assignableUsers(db: Kysely<DB>, partnerId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role', 'organization_id'])
    .where('disabled', '=', 0)
    .where((eb) =>
      eb.or([
        eb('role', 'in', ['staff', 'admin']),
        eb.and([eb('role', '=', 'partner'), eb('organization_id', '=', partnerId)]),
      ]),
    )
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}
