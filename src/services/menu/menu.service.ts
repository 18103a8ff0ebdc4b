import { DomainError, type FieldIssue } from '../../domain/core/errors.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { assertCanRead, assertCanWrite, assertMayChooseId } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOn, mayWriteOn } from '../../domain/trust/can.js';
import type { Marking, RecordScope } from '../../domain/trust/policy.js';
import type {
  ActivityCreate,
  ActivityListQuery,
  ActivityOut,
  ActivityPage,
  ActivityPatch,
} from '../../schemas/menu/menu.schema.js';
import {
  audit,
  deleteAudited,
  insertVersioned,
  requireVersion,
  updateVersioned,
} from '../../store/core/records.js';
import {
  activityIsReferenced,
  activityWithKey,
  findActivity,
  iterationBriefs,
  listActivities,
  organizationExists,
  versioned,
} from '../../store/menu/menu.repo.js';
import type { ActivityTable } from '../../store/menu/menu.tables.js';
import { areaExists } from '../../store/registry/area.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';

export function activityScope(
  a: Pick<ActivityTable, 'provider_id' | 'marking' | 'releasable_to'>,
): RecordScope {
  return {
    providerId: a.provider_id,
    marking: a.marking as Marking,
    releasableTo: JSON.parse(a.releasable_to) as string[],
  };
}

function present(
  actor: Actor,
  r: ActivityTable,
  iterations: Awaited<ReturnType<typeof iterationBriefs>>,
): ActivityOut {
  return {
    can: {
      ...canOn(actor, 'activity', activityScope(r)),
      add_iteration: mayWriteOn(actor, 'iteration', { providerId: r.provider_id }),
    },
    id: r.id,
    key: r.key,
    provider_id: r.provider_id,
    title: r.title,
    description: r.description,
    area_code: r.area_code,
    event_type: r.event_type,
    eligibility: r.eligibility,
    eligibility_framework_id: r.eligibility_framework_id,
    eligible_partners: JSON.parse(r.eligible_partners) as string[],
    languages: JSON.parse(r.languages) as string[],
    clearance: r.clearance,
    fee: r.fee,
    contact: r.contact,
    marking: r.marking,
    releasable_to: JSON.parse(r.releasable_to) as string[],
    illustrative: r.illustrative === 1,
    iterations: iterations.filter((i) => i.activity_id === r.id).map(({ activity_id: _, ...brief }) => brief),
    version: r.version,
    updated_at: r.updated_at,
  };
}

/** The activity row the actor may read, or 404. */
export async function readableActivity(ctx: Ctx, id: string): Promise<ActivityTable> {
  const row = await findActivity(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no activity ${id}`);
  assertCanRead(ctx.actor, 'activity', activityScope(row));
  return row;
}

export async function getActivity(ctx: Ctx, id: string): Promise<ActivityOut> {
  assertCanRead(ctx.actor, 'activity');
  const row = await readableActivity(ctx, id);
  return present(ctx.actor, row, await iterationBriefs(ctx.db, [id]));
}

export async function listActivityPage(ctx: Ctx, query: ActivityListQuery): Promise<ActivityPage> {
  assertCanRead(ctx.actor, 'activity');
  const { limit, offset, ...filter } = query;
  const { rows, total, facets } = await listActivities(ctx.db, ctx.actor, filter, limit, offset);
  const briefs = await iterationBriefs(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => present(ctx.actor, r, briefs)), total, limit, offset, facets };
}

type ActivityFields = Omit<ActivityCreate, 'id'>;

async function check(ctx: Ctx, a: ActivityFields): Promise<void> {
  const issues: FieldIssue[] = [];
  if (a.eligibility === 'framework' && !a.eligibility_framework_id) {
    issues.push({ field: 'eligibility_framework_id', reason: 'is required when eligibility is framework' });
  }
  if (a.eligibility === 'named' && a.eligible_partners.length === 0) {
    issues.push({
      field: 'eligible_partners',
      reason: 'name at least one partner when eligibility is named',
    });
  }
  if (a.marking === 'partners' && a.releasable_to.length === 0) {
    issues.push({ field: 'releasable_to', reason: 'name the partners a "partners" marking releases to' });
  }
  if (issues.length > 0)
    throw new DomainError('request.invalid', issues.map((i) => `${i.field}: ${i.reason}`).join('; '), issues);
  const refs: [string, string | null | undefined][] = [
    ['provider_id', a.provider_id],
    ['eligibility_framework_id', a.eligibility_framework_id],
    ...a.eligible_partners.map((p, i): [string, string] => [`eligible_partners[${i}]`, p]),
  ];
  for (const [field, id] of refs) {
    if (id && !(await organizationExists(ctx.db, id)))
      throw DomainError.field('record.reference_missing', field, `no organization ${id}`);
  }
  if (a.area_code) {
    if (!(await areaExists(ctx.db, a.area_code)))
      throw DomainError.field(
        'record.reference_missing',
        'area_code',
        `no area of cooperation ${a.area_code}`,
      );
  }
}

function columns(a: ActivityFields) {
  return {
    key: a.key,
    provider_id: a.provider_id,
    title: a.title,
    description: a.description ?? null,
    area_code: a.area_code ?? null,
    event_type: a.event_type,
    eligibility: a.eligibility,
    eligibility_framework_id: a.eligibility === 'framework' ? (a.eligibility_framework_id ?? null) : null,
    eligible_partners: JSON.stringify(a.eligible_partners),
    languages: JSON.stringify(a.languages),
    clearance: a.clearance ?? null,
    fee: a.fee ?? null,
    contact: a.contact ?? null,
    marking: a.marking,
    releasable_to: JSON.stringify(a.releasable_to),
    illustrative: a.illustrative ? 1 : 0,
    search: foldForSearch([a.key, a.title, a.description ?? ''].join(' | ')),
  };
}

/** The id an activity gets from its key: ACT.396 → act-396. */
export function activityIdOf(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export async function createActivity(ctx: Ctx, input: ActivityCreate): Promise<ActivityOut> {
  assertCanWrite(ctx.actor, 'activity', { providerId: input.provider_id });
  assertMayChooseId(ctx.actor, 'activity', input.id);
  const id = input.id ?? activityIdOf(input.key);
  return inTransaction(ctx, async (tx) => {
    await check(tx, input);
    const key = await activityWithKey(tx.db, input.key);
    if (key) throw DomainError.field('record.exists', 'key', `activity ${key.id} has the key ${input.key}`);
    const at = now();
    await insertVersioned(tx.db, versioned('activity'), { id, ...columns(input) }, at);
    const created = await getActivity(tx, id);
    await audit(tx, 'create', 'activity', id, undefined, created, at);
    return created;
  });
}

export async function updateActivity(ctx: Ctx, id: string, patch: ActivityPatch): Promise<ActivityOut> {
  assertCanWrite(ctx.actor, 'activity');
  return inTransaction(ctx, async (tx) => {
    const row = await readableActivity(tx, id);
    assertCanWrite(ctx.actor, 'activity', activityScope(row));
    const before = await getActivity(tx, id);
    const { version, ...changes } = patch;
    const merged: ActivityFields = {
      ...before,
      description: before.description,
      eligibility: before.eligibility as ActivityFields['eligibility'],
      event_type: before.event_type as ActivityFields['event_type'],
      marking: before.marking as Marking,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    } as ActivityFields;
    await check(tx, merged);
    if (merged.key !== before.key) {
      const key = await activityWithKey(tx.db, merged.key);
      if (key)
        throw DomainError.field('record.exists', 'key', `activity ${key.id} has the key ${merged.key}`);
    }
    const at = now();
    await updateVersioned(tx.db, versioned('activity'), id, requireVersion(version), columns(merged), at);
    const after = await getActivity(tx, id);
    await audit(tx, 'update', 'activity', id, before, after, at);
    return after;
  });
}

export async function deleteActivity(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'activity');
  await inTransaction(ctx, async (tx) => {
    const row = await readableActivity(tx, id);
    assertCanWrite(ctx.actor, 'activity', activityScope(row));
    const before = await getActivity(tx, id);
    if (await activityIsReferenced(tx.db, id))
      throw DomainError.field('record.referenced', 'id', `activity ${id} still has iterations`);
    await deleteAudited(tx, versioned('activity'), id, version, before);
  });
}
