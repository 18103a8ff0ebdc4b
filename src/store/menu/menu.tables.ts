import type { Generated } from 'kysely';

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
  partner_cap: number | null;
}

export interface NominationTable extends Versioned {
  id: string;
  iteration_id: string;
  person_id: string;
  partner_id: string;
  priority: number;
  /** defaults to 1 in the database */
  rank: Generated<number>;
  status: string;
  reason: string | null;
  round_id: string | null;
  note: string | null;
}

export interface ExerciseTable {
  iteration_id: string;
  /** JSON array of focus areas */
  focus: string;
  scenario: string | null;
}

export interface ExerciseNationTable {
  id: string;
  iteration_id: string;
  nation_id: string;
  /** 'host' | 'participant' */
  role: string;
  government_decision_required: number;
  /** JSON array of declared units */
  units: string;
}

export interface AllocationRoundTable extends Versioned {
  id: string;
  provider_id: string | null;
  /** 'proposed' | 'applied' */
  status: string;
  /** JSON array of iteration ids */
  iteration_ids: string;
  partner_cap: number | null;
  fingerprint: string;
  objective: number;
  proposed_by: string;
  applied_by: string | null;
  applied_at: string | null;
}

export interface AllocationDecisionTable {
  id: string;
  round_id: string;
  nomination_id: string;
  weight: number;
  /** 'accepted' | 'waitlisted' */
  outcome: string;
  reason: string;
}

/** The cooperation menu: activities, iterations, exercises, nominations, allocation rounds. */
export interface MenuTables {
  activity: ActivityTable;
  iteration: IterationTable;
  nomination: NominationTable;
  exercise: ExerciseTable;
  exercise_nation: ExerciseNationTable;
  allocation_round: AllocationRoundTable;
  allocation_decision: AllocationDecisionTable;
}
