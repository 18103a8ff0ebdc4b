import { type Kysely, type SqlBool, sql } from 'kysely';
import { scopeColumns } from '../../domain/core/entities.js';
import { DomainError } from '../../domain/core/errors.js';
import { containsPattern } from '../../domain/core/search-text.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from '../trust/access.js';
import type { ProgrammeTable, ProgrammeVersionTable } from './programme.tables.js';

export type ProgrammeRow = ProgrammeTable;
export type ProgrammeVersionRow = ProgrammeVersionTable;

const SCOPE = scopeColumns('programme');

export async function findProgramme(db: Kysely<DB>, id: string) {
  return db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Programmes the actor may read, newest period first. */
export async function listProgrammes(
  db: Kysely<DB>,
  actor: Actor,
  f: { q?: string; partner_id?: string; kind?: string; status?: string },
  limit: number,
  offset: number,
) {
  let q = db.selectFrom('programme').where((eb) => visibleWhere(eb, actor, 'programme', SCOPE));
  if (f.q) q = q.where(matchesText(f.q));
  if (f.partner_id) q = q.where('partner_id', '=', f.partner_id);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.status) q = q.where('status', '=', f.status);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('start_date', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * The title or the partner's names contain the text. Titles are generated in English ("IPCP
 * Tajikistan 2011–2013"), so lower() suffices for them; the partner's folded `search` column covers
 * its names in every language and script.
 */
function matchesText(text: string) {
  const pattern = containsPattern(text);
  return sql<SqlBool>`(lower(programme.title) like ${pattern} escape '\\' or programme.partner_id in (select o.id from organization o where o.search like ${pattern} escape '\\'))`;
}

/** Live programmes of a partner and kind whose period meets [start, end]. */
export async function overlapping(
  db: Kysely<DB>,
  p: { partner_id: string; kind: string; start: string; end: string; exceptId: string },
) {
  return db
    .selectFrom('programme')
    .select(['id', 'start_date', 'end_date'])
    .where('partner_id', '=', p.partner_id)
    .where('kind', '=', p.kind)
    .where('status', '!=', 'superseded')
    .where('id', '!=', p.exceptId)
    .where('start_date', '<=', p.end)
    .where('end_date', '>=', p.start)
    .orderBy('start_date')
    .execute();
}

export async function insertProgramme(
  db: Kysely<DB>,
  row: Omit<ProgrammeRow, 'version' | 'created_at' | 'updated_at'>,
  at: string,
) {
  await db
    .insertInto('programme')
    .values({ ...row, version: 1, created_at: at, updated_at: at })
    .execute();
}

/** Applies `values` if the programme is still at `expected`; returns the new version. */
export async function updateProgramme(
  db: Kysely<DB>,
  id: string,
  expected: number,
  values: Partial<ProgrammeRow>,
  at: string,
): Promise<number> {
  const result = await db
    .updateTable('programme')
    .set({ ...values, version: expected + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expected + 1;
  const current = await db.selectFrom('programme').select('version').where('id', '=', id).executeTakeFirst();
  if (!current) throw DomainError.field('record.not_found', 'id', `no programme ${id}`);
  throw DomainError.field(
    'version.stale',
    'version',
    `is ${expected} but the programme is now at version ${current.version}`,
  );
}

export async function insertVersion(db: Kysely<DB>, row: Omit<ProgrammeVersionRow, 'id'>) {
  await db
    .insertInto('programme_version')
    .values({ ...row, id: `${row.programme_id}-v${row.number}` })
    .execute();
}

export async function lastVersionNumber(db: Kysely<DB>, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('programme_version')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function versionsOf(db: Kysely<DB>, programmeId: string) {
  return db
    .selectFrom('programme_version')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('number')
    .execute();
}

export async function findVersionRow(db: Kysely<DB>, programmeId: string, number: number) {
  return db
    .selectFrom('programme_version')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function versionRows(db: Kysely<DB>, programmeId: string, numbers: number[]) {
  if (numbers.length === 0) return [];
  return db
    .selectFrom('programme_version')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('number', 'in', [...new Set(numbers)])
    .execute();
}

export async function activitiesByIds(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('activity')
    .select(['id', 'key', 'title', 'area_code'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function iterationsByIds(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('iteration')
    .select(['id', 'activity_id', 'start_date', 'end_date', 'status'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function iterationsOfActivities(db: Kysely<DB>, activityIds: readonly string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('iteration')
    .select(['id', 'activity_id', 'start_date', 'end_date', 'status'])
    .where('activity_id', 'in', [...new Set(activityIds)])
    .orderBy('start_date')
    .orderBy('id')
    .execute();
}

/** The partner's participants marked ATTENDED, per iteration. */
export async function attendedCounts(db: Kysely<DB>, partnerId: string, iterationIds: readonly string[]) {
  if (iterationIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('nomination')
    .select(['iteration_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('partner_id', '=', partnerId)
    .where('status', '=', 'ATTENDED')
    .where('iteration_id', 'in', [...new Set(iterationIds)])
    .groupBy('iteration_id')
    .execute();
  return new Map(rows.map((r) => [r.iteration_id, Number(r.n)]));
}

export async function areaCodes(db: Kysely<DB>) {
  const rows = await db.selectFrom('area').select(['code', 'names']).execute();
  return new Map(
    rows.map((r) => {
      const names = JSON.parse(r.names) as Record<string, string> | { name: string; lang: string }[];
      const en = Array.isArray(names) ? names.find((n) => n.lang === 'en')?.name : names.en;
      return [r.code, en ?? r.code];
    }),
  );
}

export async function feedbackOf(db: Kysely<DB>, programmeId: string) {
  return db
    .selectFrom('programme_feedback')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertFeedback(db: Kysely<DB>, row: DB['programme_feedback']) {
  await db.insertInto('programme_feedback').values(row).execute();
}

// Kept here for the programme services that import it; the query lives with the organizations.
export { organizationKind } from '../registry/organization.repo.js';
