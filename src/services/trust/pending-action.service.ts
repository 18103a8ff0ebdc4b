import { randomUUID } from 'node:crypto';
import { DomainError } from '../../domain/core/errors.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import { canOnPendingAction } from '../../domain/trust/can.js';
import { audit, deleteVersioned } from '../../store/core/records.js';
import {
  decideAction,
  findAction,
  findOpenAction,
  insertAction,
  listActions,
} from '../../store/trust/pending-action.repo.js';
import { deleteNamesOf, rowOf } from '../../store/trust/soft-delete.repo.js';
import type { PendingActionTable } from '../../store/trust/trust.tables.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { NAME_TABLE, requireDeleted, type SoftDeletable } from './soft-delete.service.js';

/**
 * Four eyes: a destructive administrative action (purging a soft-deleted record for good) is
 * requested by one administrator and carried out only when a different administrator approves it.
 */
export type PendingAction = PendingActionTable;
export type PendingActionOut = PendingAction & { can: ReturnType<typeof canOnPendingAction> };

/** The action with what the caller may do with it. */
function present(ctx: Ctx, action: PendingAction): PendingActionOut {
  return { ...action, can: canOnPendingAction(ctx.actor, action) };
}

// Destructive actions are the administrator's, like accounts: they share the admin-only `users` grant.
const assertAdmin = (ctx: Ctx) => assertCanWrite(ctx.actor, 'user');

export async function requestPurge(ctx: Ctx, table: SoftDeletable, id: string): Promise<PendingActionOut> {
  assertAdmin(ctx);
  const action = await inTransaction(ctx, async (tx) => {
    await requireDeleted(tx, table, id);
    const open = await findOpenAction(tx.db, table, id);
    if (open) return open;
    const at = now();
    const action: PendingAction = {
      id: randomUUID(),
      action: 'purge',
      entity: table,
      entity_id: id,
      requested_by: tx.actor.id,
      requested_at: at,
      decided_by: null,
      decided_at: null,
      status: 'pending',
      version: 1,
    };
    await insertAction(tx.db, action);
    await audit(tx, 'create', 'pending_action', action.id, undefined, action, at);
    return action;
  });
  return present(ctx, action);
}

export async function listPendingActions(ctx: Ctx, status = 'pending'): Promise<PendingActionOut[]> {
  assertAdmin(ctx);
  return (await listActions(ctx.db, status)).map((a) => present(ctx, a));
}

async function requirePending(ctx: Ctx, id: string): Promise<PendingAction> {
  const action = await findAction(ctx.db, id);
  if (!action) throw DomainError.field('record.not_found', 'id', `no pending action ${id}`);
  if (action.status !== 'pending')
    throw DomainError.field('pending_action.decided', 'id', `the action is ${action.status} already`);
  return action;
}

async function decide(ctx: Ctx, action: PendingAction, status: 'done' | 'cancelled'): Promise<PendingAction> {
  const at = now();
  const after = { ...action, status, decided_by: ctx.actor.id, decided_at: at, version: action.version + 1 };
  const decided = await decideAction(ctx.db, action.id, {
    status,
    decided_by: ctx.actor.id,
    decided_at: at,
    version: after.version,
  });
  // Two approvals racing: only the first decides.
  if (!decided) throw DomainError.field('pending_action.decided', 'id', 'the action was decided meanwhile');
  await audit(ctx, 'update', 'pending_action', action.id, action, after, at);
  return after;
}

/** A second administrator approves: the record and its names are removed for good. */
export async function approvePendingAction(ctx: Ctx, id: string): Promise<PendingActionOut> {
  assertAdmin(ctx);
  const decided = await inTransaction(ctx, async (tx) => {
    const action = await requirePending(tx, id);
    if (action.requested_by === tx.actor.id)
      throw new DomainError('four_eyes.same_person', 'A different administrator must approve this request');
    const table = action.entity as SoftDeletable;
    const row = await requireDeleted(tx, table, action.entity_id);
    const before = await rowOf(tx.db, table, row.id);
    const names = NAME_TABLE[table];
    if (names) await deleteNamesOf(tx.db, names, row.id);
    await deleteVersioned(tx.db, table, row.id, row.version);
    await audit(
      tx,
      'delete',
      table,
      row.id,
      before,
      { purged: true, requested_by: action.requested_by },
      now(),
    );
    return decide(tx, action, 'done');
  });
  return present(ctx, decided);
}

/** The requester, or any administrator, withdraws a request. */
export async function cancelPendingAction(ctx: Ctx, id: string): Promise<PendingActionOut> {
  assertAdmin(ctx);
  return present(
    ctx,
    await inTransaction(ctx, async (tx) => decide(tx, await requirePending(tx, id), 'cancelled')),
  );
}
