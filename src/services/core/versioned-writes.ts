import type { VersionedTable } from '../../domain/core/entities.js';
import { DomainError } from '../../domain/core/errors.js';
import { applyPatch } from '../../domain/core/patch.js';
import { assertCanWrite, type Entity } from '../../domain/trust/access.js';
import {
  audit,
  deleteAudited,
  exists,
  insertVersioned,
  requireVersion,
  updateVersioned,
} from '../../store/core/records.js';
import { lastDeletion } from '../../store/trust/record-versions.repo.js';
import { type Ctx, inTransaction, now } from './context.js';

/**
 * How a record of one of the registry's plain versioned tables is written: its id when the caller
 * gives none, the rules a new or changed record must pass, its columns, and how it reads back.
 */
export interface VersionedSpec<Create extends { id?: string | undefined }, Out> {
  /** a versioned table whose records the policy knows by the table's name */
  table: VersionedTable & Entity;
  idFor(input: Create): string;
  check(tx: Ctx, id: string, record: Omit<Create, 'id'>): Promise<void>;
  columns(record: Omit<Create, 'id'>): Record<string, unknown>;
  get(ctx: Ctx, id: string): Promise<Out>;
}

/**
 * Create, update and delete as every such table does them: in one transaction, checked, versioned
 * (an update names the version it was based on) and audited with the record before and after.
 */
export function versionedWrites<Create extends { id?: string | undefined }, Out extends object>(
  spec: VersionedSpec<Create, Out>,
) {
  const { table } = spec;
  return {
    async create(ctx: Ctx, input: Create): Promise<Out> {
      assertCanWrite(ctx.actor, table);
      const id = input.id ?? spec.idFor(input);
      return inTransaction(ctx, async (tx) => {
        await spec.check(tx, id, input);
        const at = now();
        await insertVersioned(tx.db, table, { id, ...spec.columns(input) }, at);
        const created = await spec.get(tx, id);
        await audit(tx, 'create', table, id, undefined, created, at);
        return created;
      });
    },

    async update(ctx: Ctx, id: string, patch: { version?: number | undefined }): Promise<Out> {
      assertCanWrite(ctx.actor, table);
      return inTransaction(ctx, async (tx) => {
        const before = await spec.get(tx, id);
        const { version, ...changes } = patch;
        // The record as read merged with the change: the shape the rules and columns take.
        const merged = applyPatch(before, changes) as unknown as Omit<Create, 'id'>;
        await spec.check(tx, id, merged);
        const at = now();
        await updateVersioned(tx.db, table, id, requireVersion(version), spec.columns(merged), at);
        const after = await spec.get(tx, id);
        await audit(tx, 'update', table, id, before, after, at);
        return after;
      });
    },

    /**
     * Writes a deleted record back as the audit trail's last deletion kept it, through the same rules
     * as a new one (a membership that would now overlap another is refused), one version on from the
     * version it was deleted at; `expected` (If-Match), when sent, must be that deleted version.
     */
    async restore(ctx: Ctx, id: string, expected: number | undefined): Promise<Out> {
      assertCanWrite(ctx.actor, table);
      return inTransaction(ctx, async (tx) => {
        if (await exists(tx.db, table, id))
          throw DomainError.field('record.not_deleted', 'id', `${table} ${id} is not deleted`);
        const deletion = await lastDeletion(tx.db, table, id);
        if (!deletion?.before) throw DomainError.field('record.not_found', 'id', `no deleted ${table} ${id}`);
        const before = JSON.parse(deletion.before) as Omit<Create, 'id'> & { version: number };
        if (expected !== undefined && expected !== before.version)
          throw DomainError.field(
            'version.stale',
            'version',
            `is ${expected} but the ${table} was deleted at version ${before.version}`,
          );
        await spec.check(tx, id, before);
        const at = now();
        await insertVersioned(tx.db, table, { id, ...spec.columns(before) }, at, before.version + 1);
        const restored = await spec.get(tx, id);
        await audit(tx, 'restore', table, id, undefined, restored, at);
        return restored;
      });
    },

    async remove(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
      assertCanWrite(ctx.actor, table);
      await inTransaction(ctx, async (tx) => {
        const before = await spec.get(tx, id);
        await deleteAudited(tx, table, id, version, before);
      });
    },
  };
}
