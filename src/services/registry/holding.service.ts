import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { certainlyOverlap, coversDay } from '../../domain/core/period.js';
import { nameOn } from '../../domain/registry/names.js';
import { periodIssues, rejectIssues } from '../../domain/registry/registry-rules.js';
import { assertCanRead } from '../../domain/trust/access.js';
import { canOn } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type { HoldingCreate, HoldingOut, HoldingPatch } from '../../schemas/registry/post.schema.js';
import { periodColumns } from '../../store/core/period-columns.js';
import { exists } from '../../store/core/records.js';
import { namesOf } from '../../store/registry/names.repo.js';
import { personScope } from '../../store/registry/person-scope.repo.js';
import {
  findHolding,
  findPost,
  type HoldingRow,
  holdersOn,
  holdingsWhere,
  listHoldings,
  postsByIds,
} from '../../store/registry/post.repo.js';
import type { Ctx } from '../core/context.js';
import { today } from '../core/today.js';
import { versionedWrites } from '../core/versioned-writes.js';

async function present(ctx: Ctx, rows: HoldingRow[], on: string | undefined): Promise<HoldingOut[]> {
  const [names, posts] = await Promise.all([
    namesOf(
      ctx.db,
      'person_name',
      rows.map((r) => r.person_id),
    ),
    postsByIds(
      ctx.db,
      rows.map((r) => r.post_id),
    ),
  ]);
  const labels = new Map(posts.map((p) => [p.id, p.label]));
  const translated = new Map(posts.map((p) => [p.id, JSON.parse(p.labels) as Record<string, string>]));
  return rows.map((r) => {
    const certainty = on ? coversDay({ start: r.start_date, end: r.end_date }, on) : 'no';
    return {
      can: canOn(ctx.actor, 'post_holding'),
      id: r.id,
      post_id: r.post_id,
      post_label: labels.get(r.post_id) ?? r.post_id,
      post_labels: translated.get(r.post_id) ?? {},
      person_id: r.person_id,
      person_name: nameOn(names.get(r.person_id) ?? [], on ?? today()) ?? r.person_id,
      start_date: r.start_date,
      end_date: r.end_date,
      acting: r.acting === 1,
      note: r.note,
      ...(on && certainty !== 'no' ? { certainty } : {}),
      version: r.version,
      updated_at: r.updated_at,
    };
  });
}

export async function getHolding(ctx: Ctx, id: string): Promise<HoldingOut> {
  assertCanRead(ctx.actor, 'post_holding');
  const row = await findHolding(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no post holding ${id}`);
  return (await present(ctx, [row], undefined))[0] as HoldingOut;
}

/** Who held a post: on a day (certain holders first), or over its whole history. */
export async function holdersOf(
  ctx: Ctx,
  postId: string,
  on: string | undefined,
  page: ListQuery,
): Promise<Page<HoldingOut>> {
  assertCanRead(ctx.actor, 'post_holding');
  if (!(await findPost(ctx.db, postId)))
    throw DomainError.field('record.not_found', 'id', `no post ${postId}`);
  const rows = on ? await holdersOn(ctx.store, postId, on) : await holdingsWhere(ctx.db, 'post_id', postId);
  const items = await present(ctx, rows, on);
  if (on) items.sort((a, b) => Number(a.certainty === 'possible') - Number(b.certainty === 'possible'));
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length, ...page };
}

export async function holdingsOfPerson(
  ctx: Ctx,
  personId: string,
  page: ListQuery,
): Promise<Page<HoldingOut>> {
  assertCanRead(ctx.actor, 'post_holding');
  if (!(await exists(ctx.db, 'person', personId)))
    throw DomainError.field('record.not_found', 'id', `no person ${personId}`);
  // A person the reader may not read answers as an absent one: an empty list would confirm them.
  assertCanRead(ctx.actor, 'person', await personScope(ctx.db, personId));
  const rows = await holdingsWhere(ctx.db, 'person_id', personId);
  const items = await present(ctx, rows.slice(page.offset, page.offset + page.limit), undefined);
  return { items, total: rows.length, ...page };
}

export async function listHoldingPage(
  ctx: Ctx,
  filter: { post_id?: string; person_id?: string },
  page: ListQuery,
): Promise<Page<HoldingOut>> {
  assertCanRead(ctx.actor, 'post_holding');
  const { rows, total } = await listHoldings(ctx.db, filter, page.limit, page.offset);
  return { items: await present(ctx, rows, undefined), total, ...page };
}

/**
 * A single-holder post has one substantive holder at a time, and one acting holder at a time;
 * an acting holder may stand in while a substantive holder is formally in post.
 */
async function check(ctx: Ctx, id: string, h: Omit<HoldingCreate, 'id'>) {
  rejectIssues('request.invalid', periodIssues(h.start_date, h.end_date));
  const post = await findPost(ctx.db, h.post_id);
  if (!post) throw DomainError.field('record.reference_missing', 'post_id', `no post ${h.post_id}`);
  if (!(await exists(ctx.db, 'person', h.person_id))) {
    throw DomainError.field('record.reference_missing', 'person_id', `no person ${h.person_id}`);
  }
  const others = (await holdingsWhere(ctx.db, 'post_id', h.post_id)).filter((o) => o.id !== id);
  const period = { start: h.start_date, end: h.end_date ?? null };
  for (const o of others) {
    const samePerson = o.person_id === h.person_id;
    const sameKind = (o.acting === 1) === h.acting;
    if (
      (samePerson || (post.single_holder === 1 && sameKind)) &&
      certainlyOverlap(period, { start: o.start_date, end: o.end_date })
    ) {
      throw DomainError.field(
        'holding.overlap',
        'start_date',
        `${h.start_date}…${h.end_date ?? ''} overlaps holding ${o.id} (${o.person_id}, ${o.start_date}…${o.end_date ?? ''}) of the single-holder post ${h.post_id}`,
      );
    }
  }
}

function columns(h: Omit<HoldingCreate, 'id'>) {
  return {
    post_id: h.post_id,
    person_id: h.person_id,
    ...periodColumns(h.start_date, h.end_date),
    acting: h.acting ? 1 : 0,
    note: h.note ?? null,
  };
}

const writes = versionedWrites<HoldingCreate, HoldingOut>({
  table: 'post_holding',
  idFor: (h) => newId(`${h.person_id}-${h.post_id}`.slice(0, 50)),
  check,
  columns,
  get: getHolding,
});

export const createHolding = writes.create;
export const updateHolding: (ctx: Ctx, id: string, patch: HoldingPatch) => Promise<HoldingOut> =
  writes.update;
export const deleteHolding = writes.remove;
export const restoreHolding = writes.restore;
