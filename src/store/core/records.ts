import { type Kysely, sql } from 'kysely';
import { keyOf, SOFT_DELETED, type VersionedTable } from '../../domain/core/entities.js';
import { DomainError } from '../../domain/core/errors.js';
import type { Actor } from '../../domain/trust/actor.js';
import { entryHash } from '../../domain/trust/audit-chain.js';
import type { Dialect } from './db.js';
import { isForeignKeyViolation, isUniqueViolation } from './driver-errors.js';
import type { DB } from './schema.js';

/**
 * Versioned writes shared by every table: a change names the version it was based on, and a stale
 * one is refused instead of silently overwriting someone else's work. Every change is audited in the
 * same transaction. The tables it accepts are the entity table's versioned ones (domain/core/entities.ts).
 */
export type { VersionedTable };

// biome-ignore lint/suspicious/noExplicitAny: dynamic table names are checked by VersionedTable
type Loose = Kysely<any>;

export async function findVersion(
  db: Kysely<DB>,
  table: VersionedTable,
  id: string,
): Promise<number | undefined> {
  const row = await (db as Loose)
    .selectFrom(table)
    .select('version')
    .where(keyOf(table), '=', id)
    .executeTakeFirst();
  return row?.version as number | undefined;
}

/** Is there such a record (not deleted), for a reference to point at? */
export async function exists(db: Kysely<DB>, table: VersionedTable, id: string): Promise<boolean> {
  let query = (db as Loose).selectFrom(table).select('version').where(keyOf(table), '=', id);
  if (SOFT_DELETED.has(table)) query = query.where('deleted_at', 'is', null);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertVersioned(
  db: Kysely<DB>,
  table: VersionedTable,
  row: Record<string, unknown>,
  at: string,
  /** a record restored from the audit trail carries on from the version it was deleted at */
  version = 1,
): Promise<void> {
  const key = keyOf(table);
  try {
    await (db as Loose)
      .insertInto(table)
      .values({ ...row, version, created_at: at, updated_at: at })
      .execute();
  } catch (err) {
    // The insert itself is the existence check: one statement instead of two on every create.
    if (isUniqueViolation(err)) {
      throw DomainError.field(
        'record.exists',
        key,
        `a ${table} with ${key} ${String(row[key])} exists already`,
      );
    }
    if (isForeignKeyViolation(err))
      throw new DomainError('record.reference_missing', `a ${table} refers to a missing record`);
    throw err;
  }
}

/** Applies `values` if the row is still at `expected`; returns the new version. */
export async function updateVersioned(
  db: Kysely<DB>,
  table: VersionedTable,
  id: string,
  expected: number,
  values: Record<string, unknown>,
  at: string,
): Promise<number> {
  const result = await (db as Loose)
    .updateTable(table)
    .set({ ...values, version: expected + 1, updated_at: at })
    .where(keyOf(table), '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expected + 1;
  const current = await findVersion(db, table, id);
  if (current === undefined) throw DomainError.field('record.not_found', 'id', `no ${table} ${id}`);
  throw DomainError.field(
    'version.stale',
    'version',
    `is ${expected} but the ${table} is now at version ${current}`,
  );
}

export async function deleteVersioned(db: Kysely<DB>, table: VersionedTable, id: string, expected: number) {
  const result = await (db as Loose)
    .deleteFrom(table)
    .where(keyOf(table), '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 1) return;
  const current = await findVersion(db, table, id);
  if (current === undefined) throw DomainError.field('record.not_found', 'id', `no ${table} ${id}`);
  throw DomainError.field(
    'version.stale',
    'version',
    `is ${expected} but the ${table} is now at version ${current}`,
  );
}

export function requireVersion(version: number | undefined): number {
  if (version === undefined) {
    throw DomainError.field(
      'version.required',
      'version',
      'send the version you read (If-Match header or "version")',
    );
  }
  return version;
}

/** What a write needs to know: where, on which database, and who acts. Services' Ctx fits. */
export interface Writer {
  db: Kysely<DB>;
  dialect: Dialect;
  actor: Actor;
}

const AUDIT_LOCK = 727_274;

/** Appends a chained entry to the audit log, in the caller's transaction. */
/**
 * What an audit entry records: a change, or an event worth knowing later — a refused request, a failed
 * sign-in, an export of records out of Concord.
 */
export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'purge'
  | 'transition'
  | 'sign'
  | 'refuse'
  | 'export'
  | 'sign_in_failed';

/**
 * A presented record carries what its reader may do with it (`can`); that belongs to the reader, not
 * to the record, so the audit trail keeps the record only.
 */
function withoutCan(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('can' in value)) return value;
  const { can: _reader, ...record } = value as Record<string, unknown>;
  return record;
}

export async function audit(
  w: Writer,
  action: AuditAction,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
  at: string,
): Promise<void> {
  // On PostgreSQL concurrent transactions would read the same chain head; a transaction-scoped
  // advisory lock serializes appends. SQLite has a single writer already.
  if (w.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(w.db);
  const head = await w.db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entry = {
    at,
    actor_id: w.actor.id,
    action,
    entity,
    entity_id: entityId,
    before: before === undefined ? null : JSON.stringify(withoutCan(before)),
    after: after === undefined ? null : JSON.stringify(withoutCan(after)),
  };
  const prev = head?.hash ?? null;
  await w.db
    .insertInto('audit_log')
    .values({ ...entry, prev_hash: prev, hash: entryHash(prev, entry) })
    .execute();
}

/** Deletes a row still at `expected` and audits what it was, in the caller's transaction. */
export async function deleteAudited(
  w: Writer,
  table: VersionedTable,
  id: string,
  expected: number | undefined,
  before: unknown,
): Promise<void> {
  await deleteVersioned(w.db, table, id, requireVersion(expected));
  await audit(w, 'delete', table, id, before, undefined, new Date().toISOString());
}
