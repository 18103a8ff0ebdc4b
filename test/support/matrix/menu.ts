import type { MatrixRow } from './row.js';

/** Authorization matrix rows for this feature's routes (see test/authorization-matrix.test.ts). */
export const ROWS: MatrixRow[] = [];
