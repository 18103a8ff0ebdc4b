import type { Kysely } from 'kysely';
import type { membershipListQuery } from '../../schemas/registry/membership.schema.js';
import type { Store } from '../core/db.js';
import type { ListFilter } from '../core/list-filter.js';
import { preparedOnce } from '../core/prepared.js';
import type { DB, MembershipTable } from '../core/schema.js';

export type MembershipRow = MembershipTable;
export type MembershipSide = 'member_id' | 'organization_id';

export async function findMembership(db: Kysely<DB>, id: string) {
  return db.selectFrom('membership').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Memberships of one organization (as member or as the body joined), possibly in force on a day. */
export function membershipsOn(store: Store, side: MembershipSide, orgId: string, day: string) {
  const query = preparedOnce<'org' | 'day', MembershipRow>(store, `membership.on.${side}`, (p) =>
    store.db
      .selectFrom('membership')
      .selectAll()
      .where(side, '=', p('org'))
      .where('start_lo', '<=', p('day'))
      .where((eb) => eb.or([eb('end_hi', 'is', null), eb('end_hi', '>=', p('day'))]))
      .orderBy('start_lo')
      .orderBy('id'),
  );
  return query({ org: orgId, day });
}

export function allMembershipsOf(store: Store, side: MembershipSide, orgId: string) {
  const query = preparedOnce<'org', MembershipRow>(store, `membership.all.${side}`, (p) =>
    store.db
      .selectFrom('membership')
      .selectAll()
      .where(side, '=', p('org'))
      .orderBy('start_lo')
      .orderBy('id'),
  );
  return query({ org: orgId });
}

export async function listMemberships(
  db: Kysely<DB>,
  f: ListFilter<typeof membershipListQuery>,
  limit: number,
  offset: number,
) {
  let q = db.selectFrom('membership');
  if (f.member_id) q = q.where('member_id', '=', f.member_id);
  if (f.organization_id) q = q.where('organization_id', '=', f.organization_id);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('member_id')
      .orderBy('start_lo')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Other periods of the same member in the same organization, to refuse overlapping duplicates. */
export async function siblingPeriods(db: Kysely<DB>, memberId: string, orgId: string, exceptId: string) {
  return db
    .selectFrom('membership')
    .select(['id', 'start_date', 'end_date'])
    .where('member_id', '=', memberId)
    .where('organization_id', '=', orgId)
    .where('id', '!=', exceptId)
    .execute();
}
