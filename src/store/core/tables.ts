import { DIALOGUE_IDENTITY_TABLES, DIALOGUE_TABLES } from '../dialogue/dialogue.tables.js';
import { MENU_IDENTITY_TABLES, MENU_TABLES } from '../menu/menu.tables.js';
import { PROGRAMME_IDENTITY_TABLES, PROGRAMME_TABLES } from '../programmes/programme.tables.js';
import { TRUST_TABLES } from '../trust/trust.tables.js';
import type { DB } from './schema.js';

/**
 * Every table, parents before children (the order a copy must be loaded in), with the column that
 * orders its rows stably. Features list their own tables in schema.<feature>.ts.
 */
export const TABLES = [
  { name: 'area', key: 'code' },
  { name: 'source', key: 'id' },
  { name: 'organization', key: 'id' },
  { name: 'organization_name', key: 'id' },
  { name: 'membership', key: 'id' },
  { name: 'person', key: 'id' },
  { name: 'person_name', key: 'id' },
  { name: 'post', key: 'id' },
  { name: 'post_holding', key: 'id' },
  { name: 'claim', key: 'id' },
  { name: 'app_user', key: 'id' },
  { name: 'session', key: 'id' },
  { name: 'login_throttle', key: 'username' },
  ...MENU_TABLES,
  ...PROGRAMME_TABLES,
  ...DIALOGUE_TABLES,
  ...TRUST_TABLES,
  { name: 'audit_log', key: 'id' },
] as readonly { name: keyof DB; key: string }[];

/** Tables whose integer id the database generates; after loading explicit ids PostgreSQL must catch up. */
export const IDENTITY_TABLES = [
  'organization_name',
  'person_name',
  'audit_log',
  ...MENU_IDENTITY_TABLES,
  ...PROGRAMME_IDENTITY_TABLES,
  ...DIALOGUE_IDENTITY_TABLES,
] as readonly (keyof DB)[];
