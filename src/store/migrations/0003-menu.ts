import type { Dialect } from '../core/db.js';
import { type AnyDb, versioned } from './builders.js';

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
      .addColumn('status', 'text', (c) => c.notNull())
      // at most this many accepted nominations from one partner; null: no cap
      .addColumn('partner_cap', 'integer'),
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

  // An exercise is an iteration of an activity of type 'exercise'; its details sit beside it.
  // Part of its iteration: written with it, versioned by the iteration's version.
  await db.schema
    .createTable('exercise')
    .addColumn('iteration_id', 'text', (c) => c.primaryKey().notNull().references('iteration.id'))
    // JSON array of focus areas (command and control, civil emergency planning, …)
    .addColumn('focus', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('scenario', 'text')
    .execute();
  await db.schema
    .createTable('exercise_nation')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('iteration_id', 'text', (c) => c.notNull().references('exercise.iteration_id'))
    .addColumn('nation_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('government_decision_required', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON array of the units the nation declared
    .addColumn('units', 'text', (c) => c.notNull().defaultTo('[]'))
    .addUniqueConstraint('exercise_nation_once', ['iteration_id', 'nation_id'])
    .execute();
  await db.schema.createIndex('exercise_nation_nation').on('exercise_nation').column('nation_id').execute();

  await versioned(
    db.schema
      .createTable('allocation_round')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('provider_id', 'text', (c) => c.references('organization.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      // JSON array of the iteration ids the round decides over
      .addColumn('iteration_ids', 'text', (c) => c.notNull())
      .addColumn('partner_cap', 'integer')
      // what the nominations and iterations looked like when proposed; apply refuses if it moved
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('objective', 'integer', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.notNull())
      .addColumn('applied_by', 'text')
      .addColumn('applied_at', 'text'),
  ).execute();
  await db.schema
    .createTable('allocation_decision')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('round_id', 'text', (c) => c.notNull().references('allocation_round.id'))
    .addColumn('nomination_id', 'text', (c) => c.notNull().references('nomination.id'))
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('allocation_decision_round')
    .on('allocation_decision')
    .column('round_id')
    .execute();
}
