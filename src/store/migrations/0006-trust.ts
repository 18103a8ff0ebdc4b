import type { Dialect } from '../core/db.js';
import type { AnyDb } from './builders.js';

/** Registry records whose DELETE only hides them until restored or purged under four eyes. */
export const SOFT_DELETED_TABLES = ['organization', 'person', 'post', 'source'] as const;

/**
 * Trust: soft delete of registry records, destructive actions that wait for a second administrator,
 * and single sign-on (the identity a provider vouches for, and the sign-ins under way — kept in the
 * database because instances keep no state of their own).
 */
export async function up(db: AnyDb, _dialect: Dialect): Promise<void> {
  for (const table of SOFT_DELETED_TABLES) {
    await db.schema.alterTable(table).addColumn('deleted_at', 'text').execute();
    await db.schema.alterTable(table).addColumn('deleted_by', 'text').execute();
  }

  await db.schema
    .createTable('pending_action')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    // pending | done | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('pending_action_target')
    .on('pending_action')
    .columns(['entity', 'entity_id', 'status'])
    .execute();

  await db.schema
    .createTable('user_identity')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('user_identity_issuer_subject', ['issuer', 'subject'])
    .execute();

  await db.schema
    .createTable('oidc_login')
    .addColumn('state', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}
