import type { MatrixRow } from './row.js';

/** Authorization matrix rows for this feature's routes (see test/authorization-matrix.test.ts). */
export const ROWS: MatrixRow[] = [
  {
    path: /^\/api\/(activities|iterations)(\/|$)/,
    read: 'everyone',
    write: ['admin', 'staff', 'provider'],
  },
  { path: /^\/api\/imports\/menu$/, read: [], write: ['admin', 'staff', 'provider'] },
  {
    path: /^\/api\/(exercises|calendar\/menu|calendar\/providers\/|exports\/menu)/,
    read: 'everyone',
    write: [],
  },
  {
    // Nominations and rounds: staff, the nominating partner, the activity's provider (records filter further).
    path: /^\/api\/(nominations|nomination-decisions|rounds|calendar\/partners\/|exports\/nominations)/,
    read: ['admin', 'staff', 'partner', 'provider'],
    write: ['admin', 'staff', 'partner', 'provider'],
  },
];
