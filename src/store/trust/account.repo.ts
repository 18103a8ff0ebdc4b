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

/** Whether a device token (its hash) has signed in to this name before; touches it when it has. */
export async function touchKnownDevice(
  db: Kysely<DB>,
  id: string,
  username: string,
  at: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('login_device')
    .select('id')
    .where('id', '=', id)
    .where('username', '=', username)
    .executeTakeFirst();
  if (row) await db.updateTable('login_device').set({ last_used_at: at }).where('id', '=', id).execute();
  return Boolean(row);
}

/** Remembers a browser for a name, forgetting that name's browsers unused since `staleBefore`. */
export async function insertKnownDevice(
  db: Kysely<DB>,
  id: string,
  username: string,
  at: string,
  staleBefore: string,
) {
  await db
    .deleteFrom('login_device')
    .where('username', '=', username)
    .where('last_used_at', '<', staleBefore)
    .execute();
  await db.insertInto('login_device').values({ id, username, created_at: at, last_used_at: at }).execute();
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
