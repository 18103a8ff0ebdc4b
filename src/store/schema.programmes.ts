import type { TableSpec } from './table-spec.js';

/** Individual programmes: versions, objectives, chosen activities, sign-offs, reviews. */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the programmes tables land
export interface ProgrammeTables {}

/** Parents before children, as a copy must load them. */
export const PROGRAMME_TABLES: readonly TableSpec[] = [];
export const PROGRAMME_IDENTITY_TABLES: readonly string[] = [];
