import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from '../db.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe tables that the typed schema does not know yet
type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: see above
type Table = CreateTableBuilder<any, any>;

function versioned(t: Table): Table {
  return t
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/** The cooperation menu: activities offered by providers, their iterations, and nominations to them. */
export async function up(db: AnyDb, _dialect: Dialect): Promise<void> {
  await versioned(
    db.schema
      .createTable('activity')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      // the provider-prefixed key users know it by, like ACT.396
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('provider_id', 'text', (c) => c.notNull().references('organization.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('area_code', 'text', (c) => c.references('area.code'))
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('eligibility', 'text', (c) => c.notNull())
      .addColumn('eligibility_framework_id', 'text', (c) => c.references('organization.id'))
      .addColumn('eligible_partners', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('clearance', 'text')
      .addColumn('fee', 'text')
      .addColumn('contact', 'text')
      .addColumn('marking', 'text', (c) => c.notNull().defaultTo('public'))
      .addColumn('releasable_to', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('search', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('activity_provider').on('activity').column('provider_id').execute();
  await db.schema.createIndex('activity_area').on('activity').columns(['area_code', 'event_type']).execute();

  await versioned(
    db.schema
      .createTable('iteration')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('city', 'text')
      .addColumn('country_id', 'text', (c) => c.references('organization.id'))
      .addColumn('venue', 'text')
      .addColumn('seats', 'integer', (c) => c.notNull())
      .addColumn('deadline', 'text')
      .addColumn('status', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('iteration_activity').on('iteration').column('activity_id').execute();
  await db.schema.createIndex('iteration_start').on('iteration').column('start_date').execute();

  await versioned(
    db.schema
      .createTable('nomination')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('iteration_id', 'text', (c) => c.notNull().references('iteration.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
      .addColumn('partner_id', 'text', (c) => c.notNull().references('organization.id'))
      .addColumn('priority', 'integer', (c) => c.notNull())
      .addColumn('rank', 'integer', (c) => c.notNull().defaultTo(1))
      // iCalendar PARTSTAT (NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE) plus WAITLISTED and ATTENDED
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('round_id', 'text')
      .addColumn('note', 'text')
      .addUniqueConstraint('nomination_person_once', ['iteration_id', 'person_id']),
  ).execute();
  await db.schema
    .createIndex('nomination_iteration')
    .on('nomination')
    .columns(['iteration_id', 'status'])
    .execute();
  await db.schema.createIndex('nomination_partner').on('nomination').column('partner_id').execute();
  await db.schema.createIndex('nomination_person').on('nomination').column('person_id').execute();
}
