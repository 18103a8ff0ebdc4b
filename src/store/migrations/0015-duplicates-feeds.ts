import { reportHash } from '../../domain/dialogue/duplicates.js';
import type { Dialect } from '../core/db.js';
import { trackChanges } from './0012-read-paths.js';
import { type AnyDb, versioned } from './builders.js';

/**
 * Duplicates caught and news feeds watched (issues 13 and 15):
 *
 * - `source.text_hash`: the fingerprint of a report's normalised text, so that the same report pasted
 *   or polled again is found as the source it already is (indexed: one lookup per report).
 * - `feed`: the news feeds the press desk watches, with what a conditional GET needs (ETag,
 *   Last-Modified) and the backoff after failures.
 * - `feed_item`: every item a feed has offered, so that a poll turns only new ones into drafts.
 * - `press_draft`: the press desk's inbox: a meeting read from one or more outlets' reports, waiting
 *   for a desk officer to confirm or dismiss it.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('source').addColumn('text_hash', 'text').execute();
  await db.schema.createIndex('source_text_hash').on('source').column('text_hash').execute();
  const sources = await db
    .selectFrom('source')
    .select(['id', 'excerpt'])
    .where('excerpt', 'is not', null)
    .execute();
  for (const s of sources as { id: string; excerpt: string }[]) {
    await db
      .updateTable('source')
      .set({ text_hash: reportHash(s.excerpt) })
      .where('id', '=', s.id)
      .execute();
  }

  await versioned(
    db.schema
      .createTable('feed')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('url', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text')
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('polled_at', 'text')
      .addColumn('next_poll_at', 'text')
      .addColumn('last_status', 'text')
      .addColumn('last_error', 'text')
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('items', 'integer', (c) => c.notNull()),
  ).execute();

  await db.schema
    .createTable('feed_item')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('feed_id', 'text', (c) => c.notNull().references('feed.id').onDelete('cascade'))
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('draft_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('feed_item_guid', ['feed_id', 'guid'])
    .execute();

  await versioned(
    db.schema
      .createTable('press_draft')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('meeting', 'text', (c) => c.notNull())
      .addColumn('sources', 'text', (c) => c.notNull())
      .addColumn('meeting_id', 'text'),
  ).execute();
  await db.schema
    .createIndex('press_draft_day')
    .on('press_draft')
    .columns(['status', 'start_date'])
    .execute();

  for (const table of ['feed', 'feed_item', 'press_draft']) await trackChanges(db, dialect, table);
}
