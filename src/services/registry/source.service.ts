import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { applyPatch } from '../../domain/core/patch.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOnSoftDeletable } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type { SourceCreate, SourceOut, SourcePatch } from '../../schemas/registry/source.schema.js';
import { audit, insertVersioned, requireVersion, updateVersioned } from '../../store/core/records.js';
import type { SourceTable } from '../../store/core/schema.js';
import { findSource, listSources, sourceIsCited } from '../../store/registry/source.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { restore, softDelete } from '../trust/soft-delete.service.js';

function present(actor: Actor, r: SourceTable): SourceOut {
  const { created_at: _c, ...rest } = r;
  return { can: canOnSoftDeletable(actor, 'source'), ...rest };
}

function columns(s: Omit<SourceCreate, 'id'>) {
  return {
    title: s.title,
    publisher: s.publisher ?? null,
    url: s.url ?? null,
    publication_date: s.publication_date ?? null,
    excerpt: s.excerpt ?? null,
    language: s.language ?? null,
  };
}

export async function getSource(ctx: Ctx, id: string): Promise<SourceOut> {
  assertCanRead(ctx.actor, 'source');
  const row = await findSource(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no source ${id}`);
  return present(ctx.actor, row);
}

export async function listSourcePage(ctx: Ctx, page: ListQuery): Promise<Page<SourceOut>> {
  assertCanRead(ctx.actor, 'source');
  const { rows, total } = await listSources(ctx.db, page.limit, page.offset);
  return { items: rows.map((r) => present(ctx.actor, r)), total, ...page };
}

export async function createSource(ctx: Ctx, input: SourceCreate): Promise<SourceOut> {
  assertCanWrite(ctx.actor, 'source');
  const id = input.id ?? newId(input.title.slice(0, 40));
  return inTransaction(ctx, async (tx) => {
    const at = now();
    await insertVersioned(tx.db, 'source', { id, ...columns(input) }, at);
    const created = await getSource(tx, id);
    await audit(tx, 'create', 'source', id, undefined, created, at);
    return created;
  });
}

export async function updateSource(ctx: Ctx, id: string, patch: SourcePatch): Promise<SourceOut> {
  assertCanWrite(ctx.actor, 'source');
  return inTransaction(ctx, async (tx) => {
    const before = await getSource(tx, id);
    const { version, ...changes } = patch;
    const merged = applyPatch(before, changes);
    const at = now();
    await updateVersioned(tx.db, 'source', id, requireVersion(version), columns(merged), at);
    const after = await getSource(tx, id);
    await audit(tx, 'update', 'source', id, before, after, at);
    return after;
  });
}

export async function deleteSource(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'source');
  await inTransaction(ctx, async (tx) => {
    const before = await getSource(tx, id);
    const expected = requireVersion(version);
    if (await sourceIsCited(tx.db, id))
      throw DomainError.field('record.referenced', 'id', `claims still cite ${id}`);
    await softDelete(tx, 'source', id, expected, before);
  });
}

/** Brings back a deleted source (POST …/restore). */
export async function restoreSource(ctx: Ctx, id: string, version: number | undefined): Promise<SourceOut> {
  return restore(ctx, 'source', id, version, (tx, key) => getSource(tx, key));
}
