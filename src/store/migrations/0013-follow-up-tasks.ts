import type { Dialect } from '../core/db.js';
import { trackChanges } from './0012-read-paths.js';
import type { AnyDb } from './builders.js';

/**
 * Follow-ups become tasks that belong to someone, who is told by e-mail (issue 13):
 * - accounts get an e-mail address and a language (`locale`, English unless set), in which the mail
 *   they receive is written;
 * - a follow-up gets an assignee, an account (the free-text `owner` stays for what was written before);
 * - `mail_outbox` holds every message to send, written in the same transaction as the change that
 *   causes it, so that a crash never loses a notification nor sends one for a change rolled back. The
 *   sender claims a row by moving its `next_attempt_at` (a lease), so two instances never send it
 *   twice in the same lease, and a row a crashed sender held is retried when the lease runs out.
 *   `dedupe_key` is unique: the reminder of a due date is written once however often the scan runs.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('email', 'text').execute();
  await db.schema
    .alterTable('app_user')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
  await db.schema
    .alterTable('follow_up')
    .addColumn('assignee_id', 'text', (c) => c.references('app_user.id'))
    .execute();
  await db.schema
    .createIndex('follow_up_assignee')
    .on('follow_up')
    .columns(['assignee_id', 'status', 'due_date'])
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await trackChanges(db, dialect, 'mail_outbox');
}
