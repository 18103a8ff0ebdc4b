import type { Dialect } from '../core/db.js';
import { type AnyDb, autoId, period, versioned } from './builders.js';

async function nameTable(db: AnyDb, dialect: Dialect, table: string, owner: string) {
  await db.schema
    .createTable(table)
    .addColumn('id', 'integer', autoId(dialect))
    .addColumn('owner_id', 'text', (c) => c.notNull().references(`${owner}.id`).onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('start_lo', 'text')
    .addColumn('end_date', 'text')
    .addColumn('end_hi', 'text')
    .execute();
  await db.schema.createIndex(`${table}_owner`).on(table).columns(['owner_id', 'position']).execute();
}

export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await versioned(
    db.schema
      .createTable('organization')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('iso2', 'text', (c) => c.unique())
      .addColumn('parent_id', 'text', (c) => c.references('organization.id'))
      .addColumn('founding_date', 'text')
      .addColumn('dissolution_date', 'text')
      .addColumn('search', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('organization_kind').on('organization').column('kind').execute();
  await db.schema.createIndex('organization_parent').on('organization').column('parent_id').execute();
  await nameTable(db, dialect, 'organization_name', 'organization');

  await versioned(
    period(
      db.schema
        .createTable('membership')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('member_id', 'text', (c) => c.notNull().references('organization.id'))
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id'))
        .addColumn('role', 'text')
        .addColumn('end_reason', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text'),
    ),
  ).execute();
  await db.schema
    .createIndex('membership_member')
    .on('membership')
    .columns(['member_id', 'start_lo'])
    .execute();
  await db.schema
    .createIndex('membership_org')
    .on('membership')
    .columns(['organization_id', 'start_lo'])
    .execute();

  await versioned(
    db.schema
      .createTable('person')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('gender', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('nationality', 'text')
      .addColumn('summary', 'text')
      .addColumn('search', 'text', (c) => c.notNull()),
  ).execute();
  await nameTable(db, dialect, 'person_name', 'person');

  await versioned(
    db.schema
      .createTable('post')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('labels', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('single_holder', 'integer', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('search', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('post_org').on('post').column('organization_id').execute();

  await versioned(
    period(
      db.schema
        .createTable('post_holding')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('post_id', 'text', (c) => c.notNull().references('post.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('acting', 'integer', (c) => c.notNull())
        .addColumn('note', 'text'),
    ),
  ).execute();
  await db.schema.createIndex('holding_post').on('post_holding').columns(['post_id', 'start_lo']).execute();
  await db.schema
    .createIndex('holding_person')
    .on('post_holding')
    .columns(['person_id', 'start_lo'])
    .execute();

  await versioned(
    db.schema
      .createTable('source')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text')
      .addColumn('url', 'text')
      .addColumn('publication_date', 'text')
      .addColumn('excerpt', 'text')
      .addColumn('language', 'text'),
  ).execute();

  await versioned(
    db.schema
      .createTable('claim')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
      .addColumn('followed', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('confidence', 'text', (c) => c.notNull())
      .addColumn('excerpt', 'text'),
  ).execute();
  await db.schema
    .createIndex('claim_subject')
    .on('claim')
    .columns(['subject_type', 'subject_id', 'field'])
    .execute();
  await db.schema.createIndex('claim_source').on('claim').column('source_id').execute();

  await versioned(
    db.schema
      .createTable('area')
      .addColumn('code', 'text', (c) => c.primaryKey().notNull())
      .addColumn('names', 'text', (c) => c.notNull())
      .addColumn('description', 'text'),
  ).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', autoId(dialect))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
}
