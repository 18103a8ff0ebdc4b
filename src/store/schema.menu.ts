import type { TableSpec } from './table-spec.js';

interface Versioned {
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ActivityTable extends Versioned {
  id: string;
  key: string;
  provider_id: string;
  title: string;
  description: string | null;
  area_code: string | null;
  event_type: string;
  eligibility: string;
  eligibility_framework_id: string | null;
  /** JSON array of partner organization ids */
  eligible_partners: string;
  /** JSON array of language codes */
  languages: string;
  clearance: string | null;
  fee: string | null;
  contact: string | null;
  marking: string;
  /** JSON array of partner organization ids */
  releasable_to: string;
  illustrative: number;
  search: string;
}

export interface IterationTable extends Versioned {
  id: string;
  activity_id: string;
  start_date: string;
  end_date: string | null;
  city: string | null;
  country_id: string | null;
  venue: string | null;
  seats: number;
  deadline: string | null;
  status: string;
}

export interface NominationTable extends Versioned {
  id: string;
  iteration_id: string;
  person_id: string;
  partner_id: string;
  priority: number;
  rank: number;
  status: string;
  reason: string | null;
  round_id: string | null;
  note: string | null;
}

/** The cooperation menu: activities, iterations, exercises, nominations, allocation rounds. */
export interface MenuTables {
  activity: ActivityTable;
  iteration: IterationTable;
  nomination: NominationTable;
}

/** Parents before children, as a copy must load them. */
export const MENU_TABLES: readonly TableSpec[] = [
  { name: 'activity', key: 'id' },
  { name: 'iteration', key: 'id' },
  { name: 'nomination', key: 'id' },
];
export const MENU_IDENTITY_TABLES: readonly string[] = [];
