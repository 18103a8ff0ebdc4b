import { type Kysely, sql } from 'kysely';
import { containsPattern } from '../../domain/core/search-text.js';
import type { organizationListQuery } from '../../schemas/registry/organization.schema.js';
import type { ListFilter } from '../core/list-filter.js';
import type { DB, OrganizationTable } from '../core/schema.js';

export type OrganizationRow = OrganizationTable;

export type OrganizationFilter = ListFilter<typeof organizationListQuery>;

/** `key` is an id, or an ISO 3166-1 alpha-2 code written in capitals (TJ). */
export async function findOrganization(db: Kysely<DB>, key: string): Promise<OrganizationRow | undefined> {
  const byIso = /^[A-Z]{2}$/.test(key);
  return db
    .selectFrom('organization')
    .selectAll()
    .where(byIso ? 'iso2' : 'id', '=', key)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function findByIso2(db: Kysely<DB>, iso2: string) {
  return db.selectFrom('organization').select(['id']).where('iso2', '=', iso2).executeTakeFirst();
}

function filtered(db: Kysely<DB>, f: OrganizationFilter) {
  let q = db.selectFrom('organization').where('deleted_at', 'is', null);
  if (f.q) q = q.where(sql<boolean>`search like ${containsPattern(f.q)} escape '\\'`);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.parent_id) q = q.where('parent_id', '=', f.parent_id);
  return q;
}

export async function listOrganizations(
  db: Kysely<DB>,
  f: OrganizationFilter,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy('kind')
      .orderBy('search')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function parentChain(db: Kysely<DB>, id: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = id;
  // Registry hierarchies are a few levels deep; the guard stops a corrupt cycle.
  while (current && chain.length < 64) {
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom('organization')
      .select('parent_id')
      .where('id', '=', current)
      .executeTakeFirst();
    if (!row) break;
    chain.push(current);
    current = row.parent_id;
  }
  return chain;
}

export async function isReferenced(db: Kysely<DB>, id: string): Promise<string | null> {
  const checks = [
    db.selectFrom('organization').select('id').where('parent_id', '=', id).limit(1),
    db
      .selectFrom('membership')
      .select('id')
      .where((eb) => eb.or([eb('member_id', '=', id), eb('organization_id', '=', id)]))
      .limit(1),
    db.selectFrom('post').select('id').where('organization_id', '=', id).limit(1),
  ] as const;
  const labels = ['child organizations', 'memberships', 'posts'];
  for (const [i, q] of checks.entries()) if (await q.executeTakeFirst()) return labels[i] ?? 'records';
  return null;
}

/**
 * Whether an organization answers to `key` (an id, or an ISO alpha-2 code in capitals). `live`
 * leaves out soft-deleted ones.
 */
export async function organizationKeyExists(db: Kysely<DB>, key: string, live: boolean): Promise<boolean> {
  let q = db
    .selectFrom('organization')
    .select('id')
    .where(/^[A-Z]{2}$/.test(key) ? 'iso2' : 'id', '=', key);
  if (live) q = q.where('deleted_at', 'is', null);
  return Boolean(await q.executeTakeFirst());
}

/** The ISO alpha-2 code of an organization (null for one without, undefined when none has the id). */
export async function iso2Of(db: Kysely<DB>, id: string): Promise<string | null | undefined> {
  return (await db.selectFrom('organization').select('iso2').where('id', '=', id).executeTakeFirst())?.iso2;
}

export async function organizationKind(db: Kysely<DB>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('organization').select('kind').where('id', '=', id).executeTakeFirst();
  return row?.kind;
}
