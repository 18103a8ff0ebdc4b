import type { Role } from '../../../src/domain/actor.js';
import type { MatrixRow } from './row.js';

const STAFF: Role[] = ['admin', 'staff'];
/** Dialogue records follow their marking: Ally observers see none (policy.ts). */
const DIALOGUE_READERS: Role[] = ['admin', 'staff', 'partner', 'provider', 'public'];

/** Authorization matrix rows for this feature's routes (see test/authorization-matrix.test.ts). */
export const ROWS: MatrixRow[] = [
  { path: /^\/api\/(meetings|follow-ups|cadence)(\/|$)/, read: DIALOGUE_READERS, write: STAFF },
  { path: /^\/api\/person-candidates$/, read: STAFF, write: [] },
  { path: /^\/api\/ingest(\/confirm)?$/, read: [], write: STAFF },
  // The pack is assembled from the lists, each filtered for the reader.
  { path: /^\/api\/partners\/\{id\}\/dossier$/, read: 'everyone', write: [] },
];
