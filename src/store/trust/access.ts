import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Entity, grantsOfEntity } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { type Action, ownColumn } from '../../domain/trust/policy.js';

/** The columns (qualified as the query needs) that hold a record's scope; absent ones never match. */
export interface ScopeColumns {
  partner?: string;
  provider?: string;
  /** a column, or an expression for a marking that is derived (a person's: policy.ts, `person`) */
  marking?: string | Expression<string>;
  /** a JSON array of partner ids in a text column */
  releasableTo?: string;
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
  const reach = visibleBranches(actor, entity, cols, action);
  if (reach === 'all') return sql<SqlBool>`1 = 1`;
  if (reach.length === 0) return sql<SqlBool>`1 = 0`;
  return eb.or(reach);
}

/**
 * The same condition as its alternatives, any of which makes a record visible ('all' when the actor
 * sees everything). A list may read each alternative through its own index and merge the pages,
 * where one OR of them would make the database read every candidate row and sort them.
 */
export function visibleBranches(
  actor: Actor,
  entity: Entity,
  cols: ScopeColumns,
  action: Action = 'read',
): 'all' | Expression<SqlBool>[] {
  const own = actor.organizationId;
  const ref = (c: string | Expression<string>) => (typeof c === 'string' ? sql.ref(c) : c);
  const isPublic = cols.marking ? sql<SqlBool>`${ref(cols.marking)} = 'public'` : null;
  const conditions: Expression<SqlBool>[] = [];
  for (const grant of grantsOfEntity(actor, action, entity)) {
    if (grant === 'all') return 'all';
    if ((grant === 'public' || grant === 'released') && isPublic && !conditions.includes(isPublic))
      conditions.push(isPublic);
    if (grant === 'released' && own && cols.marking && cols.releasableTo) {
      // Ids are slugs, so a quoted id cannot occur inside another one.
      conditions.push(
        sql<SqlBool>`(${ref(cols.marking)} = 'partners' and ${ref(cols.releasableTo)} like ${`%"${own}"%`})`,
      );
    }
    if (grant === 'own' && own) {
      // One capacity per account, as `ownColumn` decides for a single record.
      const column = ownColumn(actor);
      if (column === 'partner' && cols.partner) conditions.push(sql<SqlBool>`${ref(cols.partner)} = ${own}`);
      if (column === 'provider' && cols.provider)
        conditions.push(sql<SqlBool>`${ref(cols.provider)} = ${own}`);
    }
  }
  return conditions;
}
