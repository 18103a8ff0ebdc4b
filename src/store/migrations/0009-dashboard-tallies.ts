import { type CreateTableBuilder, sql } from 'kysely';
import type { Dialect } from '../core/db.js';
import type { AnyDb } from './builders.js';

/**
 * Counters the dashboards read instead of scanning a million nominations and every meeting:
 * `nomination_tally` per (iteration year, area, provider, nominating partner), `iteration_tally` per
 * (year, area, provider, activity: activities are counted distinct over several years) and
 * `meeting_tally` per (meeting year, partner, kind, status). Database triggers keep them exact, because bulk loaders
 * (demo generation, bulk import, restore and `db copy`) write past the services. They are derived,
 * so backup and copy leave them out: restoring the rows runs the triggers, which rebuild them.
 * Rows whose counts fall to zero stay; readers skip them.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  // SQLite keeps the rows in key order, so a range of years is read in one sweep.
  const clustered = (t: CreateTableBuilder<string, never>) =>
    dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t;
  await db.schema
    .createTable('nomination_tally')
    .addColumn('year', 'text', (c) => c.notNull())
    // '' for an activity without area: a key column must not be null for the upsert to find its row
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('nominations', 'integer', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nomination_tally_pk', ['year', 'area_code', 'provider_id', 'partner_id'])
    .$call(clustered)
    .execute();
  await db.schema
    .createIndex('nomination_tally_partner')
    .on('nomination_tally')
    .columns(['partner_id', 'year'])
    .execute();
  await db.schema
    .createTable('iteration_tally')
    .addColumn('year', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('iterations', 'integer', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('iteration_tally_pk', ['year', 'area_code', 'provider_id', 'activity_id'])
    .$call(clustered)
    .execute();
  await db.schema
    .createTable('meeting_tally')
    .addColumn('year', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('meetings', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_tally_pk', ['year', 'partner_id', 'kind', 'status'])
    .$call(clustered)
    .execute();

  await sql.raw(NOMINATION_BACKFILL).execute(db);
  await sql.raw(ITERATION_BACKFILL).execute(db);
  await sql.raw(MEETING_BACKFILL).execute(db);
  for (const statement of tallyTriggers(dialect)) await sql.raw(statement).execute(db);
}

/** The statements that create the triggers (again: PostgreSQL's functions are replaced). */
export function tallyTriggers(dialect: Dialect): string[] {
  return dialect === 'sqlite' ? sqliteTriggers() : postgresTriggers();
}

/** The triggers and their tables, so that a bulk load may drop them and refill the tallies after. */
export const TALLY_TRIGGERS: readonly (readonly [name: string, table: string])[] = [
  ['nomination_tally_insert', 'nomination'],
  ['nomination_tally_delete', 'nomination'],
  ['nomination_tally_update', 'nomination'],
  ['nomination_tally_iteration', 'iteration'],
  ['nomination_tally_activity', 'activity'],
  ['iteration_tally_insert', 'iteration'],
  ['iteration_tally_delete', 'iteration'],
  ['iteration_tally_update', 'iteration'],
  ['meeting_tally_insert', 'meeting'],
  ['meeting_tally_delete', 'meeting'],
  ['meeting_tally_update', 'meeting'],
];

/** Recounts every tally from its rows: what the triggers would have written, in three statements. */
export function tallyRefill(): string[] {
  return [
    'delete from nomination_tally',
    'delete from iteration_tally',
    'delete from meeting_tally',
    NOMINATION_BACKFILL,
    ITERATION_BACKFILL,
    MEETING_BACKFILL,
  ];
}

const ACCEPTED = (status: string) => `case when ${status} in ('ACCEPTED', 'ATTENDED') then 1 else 0 end`;
const ATTENDED = (status: string) => `case when ${status} = 'ATTENDED' then 1 else 0 end`;

const NOMINATION_UPSERT = `insert into nomination_tally (year, area_code, provider_id, partner_id, nominations, accepted, attended)`;
const NOMINATION_ON_CONFLICT = `on conflict (year, area_code, provider_id, partner_id) do update set
  nominations = nomination_tally.nominations + excluded.nominations,
  accepted = nomination_tally.accepted + excluded.accepted,
  attended = nomination_tally.attended + excluded.attended`;

const NOMINATION_BACKFILL = `${NOMINATION_UPSERT}
  select substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, n.partner_id,
    count(*), sum(${ACCEPTED('n.status')}), sum(${ATTENDED('n.status')})
  from nomination n join iteration i on i.id = n.iteration_id join activity a on a.id = i.activity_id
  where true
  group by substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, n.partner_id
  ${NOMINATION_ON_CONFLICT}`;

const HELD = (status: string) => `case when ${status} = 'held' then 1 else 0 end`;
const ITERATION_UPSERT =
  'insert into iteration_tally (year, area_code, provider_id, activity_id, iterations, held)';
const ITERATION_ON_CONFLICT = `on conflict (year, area_code, provider_id, activity_id) do update set
  iterations = iteration_tally.iterations + excluded.iterations,
  held = iteration_tally.held + excluded.held`;

const ITERATION_BACKFILL = `${ITERATION_UPSERT}
  select substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, a.id, count(*), sum(${HELD('i.status')})
  from iteration i join activity a on a.id = i.activity_id
  where true
  group by substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, a.id
  ${ITERATION_ON_CONFLICT}`;

const MEETING_UPSERT = 'insert into meeting_tally (year, partner_id, kind, status, meetings)';
const MEETING_ON_CONFLICT =
  'on conflict (year, partner_id, kind, status) do update set meetings = meeting_tally.meetings + excluded.meetings';

const MEETING_BACKFILL = `${MEETING_UPSERT}
  select substr(start_date, 1, 4), partner_id, kind, status, count(*) from meeting where true
  group by substr(start_date, 1, 4), partner_id, kind, status
  ${MEETING_ON_CONFLICT}`;

// The statements below run inside triggers of both databases: `new` and `old` are the row.

/** Adds (sign 1) or removes (-1) one nomination row's counts. */
const nominationDelta = (row: 'new' | 'old', sign: 1 | -1) => `${NOMINATION_UPSERT}
  select substr(i.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, ${row}.partner_id,
    ${sign}, ${sign} * ${ACCEPTED(`${row}.status`)}, ${sign} * ${ATTENDED(`${row}.status`)}
  from iteration i join activity a on a.id = i.activity_id where i.id = ${row}.iteration_id
  ${NOMINATION_ON_CONFLICT};`;

/** Moves an iteration's nominations to or from the key its (old or new) year and activity give. */
const iterationDelta = (row: 'new' | 'old', sign: 1 | -1) => `${NOMINATION_UPSERT}
  select substr(${row}.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, n.partner_id,
    ${sign} * count(*), ${sign} * sum(${ACCEPTED('n.status')}), ${sign} * sum(${ATTENDED('n.status')})
  from nomination n join activity a on a.id = ${row}.activity_id where n.iteration_id = new.id
  group by a.area_code, a.provider_id, n.partner_id
  ${NOMINATION_ON_CONFLICT};`;

/** Moves an activity's nominations to or from the key its (old or new) area and provider give. */
const activityDelta = (row: 'new' | 'old', sign: 1 | -1) => `${NOMINATION_UPSERT}
  select substr(i.start_date, 1, 4), coalesce(${row}.area_code, ''), ${row}.provider_id, n.partner_id,
    ${sign} * count(*), ${sign} * sum(${ACCEPTED('n.status')}), ${sign} * sum(${ATTENDED('n.status')})
  from iteration i join nomination n on n.iteration_id = i.id where i.activity_id = new.id
  group by substr(i.start_date, 1, 4), n.partner_id
  ${NOMINATION_ON_CONFLICT};`;

/** Adds or removes one iteration row. */
const iterationRowDelta = (row: 'new' | 'old', sign: 1 | -1) => `${ITERATION_UPSERT}
  select substr(${row}.start_date, 1, 4), coalesce(a.area_code, ''), a.provider_id, a.id, ${sign}, ${sign} * ${HELD(`${row}.status`)}
  from activity a where a.id = ${row}.activity_id
  ${ITERATION_ON_CONFLICT};`;

/** Moves an activity's iterations to or from the key its (old or new) area and provider give. */
const activityIterationsDelta = (row: 'new' | 'old', sign: 1 | -1) => `${ITERATION_UPSERT}
  select substr(i.start_date, 1, 4), coalesce(${row}.area_code, ''), ${row}.provider_id, new.id,
    ${sign} * count(*), ${sign} * sum(${HELD('i.status')})
  from iteration i where i.activity_id = new.id
  group by substr(i.start_date, 1, 4)
  ${ITERATION_ON_CONFLICT};`;

const meetingDelta = (row: 'new' | 'old', sign: 1 | -1) => `${MEETING_UPSERT}
  select substr(${row}.start_date, 1, 4), ${row}.partner_id, ${row}.kind, ${row}.status, ${sign}
  where true
  ${MEETING_ON_CONFLICT};`;

const NOMINATION_CHANGED =
  'old.iteration_id <> new.iteration_id or old.partner_id <> new.partner_id or old.status <> new.status';
const ITERATION_CHANGED =
  'substr(old.start_date, 1, 4) <> substr(new.start_date, 1, 4) or old.activity_id <> new.activity_id';
const ITERATION_ROW_CHANGED = `${ITERATION_CHANGED} or old.status <> new.status`;
const ACTIVITY_CHANGED =
  "coalesce(old.area_code, '') <> coalesce(new.area_code, '') or old.provider_id <> new.provider_id";
const MEETING_CHANGED =
  'substr(old.start_date, 1, 4) <> substr(new.start_date, 1, 4) or old.partner_id <> new.partner_id or old.kind <> new.kind or old.status <> new.status';

function sqliteTriggers(): string[] {
  const trigger = (name: string, event: string, table: string, when: string | null, body: string[]) =>
    `create trigger ${name} after ${event} on ${table} for each row ${when ? `when ${when}` : ''} begin
${body.join('\n')}
end`;
  return [
    trigger('nomination_tally_insert', 'insert', 'nomination', null, [nominationDelta('new', 1)]),
    trigger('nomination_tally_delete', 'delete', 'nomination', null, [nominationDelta('old', -1)]),
    trigger(
      'nomination_tally_update',
      'update of iteration_id, partner_id, status',
      'nomination',
      NOMINATION_CHANGED,
      [nominationDelta('old', -1), nominationDelta('new', 1)],
    ),
    trigger(
      'nomination_tally_iteration',
      'update of start_date, activity_id',
      'iteration',
      ITERATION_CHANGED,
      [iterationDelta('old', -1), iterationDelta('new', 1)],
    ),
    trigger('nomination_tally_activity', 'update of area_code, provider_id', 'activity', ACTIVITY_CHANGED, [
      activityDelta('old', -1),
      activityDelta('new', 1),
      activityIterationsDelta('old', -1),
      activityIterationsDelta('new', 1),
    ]),
    trigger('iteration_tally_insert', 'insert', 'iteration', null, [iterationRowDelta('new', 1)]),
    trigger('iteration_tally_delete', 'delete', 'iteration', null, [iterationRowDelta('old', -1)]),
    trigger(
      'iteration_tally_update',
      'update of start_date, activity_id, status',
      'iteration',
      ITERATION_ROW_CHANGED,
      [iterationRowDelta('old', -1), iterationRowDelta('new', 1)],
    ),
    trigger('meeting_tally_insert', 'insert', 'meeting', null, [meetingDelta('new', 1)]),
    trigger('meeting_tally_delete', 'delete', 'meeting', null, [meetingDelta('old', -1)]),
    trigger(
      'meeting_tally_update',
      'update of start_date, partner_id, kind, status',
      'meeting',
      MEETING_CHANGED,
      [meetingDelta('old', -1), meetingDelta('new', 1)],
    ),
  ];
}

function postgresTriggers(): string[] {
  const fn = (name: string, body: string) =>
    `create or replace function ${name}() returns trigger language plpgsql as $$ begin
${body}
return null;
end $$`;
  const byOp = (insert: string, remove: string) => `if tg_op in ('UPDATE', 'DELETE') then
${remove}
end if;
if tg_op in ('INSERT', 'UPDATE') then
${insert}
end if;`;
  const trigger = (name: string, event: string, table: string, when: string | null, fnName: string) =>
    `create trigger ${name} after ${event} on ${table} for each row ${when ? `when (${when})` : ''} execute function ${fnName}()`;
  return [
    fn('nomination_tally_row', byOp(nominationDelta('new', 1), nominationDelta('old', -1))),
    trigger('nomination_tally_insert', 'insert or delete', 'nomination', null, 'nomination_tally_row'),
    trigger(
      'nomination_tally_update',
      'update of iteration_id, partner_id, status',
      'nomination',
      NOMINATION_CHANGED,
      'nomination_tally_row',
    ),
    fn('nomination_tally_iteration', `${iterationDelta('old', -1)}\n${iterationDelta('new', 1)}`),
    trigger(
      'nomination_tally_iteration',
      'update of start_date, activity_id',
      'iteration',
      ITERATION_CHANGED,
      'nomination_tally_iteration',
    ),
    fn(
      'nomination_tally_activity',
      [
        activityDelta('old', -1),
        activityDelta('new', 1),
        activityIterationsDelta('old', -1),
        activityIterationsDelta('new', 1),
      ].join('\n'),
    ),
    trigger(
      'nomination_tally_activity',
      'update of area_code, provider_id',
      'activity',
      ACTIVITY_CHANGED,
      'nomination_tally_activity',
    ),
    fn('iteration_tally_row', byOp(iterationRowDelta('new', 1), iterationRowDelta('old', -1))),
    trigger('iteration_tally_insert', 'insert or delete', 'iteration', null, 'iteration_tally_row'),
    trigger(
      'iteration_tally_update',
      'update of start_date, activity_id, status',
      'iteration',
      ITERATION_ROW_CHANGED,
      'iteration_tally_row',
    ),
    fn('meeting_tally_row', byOp(meetingDelta('new', 1), meetingDelta('old', -1))),
    trigger('meeting_tally_insert', 'insert or delete', 'meeting', null, 'meeting_tally_row'),
    trigger(
      'meeting_tally_update',
      'update of start_date, partner_id, kind, status',
      'meeting',
      MEETING_CHANGED,
      'meeting_tally_row',
    ),
  ];
}
