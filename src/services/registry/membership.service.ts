import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { certainlyOverlap, coversDay } from '../../domain/core/period.js';
import { type DatedName, nameOn, renamingsBetween } from '../../domain/registry/names.js';
import { periodIssues, rejectIssues } from '../../domain/registry/registry-rules.js';
import { assertCanRead } from '../../domain/trust/access.js';
import { canOn } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type {
  MembershipCreate,
  MembershipOut,
  MembershipPatch,
} from '../../schemas/registry/membership.schema.js';
import { periodColumns } from '../../store/core/period-columns.js';
import { exists } from '../../store/core/records.js';
import {
  allMembershipsOf,
  findMembership,
  listMemberships,
  type MembershipRow,
  type MembershipSide,
  membershipsOn,
  siblingPeriods,
} from '../../store/registry/membership.repo.js';
import { namesOf } from '../../store/registry/names.repo.js';
import { findOrganization } from '../../store/registry/organization.repo.js';
import type { Ctx } from '../core/context.js';
import { today } from '../core/today.js';
import { versionedWrites } from '../core/versioned-writes.js';

async function present(ctx: Ctx, rows: MembershipRow[], on: string | undefined): Promise<MembershipOut[]> {
  const names = await namesOf(
    ctx.db,
    'organization_name',
    rows.flatMap((r) => [r.member_id, r.organization_id]),
  );
  const day = on ?? today();
  return rows.map((r) => {
    const orgNames: DatedName[] = names.get(r.organization_id) ?? [];
    const certainty = on ? coversDay({ start: r.start_date, end: r.end_date }, on) : 'no';
    return {
      can: canOn(ctx.actor, 'membership'),
      id: r.id,
      member_id: r.member_id,
      member_name: nameOn(names.get(r.member_id) ?? [], day) ?? r.member_id,
      organization_id: r.organization_id,
      organization_name: nameOn(orgNames, day) ?? r.organization_id,
      organization_name_at_start: nameOn(orgNames, r.start_lo) ?? r.organization_id,
      organization_renamed: renamingsBetween(orgNames, r.start_lo, r.end_hi ?? (on ? day : null)),
      role: r.role,
      start_date: r.start_date,
      end_date: r.end_date,
      end_reason: r.end_reason as MembershipOut['end_reason'],
      status: r.status as MembershipOut['status'],
      note: r.note,
      ...(on && certainty !== 'no' ? { certainty } : {}),
      version: r.version,
      updated_at: r.updated_at,
    };
  });
}

async function requireOrganizationId(ctx: Ctx, key: string): Promise<string> {
  const org = await findOrganization(ctx.db, key);
  if (!org) throw DomainError.field('record.not_found', 'id', `no organization ${key}`);
  return org.id;
}

/** The memberships of an organization (`side` member_id) or in it (`organization_id`), all or on a day. */
export async function membershipsOf(
  ctx: Ctx,
  key: string,
  side: MembershipSide,
  on: string | undefined,
  page: ListQuery,
): Promise<Page<MembershipOut>> {
  assertCanRead(ctx.actor, 'membership');
  const orgId = await requireOrganizationId(ctx, key);
  const rows = on
    ? await membershipsOn(ctx.store, side, orgId, on)
    : await allMembershipsOf(ctx.store, side, orgId);
  const slice = rows.slice(page.offset, page.offset + page.limit);
  return { items: await present(ctx, slice, on), total: rows.length, limit: page.limit, offset: page.offset };
}

export async function getMembership(ctx: Ctx, id: string): Promise<MembershipOut> {
  assertCanRead(ctx.actor, 'membership');
  const row = await findMembership(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no membership ${id}`);
  const [out] = await present(ctx, [row], undefined);
  return out as MembershipOut;
}

export async function listMembershipPage(
  ctx: Ctx,
  filter: { member_id?: string; organization_id?: string },
  page: ListQuery,
): Promise<Page<MembershipOut>> {
  assertCanRead(ctx.actor, 'membership');
  const { rows, total } = await listMemberships(ctx.db, filter, page.limit, page.offset);
  return { items: await present(ctx, rows, undefined), total, ...page };
}

async function check(ctx: Ctx, id: string, m: Omit<MembershipCreate, 'id'>) {
  const issues = periodIssues(m.start_date, m.end_date);
  if (m.end_reason && !m.end_date && m.end_reason !== 'suspended') {
    issues.push({ field: 'end_reason', reason: 'needs an end_date' });
  }
  if (m.member_id === m.organization_id)
    issues.push({ field: 'organization_id', reason: 'cannot be the member itself' });
  rejectIssues('request.invalid', issues);
  for (const field of ['member_id', 'organization_id'] as const) {
    if (!(await exists(ctx.db, 'organization', m[field]))) {
      throw DomainError.field('record.reference_missing', field, `no organization ${m[field]}`);
    }
  }
  for (const other of await siblingPeriods(ctx.db, m.member_id, m.organization_id, id)) {
    if (
      certainlyOverlap(
        { start: m.start_date, end: m.end_date ?? null },
        { start: other.start_date, end: other.end_date },
      )
    ) {
      throw DomainError.field(
        'membership.overlap',
        'start_date',
        `overlaps membership ${other.id} (${other.start_date}…${other.end_date ?? ''}) of the same member`,
      );
    }
  }
}

function columns(m: Omit<MembershipCreate, 'id'>) {
  return {
    member_id: m.member_id,
    organization_id: m.organization_id,
    role: m.role ?? null,
    ...periodColumns(m.start_date, m.end_date),
    end_reason: m.end_reason ?? null,
    status: m.status,
    note: m.note ?? null,
  };
}

const writes = versionedWrites<MembershipCreate, MembershipOut>({
  table: 'membership',
  idFor: (m) => newId(`${m.member_id}-${m.organization_id}`),
  check,
  columns,
  get: getMembership,
});

export const createMembership = writes.create;
export const updateMembership: (ctx: Ctx, id: string, patch: MembershipPatch) => Promise<MembershipOut> =
  writes.update;
export const deleteMembership = writes.remove;
export const restoreMembership = writes.restore;
