import type { Kysely } from 'kysely';
import type { VersionedTable } from '../../domain/core/entities.js';
import { deleteVersioned, findVersion, insertVersioned, updateVersioned } from '../core/records.js';
import type { DB } from '../core/schema.js';

/** records.ts's versioned writes for the dialogue tables (the entity table's versioned dialogue ones). */
export type DialogueVersioned = VersionedTable<'dialogue'>;
const widen = (t: DialogueVersioned) => t;

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
