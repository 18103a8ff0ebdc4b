import { z } from 'zod';
import {
  canWith,
  lang,
  onQuery,
  pageLimit,
  partialDate,
  patchOf,
  recordCan,
  slugId,
  text,
  version,
} from '../core/common.schema.js';

const postFields = {
  organization_id: slugId.describe('The organization or body the post belongs to'),
  label: text(300).describe('English title of the post'),
  labels: z
    .partialRecord(lang, text(300))
    .nullish()
    .describe('The title in other languages, by language code'),
  role: text(100).nullish(),
  single_holder: z.boolean().default(true).describe('Only one (substantive) holder at a time'),
  start_date: partialDate.nullish(),
  end_date: partialDate.nullish(),
};

export const postCreate = z.strictObject({ id: slugId.optional(), ...postFields });
export const postPatch = patchOf(postCreate.omit({ id: true, organization_id: true }));

export const postOutput = z.object({
  can: canWith({ restore: z.boolean().describe('May restore it once deleted') }),
  id: z.string(),
  organization_id: z.string(),
  organization_name: z.string(),
  label: z.string(),
  labels: z.record(z.string(), z.string()),
  role: z.string().nullable(),
  single_holder: z.boolean(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  version,
  updated_at: z.string(),
});

export const postListQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Text found in the title (any language)'),
  organization_id: z.string().max(80).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const holdingListQuery = z.strictObject({
  post_id: z.string().max(80).optional(),
  person_id: z.string().max(80).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

const holdingFields = {
  post_id: slugId,
  person_id: slugId,
  start_date: partialDate.describe('First day in post'),
  end_date: partialDate.nullish().describe('Last day in post; open when absent'),
  acting: z.boolean().default(false).describe('An acting (interim) holder'),
  note: text(2000).nullish(),
};

export const holdingCreate = z.strictObject({ id: slugId.optional(), ...holdingFields });
export const holdingPatch = patchOf(holdingCreate.omit({ id: true, post_id: true }));

export const holdingOutput = z.object({
  can: recordCan,
  id: z.string(),
  post_id: z.string(),
  post_label: z.string(),
  post_labels: z
    .record(z.string(), z.string())
    .optional()
    .describe("The post's name in other languages (fr, ru), for readers of those languages"),
  person_id: z.string(),
  person_name: z
    .string()
    .describe('The name the person went by on the date asked (or at the start of the holding)'),
  start_date: z.string(),
  end_date: z.string().nullable(),
  acting: z.boolean(),
  note: z.string().nullable(),
  certainty: z.enum(['certain', 'possible']).optional(),
  version,
  updated_at: z.string(),
});

export const holdersQuery = z.strictObject({
  on: onQuery,
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export type PostCreate = z.infer<typeof postCreate>;
export type PostPatch = z.infer<typeof postPatch>;
export type PostOut = z.infer<typeof postOutput>;
export type HoldingCreate = z.infer<typeof holdingCreate>;
export type HoldingPatch = z.infer<typeof holdingPatch>;
export type HoldingOut = z.infer<typeof holdingOutput>;
