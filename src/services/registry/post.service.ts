import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { applyPatch } from '../../domain/core/patch.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { nameOn } from '../../domain/registry/names.js';
import { periodIssues, rejectIssues } from '../../domain/registry/registry-rules.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import { canOnSoftDeletable } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type { PostCreate, PostOut, PostPatch } from '../../schemas/registry/post.schema.js';
import { audit, insertVersioned, requireVersion, updateVersioned } from '../../store/core/records.js';
import type { PostTable } from '../../store/core/schema.js';
import { namesOf } from '../../store/registry/names.repo.js';
import { findOrganization } from '../../store/registry/organization.repo.js';
import { findPost, listPosts, postIsReferenced } from '../../store/registry/post.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { today } from '../core/today.js';
import { restore, softDelete } from '../trust/soft-delete.service.js';

async function present(ctx: Ctx, rows: PostTable[]): Promise<PostOut[]> {
  const names = await namesOf(
    ctx.db,
    'organization_name',
    rows.map((r) => r.organization_id),
  );
  return rows.map((r) => ({
    can: canOnSoftDeletable(ctx.actor, 'post'),
    id: r.id,
    organization_id: r.organization_id,
    organization_name: nameOn(names.get(r.organization_id) ?? [], today()) ?? r.organization_id,
    label: r.label,
    labels: JSON.parse(r.labels) as Record<string, string>,
    role: r.role,
    single_holder: r.single_holder === 1,
    start_date: r.start_date,
    end_date: r.end_date,
    version: r.version,
    updated_at: r.updated_at,
  }));
}

export async function getPost(ctx: Ctx, id: string): Promise<PostOut> {
  assertCanRead(ctx.actor, 'post');
  const row = await findPost(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no post ${id}`);
  return (await present(ctx, [row]))[0] as PostOut;
}

export async function listPostPage(
  ctx: Ctx,
  filter: { q?: string; organization_id?: string },
  page: ListQuery,
): Promise<Page<PostOut>> {
  assertCanRead(ctx.actor, 'post');
  const { rows, total } = await listPosts(ctx.db, filter, page.limit, page.offset);
  return { items: await present(ctx, rows), total, ...page };
}

function columns(p: Omit<PostCreate, 'id'>) {
  const labels = p.labels ?? {};
  return {
    organization_id: p.organization_id,
    label: p.label,
    labels: JSON.stringify(labels),
    role: p.role ?? null,
    single_holder: p.single_holder ? 1 : 0,
    start_date: p.start_date ?? null,
    end_date: p.end_date ?? null,
    search: foldForSearch([p.label, ...Object.values(labels)].join(' | ')),
  };
}

export async function createPost(ctx: Ctx, input: PostCreate): Promise<PostOut> {
  assertCanWrite(ctx.actor, 'post');
  rejectIssues('request.invalid', periodIssues(input.start_date, input.end_date));
  const id = input.id ?? newId(input.label);
  return inTransaction(ctx, async (tx) => {
    // A deleted organization is absent here too: no new posts under it.
    if (!(await findOrganization(tx.db, input.organization_id))) {
      throw DomainError.field(
        'record.reference_missing',
        'organization_id',
        `no organization ${input.organization_id}`,
      );
    }
    const at = now();
    await insertVersioned(tx.db, 'post', { id, ...columns(input) }, at);
    const created = await getPost(tx, id);
    await audit(tx, 'create', 'post', id, undefined, created, at);
    return created;
  });
}

export async function updatePost(ctx: Ctx, id: string, patch: PostPatch): Promise<PostOut> {
  assertCanWrite(ctx.actor, 'post');
  return inTransaction(ctx, async (tx) => {
    const before = await getPost(tx, id);
    const { version, ...changes } = patch;
    const merged = applyPatch(before, changes);
    rejectIssues('request.invalid', periodIssues(merged.start_date, merged.end_date));
    const at = now();
    await updateVersioned(tx.db, 'post', id, requireVersion(version), columns(merged), at);
    const after = await getPost(tx, id);
    await audit(tx, 'update', 'post', id, before, after, at);
    return after;
  });
}

export async function deletePost(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'post');
  await inTransaction(ctx, async (tx) => {
    const before = await getPost(tx, id);
    const expected = requireVersion(version);
    if (await postIsReferenced(tx.db, id))
      throw DomainError.field('record.referenced', 'id', `${id} still has holdings`);
    await softDelete(tx, 'post', id, expected, before);
  });
}

/** Brings back a deleted post (POST …/restore). */
export async function restorePost(ctx: Ctx, id: string, version: number | undefined): Promise<PostOut> {
  return restore(ctx, 'post', id, version, (tx, key) => getPost(tx, key));
}
