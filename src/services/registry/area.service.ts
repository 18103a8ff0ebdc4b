import { DomainError } from '../../domain/core/errors.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOn } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type { AreaCreate, AreaOut, AreaPatch } from '../../schemas/registry/area.schema.js';
import {
  audit,
  deleteAudited,
  insertVersioned,
  requireVersion,
  updateVersioned,
} from '../../store/core/records.js';
import type { AreaTable } from '../../store/core/schema.js';
import { findArea, listAreas } from '../../store/registry/area.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';

function present(actor: Actor, r: AreaTable): AreaOut {
  const names = JSON.parse(r.names) as Record<string, string>;
  return {
    can: canOn(actor, 'area'),
    code: r.code,
    name: names.en ?? r.code,
    names,
    description: r.description,
    version: r.version,
    updated_at: r.updated_at,
  };
}

export async function getArea(ctx: Ctx, code: string): Promise<AreaOut> {
  assertCanRead(ctx.actor, 'area');
  const row = await findArea(ctx.db, code.toUpperCase());
  if (!row) throw DomainError.field('record.not_found', 'code', `no area of cooperation ${code}`);
  return present(ctx.actor, row);
}

export async function listAreaPage(ctx: Ctx, page: ListQuery): Promise<Page<AreaOut>> {
  assertCanRead(ctx.actor, 'area');
  const { rows, total } = await listAreas(ctx.db, page.limit, page.offset);
  return { items: rows.map((r) => present(ctx.actor, r)), total, ...page };
}

export async function createArea(ctx: Ctx, input: AreaCreate): Promise<AreaOut> {
  assertCanWrite(ctx.actor, 'area');
  return inTransaction(ctx, async (tx) => {
    const at = now();
    await insertVersioned(
      tx.db,
      'area',
      { code: input.code, names: JSON.stringify(input.names), description: input.description ?? null },
      at,
    );
    const created = await getArea(tx, input.code);
    await audit(tx, 'create', 'area', input.code, undefined, created, at);
    return created;
  });
}

export async function updateArea(ctx: Ctx, code: string, patch: AreaPatch): Promise<AreaOut> {
  assertCanWrite(ctx.actor, 'area');
  return inTransaction(ctx, async (tx) => {
    const before = await getArea(tx, code);
    const names = patch.names ?? before.names;
    const description = patch.description === undefined ? before.description : patch.description;
    const at = now();
    await updateVersioned(
      tx.db,
      'area',
      before.code,
      requireVersion(patch.version),
      { names: JSON.stringify(names), description },
      at,
    );
    const after = await getArea(tx, before.code);
    await audit(tx, 'update', 'area', before.code, before, after, at);
    return after;
  });
}

export async function deleteArea(ctx: Ctx, code: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'area');
  await inTransaction(ctx, async (tx) => {
    const before = await getArea(tx, code);
    await deleteAudited(tx, 'area', before.code, version, before);
  });
}
