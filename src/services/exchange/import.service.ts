import type { z } from 'zod';
import { DomainError, type FieldIssue } from '../../domain/core/errors.js';
import { fieldIssues } from '../../schemas/core/issues.js';
import { areaCreate } from '../../schemas/registry/area.schema.js';
import { membershipCreate } from '../../schemas/registry/membership.schema.js';
import { organizationCreate } from '../../schemas/registry/organization.schema.js';
import { personCreate } from '../../schemas/registry/person.schema.js';
import { holdingCreate, postCreate } from '../../schemas/registry/post.schema.js';
import { claimCreate, sourceCreate } from '../../schemas/registry/source.schema.js';
import type { ControlledTx } from '../../store/core/db.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../store/core/driver-errors.js';
import type { Ctx } from '../core/context.js';
import { createArea } from '../registry/area.service.js';
import { createClaim } from '../registry/claim.service.js';
import { createHolding } from '../registry/holding.service.js';
import { createMembership } from '../registry/membership.service.js';
import { createOrganization } from '../registry/organization.service.js';
import { createPerson } from '../registry/person.service.js';
import { createPost } from '../registry/post.service.js';
import { createSource } from '../registry/source.service.js';
import { BULK_KINDS, type BulkKind, bulkAllowed } from './import-bulk.js';

interface Importer<S extends z.ZodType> {
  schema: S;
  create(ctx: Ctx, input: z.output<S>): Promise<unknown>;
}

function importer<S extends z.ZodType>(
  schema: S,
  create: (ctx: Ctx, input: z.output<S>) => Promise<unknown>,
): Importer<S> {
  return { schema, create };
}

/** What `concord import <kind>` accepts, in the order the demo data loads them (references first). */
export const IMPORTERS = {
  areas: importer(areaCreate, createArea),
  sources: importer(sourceCreate, createSource),
  organizations: importer(organizationCreate, createOrganization),
  memberships: importer(membershipCreate, createMembership),
  people: importer(personCreate, createPerson),
  posts: importer(postCreate, createPost),
  holdings: importer(holdingCreate, createHolding),
  claims: importer(claimCreate, createClaim),
} as const;

export type ImportKind = keyof typeof IMPORTERS;
export const IMPORT_KINDS = Object.keys(IMPORTERS) as ImportKind[];

export interface RowError {
  /** 1-based position of the row in the file's records (CSV: the header is not counted) */
  row: number;
  field: string;
  reason: string;
  code: string;
}

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  imported: number;
  failed: number;
  committed: boolean;
  errors: RowError[];
}

function issuesOf(err: unknown): { code: string; issues: FieldIssue[] } {
  if (err instanceof DomainError) {
    return { code: err.code, issues: err.issues.length ? err.issues : [{ field: '*', reason: err.message }] };
  }
  throw err;
}

/** Validates rows against the kind's schema; the valid ones with their row numbers, and the errors. */
function validate(kind: ImportKind, rows: readonly unknown[]) {
  const { schema } = IMPORTERS[kind] as Importer<z.ZodType>;
  const errors: RowError[] = [];
  const valid: { row: number; value: unknown }[] = [];
  rows.forEach((raw, i) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push({ row: i + 1, value: parsed.data });
    else {
      for (const issue of fieldIssues(parsed.error))
        errors.push({ row: i + 1, ...issue, code: 'request.invalid' });
    }
  });
  return { valid, errors };
}

/** Each row in a savepoint, so that a row refused by a rule or by the database leaves nothing behind. */
async function rowByRow(
  ctx: Ctx,
  tx: ControlledTx,
  kind: ImportKind,
  items: readonly { row: number; value: unknown }[],
  errors: RowError[],
  onRow?: (n: number) => void,
): Promise<number> {
  const { create } = IMPORTERS[kind] as Importer<z.ZodType>;
  const txCtx: Ctx = { ...ctx, db: tx };
  let imported = 0;
  for (const [n, { row, value }] of items.entries()) {
    const point = await tx.savepoint('import_row').execute();
    try {
      await create(txCtx, value);
      await point.releaseSavepoint('import_row').execute();
      imported++;
    } catch (err) {
      await point.rollbackToSavepoint('import_row').execute();
      const { code, issues } = issuesOf(err);
      for (const issue of issues) errors.push({ row, field: issue.field, reason: issue.reason, code });
    }
    onRow?.(n);
  }
  return imported;
}

const BATCH = 1_000;

/**
 * The bulk path: a batch is checked at once (memory, then one query per batch), written with
 * multi-row inserts and one audit append. Should the database still refuse the batch, it is rolled
 * back to its savepoint and goes row by row, so every bad row is still named.
 */
async function inBatches(
  ctx: Ctx,
  tx: ControlledTx,
  kind: ImportKind,
  bulk: BulkKind<never>,
  valid: readonly { row: number; value: unknown }[],
  errors: RowError[],
  onProgress?: (done: number) => void,
): Promise<number> {
  const txCtx: Ctx = { ...ctx, db: tx };
  let imported = 0;
  for (let start = 0; start < valid.length; start += BATCH) {
    const batch = valid.slice(start, start + BATCH) as { row: number; value: never }[];
    const { accepted, refused } = await bulk.plan(txCtx, batch);
    for (const r of refused)
      for (const issue of r.issues)
        errors.push({ row: r.row, field: issue.field, reason: issue.reason, code: r.code });
    if (accepted.length > 0) {
      const point = await tx.savepoint('import_batch').execute();
      try {
        await bulk.write(txCtx, accepted);
        await point.releaseSavepoint('import_batch').execute();
        imported += accepted.length;
      } catch (err) {
        await point.rollbackToSavepoint('import_batch').execute();
        if (!(err instanceof DomainError) && !isDriverRefusal(err)) throw err;
        imported += await rowByRow(ctx, tx, kind, accepted, errors);
      }
    }
    onProgress?.(Math.min(valid.length, start + BATCH));
  }
  return imported;
}

function isDriverRefusal(err: unknown): boolean {
  return isUniqueViolation(err) || isForeignKeyViolation(err) || Boolean((err as { code?: string })?.code);
}

/**
 * Writes the valid rows inside the caller's transaction and returns every bad row's errors: kinds
 * with a bulk path in batches, the others row by row.
 */
export async function importInto(
  ctx: Ctx,
  tx: ControlledTx,
  kind: ImportKind,
  rows: readonly unknown[],
  onProgress?: (done: number) => void,
): Promise<{ imported: number; errors: RowError[] }> {
  const { valid, errors } = validate(kind, rows);
  const bulk = BULK_KINDS[kind];
  const imported =
    bulk && bulkAllowed(ctx, bulk)
      ? await inBatches(ctx, tx, kind, bulk, valid, errors, onProgress)
      : await rowByRow(ctx, tx, kind, valid, errors, (n) => {
          if (n % 100 === 0) onProgress?.(n);
        });
  onProgress?.(valid.length);
  errors.sort((a, b) => a.row - b.row);
  return { imported, errors };
}

/**
 * `concord import`: the good rows in one transaction, each bad row reported by number, field and
 * reason; with `strict`, any bad row rolls the whole import back.
 */
export async function importRows(
  ctx: Ctx,
  kind: ImportKind,
  rows: readonly unknown[],
  options: { strict?: boolean; onProgress?: (done: number) => void } = {},
): Promise<ImportReport> {
  return inImportTransaction(ctx, kind, rows.length, options.strict, (tx) =>
    importInto(ctx, tx, kind, rows, options.onProgress),
  );
}

/**
 * An import's transaction: the rows `load` writes are kept, each refused row reported; with `strict`,
 * any refused row rolls everything back. Shared by every importer (registry, menu).
 */
export async function inImportTransaction<K extends string>(
  ctx: Ctx,
  kind: K,
  rowCount: number,
  strict: boolean | undefined,
  load: (tx: ControlledTx) => Promise<{ imported: number; errors: RowError[] }>,
): Promise<{
  kind: K;
  rows: number;
  imported: number;
  failed: number;
  committed: boolean;
  errors: RowError[];
}> {
  const tx = await ctx.db.startTransaction().execute();
  try {
    const { imported, errors } = await load(tx);
    const committed = !(strict && errors.length > 0);
    if (committed) await tx.commit().execute();
    else await tx.rollback().execute();
    return {
      kind,
      rows: rowCount,
      imported: committed ? imported : 0,
      failed: new Set(errors.map((e) => e.row)).size,
      committed,
      errors,
    };
  } catch (err) {
    await tx.rollback().execute();
    throw err;
  }
}
