import type { Role } from '../../../src/domain/trust/actor.js';
import { uniqueWord } from '../api.js';
import type { MatrixRow } from './row.js';

const STAFF: Role[] = ['admin', 'staff'];
/** Dialogue records follow their marking: Ally observers see none (policy.ts). */
const DIALOGUE_READERS: Role[] = ['admin', 'staff', 'partner', 'provider', 'public'];

/** Authorization matrix rows for this feature's routes (see test/authorization-matrix.test.ts). */
export const ROWS: MatrixRow[] = [
  { path: /^\/api\/(meetings|follow-ups|cadence)(\/|$)/, read: DIALOGUE_READERS, write: STAFF },
  // "Export this view": the meetings list as a file, for the same readers as the list.
  { path: /^\/api\/exports\/meetings$/, read: DIALOGUE_READERS, write: [] },
  // Files attached to meetings: read as their meeting and their own marking allow, attached by staff.
  { path: /^\/api\/attachments(\/|$)/, read: DIALOGUE_READERS, write: STAFF },
  { path: /^\/api\/person-candidates$/, read: STAFF, write: [] },
  // Who may be given a task: offered to those who may assign one.
  { path: /^\/api\/follow-up-assignees$/, read: STAFF, write: [] },
  // Confirming needs both dialogue and registry writes; the ids resolve to a real draft (stale If-Match).
  {
    path: /^\/api\/person-candidates\/\{id\}\/(confirm|reject)$/,
    read: [],
    write: STAFF,
    ids: async (api) => {
      const partner = await api.call('GET', '/api/organizations?kind=state&limit=1');
      const meeting = await api.call('POST', '/api/meetings', {
        partner_id: partner.json.items[0]?.id,
        kind: 'meeting',
        start_date: '2011-06',
        participants: [{ name: `Matrix ${uniqueWord('Draft')}ov` }],
      });
      return { id: meeting.json.participants?.[0]?.candidate_id ?? 'absent' };
    },
  },
  { path: /^\/api\/ingest(\/confirm)?$/, read: [], write: STAFF },
  // The press desk's feeds and drafts: the organization only.
  { path: /^\/api\/(feeds|press-drafts)(\/|$)/, read: STAFF, write: STAFF },
  // The pack is assembled from the lists, each filtered for the reader.
  { path: /^\/api\/partners\/\{id\}\/dossier$/, read: 'everyone', write: [] },
];
