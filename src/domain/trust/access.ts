import { type Entity, RESOURCE_OF } from '../core/entities.js';
import { DomainError } from '../core/errors.js';
import type { Actor } from './actor.js';
import { type Action, allowed, allowedOn, grantsOf, type RecordScope, type Resource } from './policy.js';

/**
 * The one place that applies the policy table to what an actor reads and changes. Services call it
 * first thing; routes never re-derive a rule. Its SQL twin, `visibleWhere` in store/trust/access.ts,
 * turns the same table into SQL so that lists, counts and exports reach exactly the records a detail
 * read reaches. The kinds of record and their resources come from the entity table (domain/core/entities.ts).
 */
export type { Entity } from '../core/entities.js';

export function resourceOf(entity: Entity): Resource {
  return RESOURCE_OF[entity];
}

export function canWrite(actor: Actor, entity: Entity): boolean {
  return allowed(actor, 'write', resourceOf(entity));
}

export function canRead(actor: Actor, entity: Entity): boolean {
  return allowed(actor, 'read', resourceOf(entity));
}

export function assertCanWrite(actor: Actor, entity: Entity, record?: RecordScope): void {
  const ok = record ? allowedOn(actor, 'write', resourceOf(entity), record) : canWrite(actor, entity);
  if (ok) return;
  if (actor.role === 'public') throw new DomainError('auth.required', 'Sign in to change records');
  throw new DomainError('access.denied', `Your role (${actor.role}) may not change this ${entity} record`);
}

/** A record the actor may not read is answered like an absent one (404), never as forbidden. */
export function assertCanRead(actor: Actor, entity: Entity, record?: RecordScope): void {
  const ok = record ? allowedOn(actor, 'read', resourceOf(entity), record) : canRead(actor, entity);
  if (!ok) throw DomainError.field('record.not_found', 'id', `no such ${entity}`);
}

/** Whether the actor reaches every record of the kind: a list then needs no visibility condition. */
export function seesAll(actor: Actor, entity: Entity, action: Action = 'read'): boolean {
  return grantsOfEntity(actor, action, entity).includes('all');
}

export function grantsOfEntity(actor: Actor, action: Action, entity: Entity) {
  return grantsOf(actor, action, resourceOf(entity));
}

/**
 * Only an actor who reads every record of the kind chooses a new record's id. Anyone else's choice
 * could collide with a record hidden from them, and any answer to that (409, another id) would
 * confirm it; so their ids are assigned by the server, and a supplied one is refused whatever it is.
 */
export function assertMayChooseId(actor: Actor, entity: Entity, id: string | undefined | null): void {
  if (id === undefined || id === null || seesAll(actor, entity)) return;
  throw DomainError.field(
    'request.invalid',
    'id',
    `is assigned by the server: your account does not choose ids of ${entity} records`,
  );
}
