import type { Role } from '../../../src/domain/trust/actor.js';
import { makePartner, makeProgramme } from '../programme-fixtures.js';
import type { MatrixRow } from './row.js';

/**
 * Programmes: the organization and partner officials (a partner only its own country's, so the
 * matrix's partner, of another country, gets 404 here); observers, providers and the public nothing.
 */
const READERS: Role[] = ['admin', 'staff', 'partner'];

export const ROWS: MatrixRow[] = [
  {
    path: /^\/api\/programmes(\/|$)/,
    read: READERS,
    write: READERS,
    ids: async (api) => {
      const partner = await makePartner(api);
      const p = await makeProgramme(api, partner.id, { objectives: [] });
      return { id: p.id, number: '1' };
    },
  },
  // The programmes as an IATI file: the same readers (the list inside filters further).
  { path: /^\/api\/exports\/iati$/, read: READERS, write: [] },
];
