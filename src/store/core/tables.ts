import { BACKUP_TABLES, IDENTITY_TABLES as IDENTITY, type TableName } from '../../domain/core/entities.js';
import type { DB } from './schema.js';

/**
 * The tables as backup, restore and `db copy` walk them, parents before children, each with the
 * column that orders its rows stably. Both lists derive from the entity table
 * (domain/core/entities.ts); the checks below make the compiler refuse a table of the schema with no
 * entry there, or an entry with no table.
 */
export const TABLES = BACKUP_TABLES as readonly { name: TableName & keyof DB; key: string }[];

/** Tables whose integer id the database generates; after loading explicit ids PostgreSQL must catch up. */
export const IDENTITY_TABLES = IDENTITY as readonly (TableName & keyof DB)[];

type Missing<A, B> = Exclude<A, B>;
/** `true` only when every table of the Kysely schema has an entity entry, and the reverse. */
type Same = [Missing<keyof DB, TableName>, Missing<TableName, keyof DB>] extends [never, never]
  ? true
  : false;
const schemaMatchesEntities: Same = true;
void schemaMatchesEntities;
