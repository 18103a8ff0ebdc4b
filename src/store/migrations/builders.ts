import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from '../core/db.js';

/** The pieces every migration builds tables with, written once. */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe tables that the typed schema does not know yet
export type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Table = CreateTableBuilder<any, any>;

export function versioned(t: Table): Table {
  return t
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

export function period(t: Table): Table {
  return t
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('start_lo', 'text', (c) => c.notNull())
    .addColumn('start_hi', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('end_lo', 'text')
    .addColumn('end_hi', 'text');
}

export function autoId(dialect: Dialect) {
  return (c: ColumnDefinitionBuilder) =>
    dialect === 'postgres'
      ? c.primaryKey().generatedByDefaultAsIdentity()
      : c.primaryKey().autoIncrement().notNull();
}
