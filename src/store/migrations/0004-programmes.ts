import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe tables that the typed schema does not know yet
type AnyDb = Kysely<any>;

/** The tables of individual programmes. */
export async function up(_db: AnyDb, _dialect: Dialect): Promise<void> {}
