import { sql } from 'kysely';
import type { Dialect } from '../core/db.js';
import type { AnyDb } from './builders.js';

/**
 * What makes reads cheap for every reader, not only for staff:
 *
 * - `change_counter`: one row per table, bumped by a trigger on every write to it, whoever writes
 *   (services, imports, restores). The API's ETags are built from these counters, so a conditional
 *   GET is answered 304 without reading, let alone rendering, what it asks for. The bump is an
 *   ordinary row update inside the writing transaction: a reader sees the new count only once the
 *   rows it counts are committed, so an ETag is never newer than the body it is sent with.
 * - `meeting_reach_tally`: meetings counted per partner, marking and release list. Who may read a
 *   meeting depends on exactly these columns (the policy's `public`, `released` and `own` grants), so
 *   `visibleWhere` applied to the tally counts a reader's meetings exactly, from a few hundred rows
 *   instead of 200,000.
 * - indexes that let a page walk an index in its order and stop when full: meetings by marking and
 *   date, iterations (and so their nominations) by date.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('change_counter')
    .addColumn('table_name', 'text', (c) => c.primaryKey().notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  for (const table of await trackedTables(db, dialect)) await trackChanges(db, dialect, table);

  await db.schema
    .createTable('meeting_reach_tally')
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('marking', 'text', (c) => c.notNull())
    .addColumn('releasable_to', 'text', (c) => c.notNull())
    .addColumn('meetings', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_reach_tally_pk', ['partner_id', 'marking', 'releasable_to'])
    .execute();
  await db.schema
    .createTable('follow_up_reach_tally')
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('marking', 'text', (c) => c.notNull())
    .addColumn('releasable_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('follow_ups', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('follow_up_reach_tally_pk', ['partner_id', 'marking', 'releasable_to', 'status'])
    .execute();
  for (const statement of reachRefill()) await sql.raw(statement).execute(db);
  for (const statement of reachTriggers(dialect)) await sql.raw(statement).execute(db);

  // The newest page of what a reader may see: public ones by the marking's range, the rest by date.
  await db.schema
    .createIndex('meeting_marking_start')
    .on('meeting')
    .columns(['marking', 'start_lo desc', 'id'])
    .execute();
  // The follow-ups list walks them in due order (store/dialogue/dialogue.repo.ts).
  await db.schema.createIndex('follow_up_due_id').on('follow_up').columns(['due_date', 'id']).execute();
  // Nominations page iteration by iteration in date order (store/nominations/nomination.repo.ts).
  await db.schema.createIndex('iteration_start_id').on('iteration').columns(['start_date', 'id']).execute();
}

/**
 * Tables whose writes no answer depends on, or that change on every sign-in: they have no counter,
 * so that signing in does not invalidate every reader's cached answers. Derived tables (tallies,
 * search indexes) change only with the rows they derive from, which have counters.
 */
export const UNTRACKED = new Set([
  'change_counter',
  'session',
  'login_throttle',
  'oidc_login',
  'nomination_tally',
  'iteration_tally',
  'meeting_tally',
  'meeting_reach_tally',
  'follow_up_reach_tally',
]);

const derived = (name: string) =>
  UNTRACKED.has(name) ||
  name.startsWith('kysely_') ||
  name.startsWith('sqlite_') ||
  /_search(_|$)/.test(name);

async function trackedTables(db: AnyDb, dialect: Dialect): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' order by name`.execute(db)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
          db,
        );
  return rows.rows.map((r) => r.name).filter((name) => !derived(name));
}

/**
 * Gives a table its change counter. A later migration that creates a table calls this for it
 * (test/change-counters.test.ts fails for a table without one, naming it).
 */
export async function trackChanges(db: AnyDb, dialect: Dialect, table: string): Promise<void> {
  await sql`insert into change_counter (table_name, n) values (${table}, 0)`.execute(db);
  if (dialect === 'sqlite') {
    for (const event of ['insert', 'update', 'delete']) {
      await sql
        .raw(
          `create trigger change_counter_${table}_${event} after ${event} on ${table} begin update change_counter set n = n + 1 where table_name = '${table}'; end`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `create or replace function change_counter_bump() returns trigger language plpgsql as $$
begin update change_counter set n = n + 1 where table_name = tg_table_name; return null; end $$`,
    )
    .execute(db);
  // Once per statement: a bulk insert of a million rows bumps its counter once.
  await sql
    .raw(
      `create trigger change_counter_${table} after insert or update or delete or truncate on ${table} for each statement execute function change_counter_bump()`,
    )
    .execute(db);
}

const REACH_UPSERT = 'insert into meeting_reach_tally (partner_id, marking, releasable_to, meetings)';
const REACH_ON_CONFLICT =
  'on conflict (partner_id, marking, releasable_to) do update set meetings = meeting_reach_tally.meetings + excluded.meetings';
const REACH_BACKFILL = `${REACH_UPSERT}
  select partner_id, marking, releasable_to, count(*) from meeting where true
  group by partner_id, marking, releasable_to
  ${REACH_ON_CONFLICT}`;

const reachDelta = (row: 'new' | 'old', sign: 1 | -1) => `${REACH_UPSERT}
  select ${row}.partner_id, ${row}.marking, ${row}.releasable_to, ${sign} where true
  ${REACH_ON_CONFLICT};`;

// Follow-ups are read through their meeting: counted by the meeting's scope and their own status.
const FOLLOW_UP_UPSERT =
  'insert into follow_up_reach_tally (partner_id, marking, releasable_to, status, follow_ups)';
const FOLLOW_UP_ON_CONFLICT =
  'on conflict (partner_id, marking, releasable_to, status) do update set follow_ups = follow_up_reach_tally.follow_ups + excluded.follow_ups';
const FOLLOW_UP_BACKFILL = `${FOLLOW_UP_UPSERT}
  select m.partner_id, m.marking, m.releasable_to, f.status, count(*)
  from follow_up f join meeting m on m.id = f.meeting_id where true
  group by m.partner_id, m.marking, m.releasable_to, f.status
  ${FOLLOW_UP_ON_CONFLICT}`;

/** One follow-up row, counted under its meeting's scope. */
const followUpDelta = (row: 'new' | 'old', sign: 1 | -1) => `${FOLLOW_UP_UPSERT}
  select m.partner_id, m.marking, m.releasable_to, ${row}.status, ${sign} from meeting m where m.id = ${row}.meeting_id
  ${FOLLOW_UP_ON_CONFLICT};`;

/** A meeting's follow-ups, moved from or to the scope its old or new row gives. */
const meetingFollowUpsDelta = (row: 'new' | 'old', sign: 1 | -1) => `${FOLLOW_UP_UPSERT}
  select ${row}.partner_id, ${row}.marking, ${row}.releasable_to, f.status, ${sign} * count(*)
  from follow_up f where f.meeting_id = new.id group by f.status
  ${FOLLOW_UP_ON_CONFLICT};`;

const REACH_CHANGED =
  'old.partner_id <> new.partner_id or old.marking <> new.marking or old.releasable_to <> new.releasable_to';
const FOLLOW_UP_CHANGED = 'old.meeting_id <> new.meeting_id or old.status <> new.status';

/** The reach tallies' triggers, so that bulk loaders may drop them and refill the tallies after. */
export const REACH_TRIGGERS: readonly (readonly [name: string, table: string])[] = [
  ['meeting_reach_tally_insert', 'meeting'],
  ['meeting_reach_tally_delete', 'meeting'],
  ['meeting_reach_tally_update', 'meeting'],
  ['follow_up_reach_tally_insert', 'follow_up'],
  ['follow_up_reach_tally_delete', 'follow_up'],
  ['follow_up_reach_tally_update', 'follow_up'],
];

/** Recounts the reach tallies from the meetings and follow-ups. */
export function reachRefill(): string[] {
  return [
    'delete from meeting_reach_tally',
    'delete from follow_up_reach_tally',
    REACH_BACKFILL,
    FOLLOW_UP_BACKFILL,
  ];
}

export function reachTriggers(dialect: Dialect): string[] {
  if (dialect === 'sqlite') {
    const trigger = (name: string, event: string, table: string, when: string | null, body: string[]) =>
      `create trigger ${name} after ${event} on ${table} for each row ${when ? `when ${when}` : ''} begin
${body.join('\n')}
end`;
    return [
      trigger('meeting_reach_tally_insert', 'insert', 'meeting', null, [reachDelta('new', 1)]),
      trigger('meeting_reach_tally_delete', 'delete', 'meeting', null, [reachDelta('old', -1)]),
      trigger(
        'meeting_reach_tally_update',
        'update of partner_id, marking, releasable_to',
        'meeting',
        REACH_CHANGED,
        [
          reachDelta('old', -1),
          reachDelta('new', 1),
          meetingFollowUpsDelta('old', -1),
          meetingFollowUpsDelta('new', 1),
        ],
      ),
      trigger('follow_up_reach_tally_insert', 'insert', 'follow_up', null, [followUpDelta('new', 1)]),
      trigger('follow_up_reach_tally_delete', 'delete', 'follow_up', null, [followUpDelta('old', -1)]),
      trigger(
        'follow_up_reach_tally_update',
        'update of meeting_id, status',
        'follow_up',
        FOLLOW_UP_CHANGED,
        [followUpDelta('old', -1), followUpDelta('new', 1)],
      ),
    ];
  }
  const fn = (name: string, body: string[]) =>
    `create or replace function ${name}() returns trigger language plpgsql as $$ begin
${body.join('\n')}
return null; end $$`;
  const distinct = (when: string) => when.replaceAll('<>', 'is distinct from');
  return [
    fn('meeting_reach_tally_insert', [reachDelta('new', 1)]),
    fn('meeting_reach_tally_delete', [reachDelta('old', -1)]),
    fn('meeting_reach_tally_update', [
      reachDelta('old', -1),
      reachDelta('new', 1),
      meetingFollowUpsDelta('old', -1),
      meetingFollowUpsDelta('new', 1),
    ]),
    fn('follow_up_reach_tally_insert', [followUpDelta('new', 1)]),
    fn('follow_up_reach_tally_delete', [followUpDelta('old', -1)]),
    fn('follow_up_reach_tally_update', [followUpDelta('old', -1), followUpDelta('new', 1)]),
    'create trigger meeting_reach_tally_insert after insert on meeting for each row execute function meeting_reach_tally_insert()',
    'create trigger meeting_reach_tally_delete after delete on meeting for each row execute function meeting_reach_tally_delete()',
    `create trigger meeting_reach_tally_update after update of partner_id, marking, releasable_to on meeting for each row when (${distinct(REACH_CHANGED)}) execute function meeting_reach_tally_update()`,
    'create trigger follow_up_reach_tally_insert after insert on follow_up for each row execute function follow_up_reach_tally_insert()',
    'create trigger follow_up_reach_tally_delete after delete on follow_up for each row execute function follow_up_reach_tally_delete()',
    `create trigger follow_up_reach_tally_update after update of meeting_id, status on follow_up for each row when (${distinct(FOLLOW_UP_CHANGED)}) execute function follow_up_reach_tally_update()`,
  ];
}
