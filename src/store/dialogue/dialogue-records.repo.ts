import type { Kysely } from 'kysely';
import { deleteVersioned, findVersion, insertVersioned, updateVersioned } from '../core/records.js';
import type { DB } from '../core/schema.js';

/**
 * records.ts's versioned writes for the dialogue tables. Its VersionedTable union predates them; the
 * functions take any table keyed by `id`, so the names are widened here, in one place.
 */
export type DialogueVersioned = 'meeting' | 'follow_up' | 'person_candidate';
type Registry = Parameters<typeof insertVersioned>[1];
const widen = (t: DialogueVersioned) => t as unknown as Registry;

export const insertDialogue = (
  db: Kysely<DB>,
  t: DialogueVersioned,
  row: Record<string, unknown>,
  at: string,
) => insertVersioned(db, widen(t), row, at);

export const updateDialogue = (
  db: Kysely<DB>,
  t: DialogueVersioned,
  id: string,
  expected: number,
  values: Record<string, unknown>,
  at: string,
) => updateVersioned(db, widen(t), id, expected, values, at);

export const dialogueVersion = (db: Kysely<DB>, t: DialogueVersioned, id: string) =>
  findVersion(db, widen(t), id);

/** Deletes a row still at `expected`; stale or absent versions are refused like records.ts does. */
export const deleteDialogue = (db: Kysely<DB>, t: DialogueVersioned, id: string, expected: number) =>
  deleteVersioned(db, widen(t), id, expected);
