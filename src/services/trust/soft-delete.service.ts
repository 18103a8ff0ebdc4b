import { DomainError } from '../../domain/core/errors.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import { audit, requireVersion, updateVersioned } from '../../store/core/records.js';
import { deletionState, type SoftDeletable } from '../../store/trust/soft-delete.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';

export type { SoftDeletable };

/** Child rows a purge removes with the record. */
export const NAME_TABLE: Partial<Record<SoftDeletable, 'organization_name' | 'person_name'>> = {
  organization: 'organization_name',
  person: 'person_name',
};

/** Hides a record still at `expected`, in the caller's transaction; audited as a delete. */
export async function softDelete(
  tx: Ctx,
  table: SoftDeletable,
  id: string,
  expected: number | undefined,
  before: unknown,
): Promise<void> {
  const at = now();
  await updateVersioned(
    tx.db,
    table,
    id,
    requireVersion(expected),
    { deleted_at: at, deleted_by: tx.actor.id },
    at,
  );
  await audit(tx, 'delete', table, id, before, { deleted_at: at, deleted_by: tx.actor.id }, at);
}

/** A soft-deleted record's row, or a 404 (absent) / 409 (not deleted) problem. */
export async function requireDeleted(ctx: Ctx, table: SoftDeletable, id: string) {
  const row = await deletionState(ctx.db, table, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no ${table} ${id}`);
  if (!row.deleted_at) throw DomainError.field('record.not_deleted', 'id', `${table} ${id} is not deleted`);
  return row;
}

/**
 * Brings a soft-deleted record back as it was. The version is optional: a deleted record cannot be
 * read, so its caller may not know it; when given (If-Match) it must still be current.
 */
export async function restore<T>(
  ctx: Ctx,
  table: SoftDeletable,
  id: string,
  expected: number | undefined,
  read: (tx: Ctx, id: string) => Promise<T>,
): Promise<T> {
  assertCanWrite(ctx.actor, table);
  return inTransaction(ctx, async (tx) => {
    const row = await requireDeleted(tx, table, id);
    const at = now();
    await updateVersioned(
      tx.db,
      table,
      id,
      expected ?? row.version,
      { deleted_at: null, deleted_by: null },
      at,
    );
    const after = await read(tx, id);
    await audit(
      tx,
      'update',
      table,
      id,
      { deleted_at: row.deleted_at, deleted_by: row.deleted_by },
      after,
      at,
    );
    return after;
  });
}
