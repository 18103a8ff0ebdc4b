/** The cooperation menu's code lists, shared by schemas, rules and exports. */
export const EVENT_TYPES = [
  'course',
  'seminar',
  'workshop',
  'conference',
  'exercise',
  'mobile_training_team',
  'evaluation',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ELIGIBILITIES = ['all_partners', 'framework', 'named', 'as_approved'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

export const ITERATION_STATUSES = ['planned', 'open', 'closed', 'held', 'cancelled'] as const;
export type IterationStatus = (typeof ITERATION_STATUSES)[number];

/** iCalendar PARTSTAT (RFC 5545 §3.2.12) plus the two states a seat allocation needs. */
export const NOMINATION_STATUSES = [
  'NEEDS-ACTION',
  'ACCEPTED',
  'DECLINED',
  'TENTATIVE',
  'WAITLISTED',
  'ATTENDED',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** Nominations that hold a seat. */
export const SEATED: readonly NominationStatus[] = ['ACCEPTED', 'ATTENDED'];
/** Nominations still waiting for a decision, which an allocation round decides over. */
export const UNDECIDED: readonly NominationStatus[] = ['NEEDS-ACTION', 'TENTATIVE', 'WAITLISTED'];

export const EXERCISE_ROLES = ['host', 'participant'] as const;
export type ExerciseRole = (typeof EXERCISE_ROLES)[number];
