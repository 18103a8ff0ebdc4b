import type { Actor } from '../domain/actor.js';
import { DomainError } from '../domain/errors.js';
import { allowed, type Resource } from '../domain/policy.js';

/**
 * The one place that applies the policy table to what an actor reads and changes. Services call it
 * first thing; routes never re-derive a rule.
 */
export type Entity =
  | 'organization'
  | 'membership'
  | 'person'
  | 'post'
  | 'post_holding'
  | 'source'
  | 'claim'
  | 'area'
  | 'audit'
  | 'user';

function resourceOf(entity: Entity): Resource {
  if (entity === 'audit') return 'audit';
  if (entity === 'user') return 'users';
  return 'registry';
}

export function canWrite(actor: Actor, entity: Entity): boolean {
  return allowed(actor, 'write', resourceOf(entity));
}

export function canRead(actor: Actor, entity: Entity): boolean {
  return allowed(actor, 'read', resourceOf(entity));
}

export function assertCanWrite(actor: Actor, entity: Entity): void {
  if (canWrite(actor, entity)) return;
  if (actor.role === 'public') throw new DomainError('auth.required', 'Sign in to change records');
  throw new DomainError('access.denied', `Your role (${actor.role}) may not change ${entity} records`);
}

/** A record the actor may not read is answered like an absent one (404), never as forbidden. */
export function assertCanRead(actor: Actor, entity: Entity): void {
  if (!canRead(actor, entity)) throw DomainError.field('record.not_found', 'id', `no such ${entity}`);
}
