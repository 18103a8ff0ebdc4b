import type { TableSpec } from './table-spec.js';

/** The cooperation menu: activities, iterations, exercises, nominations, allocation rounds. */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the menu's tables land
export interface MenuTables {}

/** Parents before children, as a copy must load them. */
export const MENU_TABLES: readonly TableSpec[] = [];
export const MENU_IDENTITY_TABLES: readonly string[] = [];
