import type { Dialect } from '../core/db.js';
import { trackChanges } from './0012-read-paths.js';
import type { AnyDb } from './builders.js';

/**
 * Credentials that are not passwords: the browsers that have signed in to an account (a lockout an
 * outsider causes does not stop them), and the secret addresses a calendar application subscribes
 * to. Only SHA-256 hashes of the tokens are kept, so a stolen database yields neither.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('login_device')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_device_username').on('login_device').column('username').execute();

  await db.schema
    .createTable('calendar_token')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_token_user').on('calendar_token').column('user_id').execute();
  // every table has a change counter (the ETags rest on them)
  await trackChanges(db, dialect, 'login_device');
  await trackChanges(db, dialect, 'calendar_token');
}
