import { z } from 'zod';
import { NOMINATION_STATUSES } from '../../domain/menu/vocabulary.js';
import { MAX_PRIORITY, MAX_RANK } from '../../domain/nominations/nomination-rules.js';
import { canWith, fullDate, pageLimit, slugId, text, version } from '../core/common.schema.js';

const decidable = z.enum(['ACCEPTED', 'DECLINED', 'TENTATIVE', 'WAITLISTED', 'ATTENDED']);

export const nominationCreate = z
  .strictObject({
    id: slugId.optional(),
    iteration_id: slugId,
    partner_id: slugId.describe('The nominating partner'),
    person_id: slugId.optional().describe('A person of the registry'),
    person_name: text(200).optional().describe('Or the name of a new person, created with the nomination'),
    priority: z.number().int().min(1).max(MAX_PRIORITY).default(5).describe('1 is the partner’s first wish'),
    rank: z
      .number()
      .int()
      .min(1)
      .max(MAX_RANK)
      .default(1)
      .describe('Among the person’s alternatives in one round, 1 is the first choice'),
    note: text(2000).nullish(),
  })
  .refine((n) => (n.person_id === undefined) !== (n.person_name === undefined), {
    message: 'give either person_id or person_name',
    path: ['person_id'],
  });

export const nominationPatch = z.strictObject({
  priority: z.number().int().min(1).max(MAX_PRIORITY).optional(),
  rank: z.number().int().min(1).max(MAX_RANK).optional(),
  note: text(2000).nullish(),
  version: version.optional(),
});

export const nominationOutput = z.object({
  can: canWith({
    decide: z.boolean().describe('May accept, wait-list or decline it (the provider)'),
    withdraw: z.boolean().describe('May withdraw it (the nominating partner)'),
    transitions: z.array(z.enum(NOMINATION_STATUSES)).describe('The statuses you may move it to now'),
  }),
  id: z.string(),
  iteration_id: z.string(),
  activity_id: z.string(),
  activity_title: z.string(),
  provider_id: z.string(),
  start_date: z.string(),
  person_id: z.string(),
  person_name: z.string(),
  partner_id: z.string(),
  priority: z.number().int(),
  rank: z.number().int(),
  status: z.enum(NOMINATION_STATUSES),
  reason: z.string().nullable(),
  round_id: z.string().nullable(),
  note: z.string().nullable(),
  version,
  updated_at: z.string(),
});

export const nominationListQuery = z.strictObject({
  iteration_id: z.string().max(80).optional(),
  partner_id: z.string().max(80).optional(),
  provider_id: z.string().max(80).optional(),
  person_id: z.string().max(80).optional(),
  status: z.enum(NOMINATION_STATUSES).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const nominationDecision = z.strictObject({
  status: decidable.describe('The provider’s decision, or DECLINED for a partner’s withdrawal'),
  reason: text(500).nullish(),
  version: version.optional(),
});

export const bulkDecision = z.strictObject({
  decisions: z
    .array(
      z.strictObject({
        id: slugId,
        status: decidable,
        reason: text(500).nullish(),
        version,
      }),
    )
    .min(1)
    .max(500),
});

export const decisionResult = z.object({
  nominations: z.array(nominationOutput).describe('The decided nominations, as they are now'),
  promoted: z.array(nominationOutput).describe('Nominations moved up from the waiting list'),
});

export const roundCreate = z.strictObject({
  iteration_ids: z.array(slugId).min(1).max(500).optional().describe('The iterations to decide'),
  provider_id: slugId.optional().describe('Or: all open iterations of this provider …'),
  from: fullDate.optional().describe('… starting on or after this day'),
  to: fullDate.optional().describe('… starting on or before this day'),
  partner_cap: z
    .number()
    .int()
    .min(0)
    .max(10_000)
    .nullish()
    .describe('Seats one partner may hold per iteration'),
});

export const roundDecisionOutput = z.object({
  nomination_id: z.string(),
  iteration_id: z.string(),
  person_id: z.string(),
  person_name: z.string(),
  partner_id: z.string(),
  priority: z.number().int(),
  rank: z.number().int(),
  weight: z.number().int(),
  outcome: z.enum(['accepted', 'waitlisted']),
  reason: z.string(),
});

export const roundOutput = z.object({
  can: canWith({ apply: z.boolean().describe('May apply the proposed decisions') }),
  id: z.string(),
  provider_id: z.string().nullable(),
  status: z.enum(['proposed', 'applied']),
  iteration_ids: z.array(z.string()),
  partner_cap: z.number().int().nullable(),
  objective: z.number().int(),
  accepted: z.number().int(),
  waitlisted: z.number().int(),
  decisions: z.array(roundDecisionOutput),
  proposed_by: z.string(),
  applied_by: z.string().nullable(),
  applied_at: z.string().nullable(),
  version,
  created_at: z.string(),
  updated_at: z.string(),
});

export const roundListQuery = z.strictObject({
  provider_id: z.string().max(80).optional(),
  status: z.enum(['proposed', 'applied']).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const roundApply = z.strictObject({ version: version.optional() });

export type NominationCreate = z.output<typeof nominationCreate>;
export type NominationPatch = z.output<typeof nominationPatch>;
export type NominationOut = z.output<typeof nominationOutput>;
export type NominationListQuery = z.output<typeof nominationListQuery>;
export type NominationDecision = z.output<typeof nominationDecision>;
export type BulkDecision = z.output<typeof bulkDecision>;
export type DecisionResult = z.output<typeof decisionResult>;
export type RoundCreate = z.output<typeof roundCreate>;
export type RoundOut = z.output<typeof roundOutput>;
export type RoundListQuery = z.output<typeof roundListQuery>;
