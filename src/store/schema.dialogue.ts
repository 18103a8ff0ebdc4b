import type { TableSpec } from './table-spec.js';

/** Dialogue: meetings, participants, topics, follow-ups. */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the dialogue tables land
export interface DialogueTables {}

/** Parents before children, as a copy must load them. */
export const DIALOGUE_TABLES: readonly TableSpec[] = [];
export const DIALOGUE_IDENTITY_TABLES: readonly string[] = [];
