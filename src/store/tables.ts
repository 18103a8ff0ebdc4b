import type { DB } from './schema.js';

/**
 * Every table, parents before children (the order a copy must be loaded in), with the column that
 * orders its rows stably.
 */
export const TABLES: readonly { name: keyof DB; key: string }[] = [
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
  { name: 'audit_log', key: 'id' },
];

/** Tables whose integer id the database generates; after loading explicit ids PostgreSQL must catch up. */
export const IDENTITY_TABLES: readonly (keyof DB)[] = ['organization_name', 'person_name', 'audit_log'];
