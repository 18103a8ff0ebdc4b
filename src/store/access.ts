import type { Actor } from '../domain/actor.js';
import { DomainError } from '../domain/errors.js';

/**
 * The one place that turns an actor into what it may read and change. Registry facts are public
 * reference data; changing them is for the organization's staff. Releasability of programmes,
 * nominations and dialogue (a later issue) adds its row filters here, not in routes or services.
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
  | 'audit';

export function canWrite(actor: Actor, _entity: Entity): boolean {
  return actor.roles.includes('admin') || actor.roles.includes('staff');
}

export function canRead(actor: Actor, entity: Entity): boolean {
  if (entity === 'audit') return canWrite(actor, entity);
  return true;
}

export function assertCanWrite(actor: Actor, entity: Entity): void {
  // A record the actor may not change is reported like a missing one only where reading is also
  // denied; registry records are readable, so a refusal is honest about being a refusal.
  if (!canWrite(actor, entity))
    throw new DomainError('access.denied', `You may not change ${entity} records`);
}

/** A record the actor may not read is answered like an absent one (404), never as forbidden. */
export function assertCanRead(actor: Actor, entity: Entity): void {
  if (!canRead(actor, entity)) throw DomainError.field('record.not_found', 'id', `no such ${entity}`);
}
