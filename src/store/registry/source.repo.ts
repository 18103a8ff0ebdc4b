import type { Kysely } from 'kysely';
import type { claimListQuery } from '../../schemas/registry/source.schema.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB } from '../core/schema.js';

export async function findSource(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('source')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function listSources(db: Kysely<DB>, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('source')
      .selectAll()
      .where('deleted_at', 'is', null)
      .orderBy('title')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('source')
      .where('deleted_at', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function sourceIsCited(db: Kysely<DB>, id: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('claim').select('id').where('source_id', '=', id).limit(1).executeTakeFirst(),
  );
}

export type ClaimFilter = ListFilter<typeof claimListQuery>;

function claimQuery(db: Kysely<DB>, f: ClaimFilter) {
  let q = db.selectFrom('claim').innerJoin('source', 'source.id', 'claim.source_id');
  if (f.subject_type) q = q.where('claim.subject_type', '=', f.subject_type);
  if (f.subject_id) q = q.where('claim.subject_id', '=', f.subject_id);
  if (f.source_id) q = q.where('claim.source_id', '=', f.source_id);
  return q;
}

export function claimColumns(db: Kysely<DB>, f: ClaimFilter) {
  return claimQuery(db, f).selectAll('claim').select('source.title as source_title');
}

export async function listClaims(db: Kysely<DB>, f: ClaimFilter, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    claimColumns(db, f)
      .orderBy('claim.subject_type')
      .orderBy('claim.subject_id')
      .orderBy('claim.field')
      .orderBy('claim.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    claimQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findClaim(db: Kysely<DB>, id: string) {
  return claimColumns(db, {}).where('claim.id', '=', id).executeTakeFirst();
}

/** Subjects and fields on which active claims state more than one value: candidate conflicts. */
export async function conflictingClaims(db: Kysely<DB>) {
  const groups = await db
    .selectFrom('claim')
    .select(['subject_type', 'subject_id', 'field'])
    .where('status', '=', 'active')
    .where('field', '!=', '*')
    .where('value', 'is not', null)
    .groupBy(['subject_type', 'subject_id', 'field'])
    .having((eb) => eb.fn.count('value').distinct(), '>', 1)
    .orderBy('subject_type')
    .orderBy('subject_id')
    .orderBy('field')
    .execute();
  if (groups.length === 0) return [];
  const rows = await claimColumns(db, {})
    .where('claim.status', '=', 'active')
    .where(
      'claim.subject_id',
      'in',
      groups.map((g) => g.subject_id),
    )
    .orderBy('claim.id')
    .execute();
  return groups.map((g) => ({
    ...g,
    claims: rows.filter(
      (r) => r.subject_type === g.subject_type && r.subject_id === g.subject_id && r.field === g.field,
    ),
  }));
}

/** A source already recorded at a URL. */
export async function sourceAtUrl(db: Kysely<DB>, url: string) {
  return db.selectFrom('source').select('id').where('url', '=', url).executeTakeFirst();
}

/** A source already recorded with this title and excerpt (the same report pasted again). */
export async function sourceWithText(db: Kysely<DB>, title: string, excerpt: string) {
  return db
    .selectFrom('source')
    .select('id')
    .where('title', '=', title)
    .where('excerpt', '=', excerpt)
    .executeTakeFirst();
}

/** Whether a source already makes this claim about a holding. */
export async function holdingClaimExists(
  db: Kysely<DB>,
  c: { subject_id: string; field: string; source_id: string; value: string | null },
): Promise<boolean> {
  const row = await db
    .selectFrom('claim')
    .select('id')
    .where('subject_type', '=', 'post_holding')
    .where('subject_id', '=', c.subject_id)
    .where('field', '=', c.field)
    .where('source_id', '=', c.source_id)
    .where((eb) => (c.value === null ? eb('value', 'is', null) : eb('value', '=', c.value)))
    .executeTakeFirst();
  return Boolean(row);
}

/** The active claims of other sources on a holding (what the registry rests on). */
export async function holdingBacking(db: Kysely<DB>, holdingId: string, exceptSourceId: string) {
  return db
    .selectFrom('claim')
    .select(['source_id', 'excerpt', 'confidence'])
    .where('subject_type', '=', 'post_holding')
    .where('subject_id', '=', holdingId)
    .where('source_id', '!=', exceptSourceId)
    .where('status', '=', 'active')
    .orderBy('field')
    .orderBy('id')
    .execute();
}
