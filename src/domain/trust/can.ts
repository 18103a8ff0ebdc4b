import { type Entity, resourceOf } from './access.js';
import type { Actor } from './actor.js';
import { allowedOn, type RecordScope } from './policy.js';

/**
 * What the caller may do with one record, answered beside the record so that a client shows the
 * actions the policy allows instead of re-deriving the policy from roles. Computed only from the one
 * policy table (`allowedOn` with the record's scope), the same check the write itself makes.
 */
export interface RecordCan {
  update: boolean;
  delete: boolean;
}

/** May the actor change this record? (the check every write makes first) */
export function mayWriteOn(actor: Actor, entity: Entity, scope: RecordScope = {}): boolean {
  return allowedOn(actor, 'write', resourceOf(entity), scope);
}

/** update and delete of a record whose writes the policy alone decides. */
export function canOn(actor: Actor, entity: Entity, scope: RecordScope = {}): RecordCan {
  const write = mayWriteOn(actor, entity, scope);
  return { update: write, delete: write };
}

/** A soft-deletable registry record: deleting hides it, and whoever may delete it may restore it. */
export function canOnSoftDeletable(actor: Actor, entity: Entity): RecordCan & { restore: boolean } {
  const can = canOn(actor, entity);
  return { ...can, restore: can.delete };
}

/**
 * A destructive action waiting for four eyes: any administrator may withdraw it while it waits; only
 * an administrator other than the one who asked may approve it. Nobody edits or deletes the request.
 */
export function canOnPendingAction(
  actor: Actor,
  action: { status: string; requested_by: string },
): RecordCan & { approve: boolean; cancel: boolean } {
  // Destructive actions are the administrator's, like accounts (the policy's users grant).
  const open = action.status === 'pending' && mayWriteOn(actor, 'user');
  return { update: false, delete: false, approve: open && action.requested_by !== actor.id, cancel: open };
}
