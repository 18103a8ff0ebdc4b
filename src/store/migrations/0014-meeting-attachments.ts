import type { Dialect } from '../core/db.js';
import { trackChanges } from './0012-read-paths.js';
import { type AnyDb, versioned } from './builders.js';

/**
 * Files attached to a meeting (the minutes, a signed record): the bytes live outside the database,
 * content-addressed by their SHA-256 under the attachments directory; the row says what the file is,
 * which meeting it belongs to and who may read it. Its marking starts as the meeting's and may be set
 * stricter; a reader needs both the meeting's and the file's.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await versioned(
    db.schema
      .createTable('meeting_attachment')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('marking', 'text', (c) => c.notNull())
      .addColumn('releasable_to', 'text', (c) => c.notNull().defaultTo('[]')),
  ).execute();
  await db.schema
    .createIndex('meeting_attachment_meeting')
    .on('meeting_attachment')
    .column('meeting_id')
    .execute();
  // Conditional GETs know the table changed (migration 0012's counters).
  await trackChanges(db, dialect, 'meeting_attachment');
}
