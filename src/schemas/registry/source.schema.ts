import { z } from 'zod';
import {
  canWith,
  pageLimit,
  partialDate,
  patchOf,
  recordCan,
  slugId,
  text,
  version,
} from '../core/common.schema.js';

const sourceFields = {
  title: text(500),
  publisher: text(300).nullish(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullish()
    .describe('Where the source can be read (http or https)'),
  publication_date: partialDate.nullish(),
  excerpt: text(10000).nullish().describe('Quoted passage the claims rest on'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
    .nullish(),
};

export const sourceCreate = z.strictObject({ id: slugId.optional(), ...sourceFields });
export const sourcePatch = patchOf(sourceCreate.omit({ id: true }));

export const sourceOutput = z.object({
  can: canWith({ restore: z.boolean().describe('May restore it once deleted') }),
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publication_date: z.string().nullable(),
  excerpt: z.string().nullable(),
  language: z.string().nullable(),
  version,
  updated_at: z.string(),
});

export const SUBJECT_TYPES = ['organization', 'membership', 'person', 'post', 'post_holding'] as const;
export const CONFIDENCE = ['confirmed', 'secondary', 'unconfirmed'] as const;

const claimFields = {
  subject_type: z.enum(SUBJECT_TYPES).describe('Kind of record the claim is about'),
  subject_id: slugId.describe('The record the claim is about'),
  field: z
    .string()
    .regex(/^(\*|[a-z_]{1,40})$/, "must be a field name such as start_date, or '*' for the whole record")
    .describe("The field the source states, or '*' when it supports the whole record"),
  value: text(500).nullish().describe('What the source says the field is'),
  source_id: slugId,
  followed: z.boolean().default(false).describe('The record follows this claim'),
  status: z.enum(['active', 'rejected']).default('active').describe('rejected: reviewed and set aside'),
  confidence: z.enum(CONFIDENCE).default('secondary'),
  excerpt: text(5000).nullish(),
};

export const claimCreate = z.strictObject({ id: slugId.optional(), ...claimFields });
export const claimPatch = patchOf(claimCreate.omit({ id: true, subject_type: true, subject_id: true }));

export const claimOutput = z.object({
  can: recordCan,
  id: z.string(),
  subject_type: z.enum(SUBJECT_TYPES),
  subject_id: z.string(),
  field: z.string(),
  value: z.string().nullable(),
  source_id: z.string(),
  source_title: z.string(),
  followed: z.boolean(),
  status: z.enum(['active', 'rejected']),
  confidence: z.enum(CONFIDENCE),
  excerpt: z.string().nullable(),
  version,
  updated_at: z.string(),
});

export const claimListQuery = z.strictObject({
  subject_type: z.enum(SUBJECT_TYPES).optional(),
  subject_id: z.string().max(80).optional(),
  source_id: z.string().max(80).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const conflictOutput = z.object({
  subject_type: z.enum(SUBJECT_TYPES),
  subject_id: z.string(),
  subject_label: z.string().describe('Human-readable description of the record'),
  field: z.string(),
  followed_value: z
    .string()
    .nullable()
    .describe('The value the record follows, if one claim is marked followed'),
  claims: z.array(claimOutput),
});

export const conflictResolve = z.strictObject({
  subject_type: z.enum(SUBJECT_TYPES),
  subject_id: slugId,
  field: z.string().regex(/^[a-z_]{1,40}$/, 'must be a field name such as start_date'),
  value: text(500).describe('The value that holds: one of the values the conflicting claims state'),
  reason: text(1000).describe('Why it holds; kept with the decision'),
});

export const conflictResolution = z.object({
  decision: claimOutput.describe('The decision, itself a claim: the value followed, its source, the reason'),
  followed: z.array(z.string()).describe('Claims now followed'),
  rejected: z.array(z.string()).describe('Claims set aside'),
});

export type ConflictResolve = z.infer<typeof conflictResolve>;
export type ConflictResolution = z.infer<typeof conflictResolution>;
export type SourceCreate = z.infer<typeof sourceCreate>;
export type SourcePatch = z.infer<typeof sourcePatch>;
export type SourceOut = z.infer<typeof sourceOutput>;
export type ClaimCreate = z.infer<typeof claimCreate>;
export type ClaimPatch = z.infer<typeof claimPatch>;
export type ClaimOut = z.infer<typeof claimOutput>;
export type ConflictOut = z.infer<typeof conflictOutput>;
