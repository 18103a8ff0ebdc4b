import { z } from 'zod';
import { canWith, pageLimit, partialDate, patchOf, slugId, text, version } from '../core/common.schema.js';
import { nameInput, nameOutput } from './organization.schema.js';

const personFields = {
  names: z
    .array(nameInput)
    .min(1)
    .max(50)
    .describe('Names over time, in several languages and transliterations'),
  gender: z.enum(['female', 'male', 'other']).nullish(),
  birth_date: partialDate.nullish(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .nullish()
    .describe('ISO 3166-1 alpha-2 code'),
  summary: text(2000).nullish(),
};

export const personCreate = z.strictObject({
  id: slugId.optional(),
  ...personFields,
  confirm_new: z
    .boolean()
    .optional()
    .describe(
      'Save even though people you can read have one of these names (a 409 record.duplicate lists them otherwise)',
    ),
});
export const personPatch = patchOf(personCreate.omit({ id: true, confirm_new: true }));

export const personOutput = z.object({
  can: canWith({
    restore: z.boolean().describe('May restore it once deleted'),
    merge: z.boolean().describe('May merge another person into it'),
  }),
  id: z.string(),
  name: z.string().describe('English name in use today'),
  names: z.array(nameOutput),
  gender: z.string().nullable(),
  birth_date: z.string().nullable(),
  nationality: z.string().nullable(),
  summary: z.string().nullable(),
  version,
  updated_at: z.string(),
});

export const personListQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Text found in any name, any language'),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export type PersonCreate = z.infer<typeof personCreate>;
export type PersonPatch = z.infer<typeof personPatch>;
export type PersonOut = z.infer<typeof personOutput>;
