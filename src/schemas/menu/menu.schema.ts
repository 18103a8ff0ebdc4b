import { z } from 'zod';
import { ITERATION_PHASES } from '../../domain/menu/iteration-phase.js';
import {
  ELIGIBILITIES,
  EVENT_TYPES,
  EXERCISE_ROLES,
  ITERATION_STATUSES,
} from '../../domain/menu/vocabulary.js';
import { MARKINGS } from '../../domain/trust/policy.js';
import { canWith, fullDate, pageLimit, patchOf, slugId, text, version } from '../core/common.schema.js';

export const activityKey = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9]*\.[A-Z0-9][A-Z0-9.-]*$/,
    'must be the provider prefix, a dot and a number, e.g. ACT.396',
  )
  .max(40)
  .describe('Provider-prefixed key, e.g. ACT.396');

const activityFields = {
  key: activityKey,
  provider_id: slugId.describe('The organization offering the activity'),
  title: text(300),
  description: text(5000).nullish(),
  area_code: z
    .string()
    .regex(/^[A-Z0-9]{2,6}$/, 'must be an area code such as CEP')
    .nullish(),
  event_type: z.enum(EVENT_TYPES),
  eligibility: z
    .enum(ELIGIBILITIES)
    .default('all_partners')
    .describe('Who may be nominated: all partners, members of a framework, named partners, or as approved'),
  eligibility_framework_id: slugId
    .nullish()
    .describe('The framework whose members may attend (eligibility framework)'),
  eligible_partners: z
    .array(slugId)
    .max(100)
    .default([])
    .describe('The partners that may attend (eligibility named)'),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code'))
    .max(10)
    .default([]),
  clearance: text(100).nullish().describe('Security clearance a participant needs'),
  fee: text(100).nullish(),
  contact: text(300).nullish().describe('Point of contact'),
  marking: z.enum(MARKINGS).default('public'),
  releasable_to: z.array(slugId).max(100).default([]),
  illustrative: z.boolean().default(false).describe('Made up for the demo, not a real entry'),
};

export const activityCreate = z.strictObject({ id: slugId.optional(), ...activityFields });
export const activityPatch = patchOf(activityCreate.omit({ id: true, provider_id: true }));

export const iterationBrief = z.object({
  id: z.string(),
  start_date: z.string(),
  end_date: z.string().nullable(),
  status: z.string(),
  seats: z.number().int(),
});

export const activityOutput = z.object({
  can: canWith({ add_iteration: z.boolean().describe('May schedule an iteration of it') }),
  id: z.string(),
  key: z.string(),
  provider_id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  area_code: z.string().nullable(),
  event_type: z.string(),
  eligibility: z.string(),
  eligibility_framework_id: z.string().nullable(),
  eligible_partners: z.array(z.string()),
  languages: z.array(z.string()),
  clearance: z.string().nullable(),
  fee: z.string().nullable(),
  contact: z.string().nullable(),
  marking: z.string(),
  releasable_to: z.array(z.string()),
  illustrative: z.boolean(),
  iterations: z.array(iterationBrief),
  version,
  updated_at: z.string(),
});

export const activityListQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Text found in the key, title or description'),
  area: z.string().max(10).optional().describe('Area of cooperation code'),
  type: z.enum(EVENT_TYPES).optional(),
  provider: z.string().max(80).optional(),
  from: fullDate.optional().describe('Has an iteration ending on or after this day'),
  to: fullDate.optional().describe('Has an iteration starting on or before this day'),
  eligible_for: z
    .string()
    .max(80)
    .optional()
    .describe('A partner id or ISO code: only activities it may be nominated to'),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

const facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const activityPage = z.object({
  items: z.array(activityOutput),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  facets: z
    .object({ area: facet, type: facet, provider: facet })
    .describe('Counts of the matching activities by area, event type and provider'),
});

export const exerciseNationInput = z.strictObject({
  nation_id: slugId,
  role: z.enum(EXERCISE_ROLES),
  government_decision_required: z
    .boolean()
    .default(false)
    .describe('Participation requires a government decision in each individual case'),
  units: z.array(text(200)).max(50).default([]).describe('Units the nation declared'),
});

export const exerciseInput = z.strictObject({
  focus: z.array(text(100)).max(20).default([]).describe('Focus areas, e.g. civil emergency planning'),
  scenario: text(2000).nullish(),
  nations: z.array(exerciseNationInput).max(100).default([]),
});

export const exerciseOutput = z.object({
  focus: z.array(z.string()),
  scenario: z.string().nullable(),
  nations: z.array(
    z.object({
      nation_id: z.string(),
      role: z.string(),
      government_decision_required: z.boolean(),
      units: z.array(z.string()),
    }),
  ),
});

const iterationFields = {
  activity_id: slugId,
  start_date: fullDate,
  end_date: fullDate.nullish(),
  city: text(120).nullish(),
  country_id: slugId.nullish().describe('The country of the venue'),
  venue: text(300).nullish(),
  seats: z.number().int().min(0).max(100_000),
  deadline: fullDate.nullish().describe('Last day to nominate'),
  status: z.enum(ITERATION_STATUSES).default('planned'),
  partner_cap: z.number().int().min(0).max(10_000).nullish().describe('Seats one partner may hold at most'),
  exercise: exerciseInput.nullish().describe('Exercise details (activities of type exercise only)'),
};

export const iterationCreate = z.strictObject({ id: slugId.optional(), ...iterationFields });
export const iterationPatch = patchOf(iterationCreate.omit({ id: true, activity_id: true }));

export const iterationOutput = z.object({
  can: canWith({
    nominate: z.boolean().describe('May nominate someone to it'),
    decide: z.boolean().describe('May decide its nominations'),
    read_nominations: z.boolean().describe('May read (some of) its nominations'),
  }),
  id: z.string(),
  activity_id: z.string(),
  activity_key: z.string(),
  activity_title: z.string(),
  provider_id: z.string(),
  event_type: z.string(),
  start_date: z.string(),
  end_date: z.string().nullable(),
  city: z.string().nullable(),
  country_id: z.string().nullable(),
  venue: z.string().nullable(),
  seats: z.number().int(),
  seats_taken: z.number().int().describe('Accepted and attended nominations'),
  deadline: z.string().nullable(),
  status: z.string().describe('The status as recorded'),
  phase: z
    .enum(ITERATION_PHASES)
    .describe(
      'Where it stands today by its dates: open for nominations until the deadline, then closed, running, held',
    ),
  partner_cap: z.number().int().nullable(),
  exercise: exerciseOutput.nullable(),
  version,
  updated_at: z.string(),
});

export const iterationListQuery = z.strictObject({
  activity_id: z.string().max(80).optional(),
  provider: z.string().max(80).optional(),
  status: z.enum(ITERATION_STATUSES).optional(),
  from: fullDate.optional(),
  to: fullDate.optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const exerciseSummaryOutput = z.object({
  activity_id: z.string(),
  iteration_id: z.string(),
  title: z.string(),
  start_date: z.string(),
  end_date: z.string().nullable(),
  year: z.number().int(),
  role: z.enum(EXERCISE_ROLES),
  focus: z.array(z.string()),
  hosts: z.array(z.string()),
  place: z.object({ city: z.string().nullable(), country: z.string().nullable() }),
});

export const exerciseListQuery = z.strictObject({
  partner_id: z.string().min(1).max(80).describe('The partner that hosted or joined: its id or ISO code'),
});

export type ActivityCreate = z.output<typeof activityCreate>;
export type ActivityPatch = z.output<typeof activityPatch>;
export type ActivityOut = z.output<typeof activityOutput>;
export type ActivityListQuery = z.output<typeof activityListQuery>;
export type ActivityPage = z.output<typeof activityPage>;
export type IterationCreate = z.output<typeof iterationCreate>;
export type IterationPatch = z.output<typeof iterationPatch>;
export type IterationOut = z.output<typeof iterationOutput>;
export type IterationListQuery = z.output<typeof iterationListQuery>;
export type ExerciseInput = z.output<typeof exerciseInput>;
export type ExerciseOut = z.output<typeof exerciseOutput>;
