import type { Dialect } from '../core/db.js';
import { type AnyDb, versioned } from './builders.js';

/**
 * Individual programmes. The signed content (kind, period, objectives tree with chosen activities)
 * lives in immutable numbered versions; the programme row says which version is the working one,
 * which is jointly agreed, which is a pending amendment, and holds the sign-offs bound to a hash.
 */
export async function up(db: AnyDb, _dialect: Dialect): Promise<void> {
  await versioned(
    db.schema
      .createTable('programme')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('partner_id', 'text', (c) => c.notNull().references('organization.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('content_version', 'integer', (c) => c.notNull())
      .addColumn('agreed_version', 'integer')
      .addColumn('amendment_version', 'integer')
      // JSON {hash, version, by, at} or null; cleared by any edit of what they signed
      .addColumn('organization_signoff', 'text')
      .addColumn('partner_signoff', 'text')
      .addColumn('amendment_organization_signoff', 'text')
      .addColumn('amendment_partner_signoff', 'text')
      // no foreign key: a copy loads rows in id order, and a renewal may sort before its source
      .addColumn('renewed_from', 'text')
      .addColumn('marking', 'text', (c) => c.notNull().defaultTo('partners'))
      .addColumn('releasable_to', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('note', 'text'),
  ).execute();
  await db.schema
    .createIndex('programme_partner')
    .on('programme')
    .columns(['partner_id', 'kind', 'start_date'])
    .execute();

  await db.schema
    .createTable('programme_version')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programme.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    // 'draft' (an edit before agreement), 'amendment' (a change proposed to an agreed programme)
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('programme_version_number', ['programme_id', 'number'])
    .execute();

  await db.schema
    .createTable('programme_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programme.id'))
    .addColumn('iteration_id', 'text', (c) => c.notNull().references('iteration.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('programme_feedback_programme')
    .on('programme_feedback')
    .columns(['programme_id', 'iteration_id'])
    .execute();
}
