import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../domain/actor.js';
import { DomainError } from '../domain/errors.js';
import {
  type Action,
  allowed,
  allowedOn,
  grantsOf,
  type RecordScope,
  type Resource,
} from '../domain/policy.js';

/**
 * The one place that applies the policy table to what an actor reads and changes. Services call it
 * first thing; routes never re-derive a rule. `visibleWhere` turns the same table into SQL so that
 * lists, counts and exports reach exactly the records a detail read reaches.
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
  | 'user'
  | 'activity'
  | 'iteration'
  | 'exercise'
  | 'nomination'
  | 'allocation_round'
  | 'programme'
  | 'meeting'
  | 'follow_up'
  | 'dashboard';

const RESOURCE_OF: Record<Entity, Resource> = {
  organization: 'registry',
  membership: 'registry',
  person: 'registry',
  post: 'registry',
  post_holding: 'registry',
  source: 'registry',
  claim: 'registry',
  area: 'registry',
  audit: 'audit',
  user: 'users',
  activity: 'menu',
  iteration: 'menu',
  exercise: 'menu',
  nomination: 'nomination',
  allocation_round: 'nomination',
  programme: 'programme',
  meeting: 'dialogue',
  follow_up: 'dialogue',
  dashboard: 'aggregate',
};

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

/** The columns (qualified as the query needs) that hold a record's scope; absent ones never match. */
export interface ScopeColumns {
  partner?: string;
  provider?: string;
  marking?: string;
  /** a JSON array of partner ids in a text column */
  releasableTo?: string;
}

/** Whether the actor reaches every record of the kind: a list then needs no visibility condition. */
export function seesAll(actor: Actor, entity: Entity, action: Action = 'read'): boolean {
  return grantsOf(actor, action, resourceOf(entity)).includes('all');
}

/**
 * The SQL twin of `allowedOn`: a WHERE condition selecting exactly the records the actor reaches.
 * Use as `.where((eb) => visibleWhere(eb, actor, 'programme', { partner: 'programme.partner_id', … }))`.
 */
export function visibleWhere<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  actor: Actor,
  entity: Entity,
  cols: ScopeColumns,
  action: Action = 'read',
): Expression<SqlBool> {
  const own = actor.organizationId;
  const ref = (c: string) => sql.ref(c);
  const isPublic = cols.marking ? sql<SqlBool>`${ref(cols.marking)} = 'public'` : sql<SqlBool>`1 = 0`;
  const conditions: Expression<SqlBool>[] = [];
  for (const grant of grantsOf(actor, action, resourceOf(entity))) {
    if (grant === 'all') return sql<SqlBool>`1 = 1`;
    if (grant === 'public') conditions.push(isPublic);
    if (grant === 'released') {
      conditions.push(isPublic);
      if (own && cols.marking && cols.releasableTo) {
        // Ids are slugs, so a quoted id cannot occur inside another one.
        conditions.push(
          sql<SqlBool>`(${ref(cols.marking)} = 'partners' and ${ref(cols.releasableTo)} like ${`%"${own}"%`})`,
        );
      }
    }
    if (grant === 'own' && own) {
      if (cols.partner) conditions.push(sql<SqlBool>`${ref(cols.partner)} = ${own}`);
      if (cols.provider) conditions.push(sql<SqlBool>`${ref(cols.provider)} = ${own}`);
    }
  }
  if (conditions.length === 0) return sql<SqlBool>`1 = 0`;
  return eb.or(conditions);
}
