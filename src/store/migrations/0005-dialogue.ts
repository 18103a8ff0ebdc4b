import type { Dialect } from '../core/db.js';
import { type AnyDb, autoId, versioned } from './builders.js';

/** The tables of dialogue records. */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await versioned(
    db.schema
      .createTable('person_candidate')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('names', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('person.id'))
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('search', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('person_candidate_key').on('person_candidate').column('name_key').execute();

  await versioned(
    db.schema
      .createTable('meeting')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('partner_id', 'text', (c) => c.notNull().references('organization.id'))
      .addColumn('channel', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('start_lo', 'text', (c) => c.notNull())
      .addColumn('start_hi', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('end_lo', 'text')
      .addColumn('end_hi', 'text')
      .addColumn('city', 'text')
      .addColumn('country_id', 'text', (c) => c.references('organization.id'))
      .addColumn('venue', 'text')
      .addColumn('host_org_id', 'text', (c) => c.references('organization.id'))
      .addColumn('visitor_org_id', 'text', (c) => c.references('organization.id'))
      .addColumn('plover_event', 'text', (c) => c.notNull())
      .addColumn('plover_mode', 'text')
      .addColumn('cameo_code', 'text', (c) => c.notNull())
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('areas', 'text', (c) => c.notNull())
      .addColumn('outcomes', 'text', (c) => c.notNull())
      .addColumn('objective_ids', 'text', (c) => c.notNull())
      .addColumn('marking', 'text', (c) => c.notNull())
      .addColumn('releasable_to', 'text', (c) => c.notNull())
      .addColumn('illustrative', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('search', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('meeting_partner').on('meeting').columns(['partner_id', 'start_lo']).execute();
  await db.schema.createIndex('meeting_channel').on('meeting').columns(['channel', 'start_lo']).execute();

  await db.schema
    .createTable('meeting_participant')
    .addColumn('id', 'integer', autoId(dialect))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('candidate_id', 'text', (c) => c.references('person_candidate.id'))
    .addColumn('name', 'text')
    .addColumn('side', 'text')
    .addColumn('post_id', 'text', (c) => c.references('post.id'))
    .addColumn('role', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_participant_meeting')
    .on('meeting_participant')
    .columns(['meeting_id', 'position'])
    .execute();
  await db.schema
    .createIndex('meeting_participant_person')
    .on('meeting_participant')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('meeting_source')
    .addColumn('id', 'integer', autoId(dialect))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_source_meeting')
    .on('meeting_source')
    .columns(['meeting_id', 'position'])
    .execute();
  await db.schema.createIndex('meeting_source_source').on('meeting_source').column('source_id').execute();

  await versioned(
    db.schema
      .createTable('follow_up')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('owner', 'text')
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('note', 'text'),
  ).execute();
  await db.schema.createIndex('follow_up_meeting').on('follow_up').column('meeting_id').execute();
  await db.schema.createIndex('follow_up_due').on('follow_up').columns(['status', 'due_date']).execute();
}
