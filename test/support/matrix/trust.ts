import type { MatrixRow } from './row.js';

/**
 * Trust routes. Restoring a deleted registry record falls under the registry's own row (staff);
 * these come first so that purging (administrators only) is not mistaken for an ordinary write.
 */
export const ROWS: MatrixRow[] = [
  { path: /^\/api\/(organizations|people|posts|sources)\/\{id\}\/purge$/, read: [], write: ['admin'] },
  { path: /^\/api\/pending-actions(\/|$)/, read: ['admin'], write: ['admin'] },
  // The deleted records are read from the audit trail: whoever reads the trail (staff).
  { path: /^\/api\/deleted-records$/, read: ['admin', 'staff'], write: [] },
  // Restoring an earlier version is a change of the record: whoever may change it (staff, here).
  { path: /^\/api\/audit\/\{id\}\/restore$/, read: [], write: ['admin', 'staff'] },
  // Merging duplicate people is a registry write: staff.
  { path: /^\/api\/people\/\{id\}\/merge$/, read: [], write: ['admin', 'staff'] },
  { path: /^\/api\/auth\/oidc\//, read: 'everyone', write: [] },
  // Every account manages its own private calendar addresses; the anonymous have none.
  {
    path: /^\/api\/calendar\/subscriptions/,
    read: ['admin', 'staff', 'observer', 'partner', 'provider'],
    write: ['admin', 'staff', 'observer', 'partner', 'provider'],
  },
  // A private address is its own authority: an unknown secret is 404 to everyone.
  { path: /^\/api\/calendar\/feeds\//, read: [], write: [] },
];
