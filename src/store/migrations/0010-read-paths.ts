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
  await sql.raw(REACH_BACKFILL).execute(db);
  for (const statement of reachTriggers(dialect)) await sql.raw(statement).execute(db);

  // The newest page of what a reader may see: public ones by the marking's range, the rest by date.
  await db.schema
    .createIndex('meeting_marking_start')
    .on('meeting')
    .columns(['marking', 'start_lo desc', 'id'])
    .execute();
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

const REACH_CHANGED =
  'old.partner_id <> new.partner_id or old.marking <> new.marking or old.releasable_to <> new.releasable_to';

/** The reach tally's triggers, so that bulk loaders may drop them and refill the tally after. */
export const REACH_TRIGGERS: readonly (readonly [name: string, table: string])[] = [
  ['meeting_reach_tally_insert', 'meeting'],
  ['meeting_reach_tally_delete', 'meeting'],
  ['meeting_reach_tally_update', 'meeting'],
];

/** Recounts the reach tally from the meetings. */
export function reachRefill(): string[] {
  return ['delete from meeting_reach_tally', REACH_BACKFILL];
}

export function reachTriggers(dialect: Dialect): string[] {
  if (dialect === 'sqlite') {
    const trigger = (name: string, event: string, when: string | null, body: string[]) =>
      `create trigger ${name} after ${event} on meeting for each row ${when ? `when ${when}` : ''} begin
${body.join('\n')}
end`;
    return [
      trigger('meeting_reach_tally_insert', 'insert', null, [reachDelta('new', 1)]),
      trigger('meeting_reach_tally_delete', 'delete', null, [reachDelta('old', -1)]),
      trigger('meeting_reach_tally_update', 'update of partner_id, marking, releasable_to', REACH_CHANGED, [
        reachDelta('old', -1),
        reachDelta('new', 1),
      ]),
    ];
  }
  const fn = (name: string, body: string[]) =>
    `create or replace function ${name}() returns trigger language plpgsql as $$ begin
${body.join('\n')}
return null; end $$`;
  return [
    fn('meeting_reach_tally_insert', [reachDelta('new', 1)]),
    fn('meeting_reach_tally_delete', [reachDelta('old', -1)]),
    fn('meeting_reach_tally_update', [reachDelta('old', -1), reachDelta('new', 1)]),
    'create trigger meeting_reach_tally_insert after insert on meeting for each row execute function meeting_reach_tally_insert()',
    'create trigger meeting_reach_tally_delete after delete on meeting for each row execute function meeting_reach_tally_delete()',
    `create trigger meeting_reach_tally_update after update of partner_id, marking, releasable_to on meeting for each row when (${REACH_CHANGED.replaceAll('<>', 'is distinct from')}) execute function meeting_reach_tally_update()`,
  ];
}
