import { type Kysely, sql } from 'kysely';
import { cleanText, REFUSED_CODE_POINTS } from '../../domain/core/safe-text.js';
import { SYSTEM_ACTOR } from '../../domain/trust/actor.js';
import type { Dialect } from '../core/db.js';
import { audit } from '../core/records.js';
import type { DB } from '../core/schema.js';
import type { AnyDb } from './builders.js';

/**
 * Text written before the API refused it (issue 12 item 9): NULs, control characters, bidi
 * overrides and zero-width characters are removed from every text column, in place. What changed is
 * printed and kept in the audit trail (one entry: table.column → values changed), so that an
 * administrator can see which records were touched. The audit trail itself is left alone: its
 * entries are hashed, and rewriting them would break the chain it exists to keep.
 * Lone surrogates cannot be found afterwards: SQLite stored them as U+FFFD already.
 */
const SKIP = new Set(['audit_log', 'kysely_migration', 'kysely_migration_lock']);

export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  const changed: Record<string, number> = {};
  for (const table of await db.introspection.getTables()) {
    if (SKIP.has(table.name) || table.isView) continue;
    for (const column of table.columns) {
      if (!/^(text|varchar|character varying)$/i.test(column.dataType)) continue;
      const values = await dirtyValues(db, dialect, table.name, column.name);
      for (const value of values) {
        const result = await db
          .updateTable(table.name)
          .set({ [column.name]: cleanText(value) })
          .where(column.name, '=', value)
          .executeTakeFirst();
        const n = Number(result.numUpdatedRows);
        if (n > 0)
          changed[`${table.name}.${column.name}`] = (changed[`${table.name}.${column.name}`] ?? 0) + n;
      }
    }
  }
  const total = Object.values(changed).reduce((a, b) => a + b, 0);
  if (total === 0) return;
  const lines = Object.entries(changed).map(([where, n]) => `${where}: ${n}`);
  console.log(`0011-clean-text: removed unsafe characters from ${total} values (${lines.join(', ')})`);
  const writer = { db: db as unknown as Kysely<DB>, dialect, actor: SYSTEM_ACTOR };
  await audit(
    writer,
    'update',
    'migration',
    '0011-clean-text',
    undefined,
    { changed },
    new Date().toISOString(),
  );
}

/** The distinct values of one column holding a refused character, found by the database. */
async function dirtyValues(db: AnyDb, dialect: Dialect, table: string, column: string): Promise<string[]> {
  const col = sql.ref(column);
  if (dialect === 'sqlite') {
    // Compared as bytes: SQLite's text functions stop at a NUL.
    const needles = REFUSED_CODE_POINTS.map(
      (cp) =>
        sql`instr(cast(${col} as blob), ${sql.raw(`x'${Buffer.from(String.fromCodePoint(cp)).toString('hex')}'`)}) > 0`,
    );
    const rows = await db
      .selectFrom(table)
      .select(sql<string>`${col}`.as('v'))
      .distinct()
      .where(sql<boolean>`${sql.join(needles, sql` or `)}`)
      .execute();
    return rows.map((r) => r.v as string);
  }
  // PostgreSQL cannot hold a NUL or a lone surrogate; the rest it can, found by a character class.
  const klass = `[${REFUSED_CODE_POINTS.filter((cp) => cp !== 0)
    .map((cp) => String.fromCodePoint(cp))
    .join('')}]`;
  const rows = await db
    .selectFrom(table)
    .select(sql<string>`${col}`.as('v'))
    .distinct()
    .where(sql<boolean>`${col} ~ ${klass}`)
    .execute();
  return rows.map((r) => r.v as string);
}
