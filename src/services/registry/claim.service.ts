import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { inConflict, valuesAgree } from '../../domain/registry/claims.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOn } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type {
  ClaimCreate,
  ClaimOut,
  ClaimPatch,
  ConflictOut,
  ConflictResolution,
  ConflictResolve,
} from '../../schemas/registry/source.schema.js';
import { exists } from '../../store/core/records.js';
import type { ClaimTable } from '../../store/core/schema.js';
import {
  type ClaimFilter,
  conflictingClaims,
  findClaim,
  listClaims,
} from '../../store/registry/source.repo.js';
import { type Ctx, inTransaction } from '../core/context.js';
import { versionedWrites } from '../core/versioned-writes.js';
import { getHolding } from './holding.service.js';
import { getMembership } from './membership.service.js';
import { getOrganization } from './organization.service.js';
import { getPerson } from './person.service.js';
import { getPost } from './post.service.js';

type ClaimRow = ClaimTable & { source_title: string };

function present(actor: Actor, r: ClaimRow): ClaimOut {
  return {
    can: canOn(actor, 'claim'),
    id: r.id,
    subject_type: r.subject_type as ClaimOut['subject_type'],
    subject_id: r.subject_id,
    field: r.field,
    value: r.value,
    source_id: r.source_id,
    source_title: r.source_title,
    followed: r.followed === 1,
    status: r.status as ClaimOut['status'],
    confidence: r.confidence as ClaimOut['confidence'],
    excerpt: r.excerpt,
    version: r.version,
    updated_at: r.updated_at,
  };
}

/** A short human description of what a claim is about, for conflict lists and briefings. */
export async function describeSubject(ctx: Ctx, type: ClaimOut['subject_type'], id: string): Promise<string> {
  switch (type) {
    case 'organization':
      return (await getOrganization(ctx, id)).name;
    case 'person':
      return (await getPerson(ctx, id)).name;
    case 'post':
      return (await getPost(ctx, id)).label;
    case 'membership': {
      const m = await getMembership(ctx, id);
      return `${m.member_name} in ${m.organization_name_at_start}`;
    }
    case 'post_holding': {
      const h = await getHolding(ctx, id);
      return `${h.person_name} as ${h.post_label}`;
    }
  }
}

const SUBJECT_TABLE = {
  organization: 'organization',
  membership: 'membership',
  person: 'person',
  post: 'post',
  post_holding: 'post_holding',
} as const;

export async function getClaim(ctx: Ctx, id: string): Promise<ClaimOut> {
  assertCanRead(ctx.actor, 'claim');
  const row = await findClaim(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no claim ${id}`);
  return present(ctx.actor, row);
}

export async function listClaimPage(ctx: Ctx, filter: ClaimFilter, page: ListQuery): Promise<Page<ClaimOut>> {
  assertCanRead(ctx.actor, 'claim');
  const { rows, total } = await listClaims(ctx.db, filter, page.limit, page.offset);
  return { items: rows.map((r) => present(ctx.actor, r)), total, ...page };
}

export async function listConflicts(ctx: Ctx): Promise<ConflictOut[]> {
  assertCanRead(ctx.actor, 'claim');
  const groups = (await conflictingClaims(ctx.db)).filter((g) =>
    inConflict(g.claims.map((c) => c.value ?? '')),
  );
  return Promise.all(
    groups.map(async (g) => {
      const type = g.subject_type as ConflictOut['subject_type'];
      const followed = g.claims.find((c) => c.followed === 1);
      return {
        subject_type: type,
        subject_id: g.subject_id,
        subject_label: await describeSubject(ctx, type, g.subject_id).catch(() => g.subject_id),
        field: g.field,
        followed_value: followed?.value ?? null,
        claims: g.claims.map((c) => present(ctx.actor, c)),
      };
    }),
  );
}

function columns(c: Omit<ClaimCreate, 'id'>) {
  return {
    subject_type: c.subject_type,
    subject_id: c.subject_id,
    field: c.field,
    value: c.value ?? null,
    source_id: c.source_id,
    followed: c.followed ? 1 : 0,
    status: c.status,
    confidence: c.confidence,
    excerpt: c.excerpt ?? null,
  };
}

async function check(ctx: Ctx, c: Omit<ClaimCreate, 'id'>) {
  if (!(await exists(ctx.db, SUBJECT_TABLE[c.subject_type], c.subject_id))) {
    throw DomainError.field('record.reference_missing', 'subject_id', `no ${c.subject_type} ${c.subject_id}`);
  }
  if (!(await exists(ctx.db, 'source', c.source_id))) {
    throw DomainError.field('record.reference_missing', 'source_id', `no source ${c.source_id}`);
  }
}

const writes = versionedWrites<ClaimCreate, ClaimOut>({
  table: 'claim',
  idFor: (c) => newId(`${c.subject_id}-${c.field}`.slice(0, 50)),
  check: (tx, _id, c) => check(tx, c),
  columns,
  get: getClaim,
});

export const createClaim = writes.create;
export const updateClaim: (ctx: Ctx, id: string, patch: ClaimPatch) => Promise<ClaimOut> = writes.update;
export const deleteClaim = writes.remove;

/**
 * Settles a disagreement: the claims stating the value that holds are followed, the others set aside
 * (status rejected, kept with their sources), and the decision is written as a claim of its own —
 * the value, the source it rests on, the reason — so that who decided, when and why is in the trail
 * and the decision can be undone like any change.
 */
export async function resolveConflict(ctx: Ctx, input: ConflictResolve): Promise<ConflictResolution> {
  assertCanWrite(ctx.actor, 'claim');
  return inTransaction(ctx, async (tx) => {
    const { items } = await listClaimPage(
      tx,
      { subject_type: input.subject_type, subject_id: input.subject_id },
      { limit: 500, offset: 0 },
    );
    const claims = items.filter((c) => c.field === input.field && c.status === 'active' && c.value !== null);
    if (!inConflict(claims.map((c) => c.value ?? '')))
      throw DomainError.field('request.invalid', 'field', 'no open conflict on this field of this record');
    const holding = claims.filter((c) => valuesAgree(c.value ?? '', input.value));
    const chosen = holding.find((c) => c.value === input.value) ?? holding[0];
    if (!chosen) throw DomainError.field('request.invalid', 'value', 'is not a value the claims state');
    for (const c of claims) {
      const holds = holding.includes(c);
      await updateClaim(tx, c.id, {
        followed: holds,
        status: holds ? 'active' : 'rejected',
        version: c.version,
      });
    }
    const decision = await createClaim(tx, {
      id: newId(`${input.subject_id}-${input.field}-decision`.slice(0, 50)),
      subject_type: input.subject_type,
      subject_id: input.subject_id,
      field: input.field,
      value: chosen.value,
      source_id: chosen.source_id,
      followed: true,
      status: 'active',
      confidence: 'confirmed',
      excerpt: input.reason,
    });
    return {
      decision,
      followed: holding.map((c) => c.id),
      rejected: claims.filter((c) => !holding.includes(c)).map((c) => c.id),
    };
  });
}
export const restoreClaim = writes.restore;
