import { z } from 'zod';
import {
  canWith,
  lang,
  pageLimit,
  partialDate,
  patchOf,
  slugId,
  text,
  version,
} from '../core/common.schema.js';

export const ORGANIZATION_KINDS = ['state', 'international_organization', 'framework', 'body'] as const;
export const NAME_KINDS = ['official', 'short', 'former', 'alternate', 'transliteration'] as const;

export const nameInput = z.strictObject({
  name: text(300).describe('The name as written'),
  lang: lang.default('en'),
  kind: z
    .enum(NAME_KINDS)
    .default('official')
    .describe('Official, short form, former, alternate or transliteration'),
  start_date: partialDate.nullish().describe('First day the name was in use'),
  end_date: partialDate.nullish().describe('Last day the name was in use'),
});

export const nameOutput = z.object({
  name: z.string(),
  lang,
  kind: z.enum(NAME_KINDS),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
});

const organizationFields = {
  kind: z.enum(ORGANIZATION_KINDS).describe('State, international organization, framework/forum or body'),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be two capital letters')
    .nullish()
    .describe('ISO 3166-1 alpha-2 code (states only)'),
  parent_id: slugId.nullish().describe('The organization this one belongs to'),
  founding_date: partialDate.nullish(),
  dissolution_date: partialDate.nullish(),
  names: z
    .array(nameInput)
    .min(1)
    .max(50)
    .describe('Names over time and in several languages; one English name at least'),
};

export const organizationCreate = z.strictObject({ id: slugId.optional(), ...organizationFields });
export const organizationPatch = patchOf(organizationCreate.omit({ id: true }));

export const organizationOutput = z.object({
  can: canWith({ restore: z.boolean().describe('May restore it once deleted') }),
  id: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  iso2: z.string().nullable(),
  parent_id: z.string().nullable(),
  founding_date: z.string().nullable(),
  dissolution_date: z.string().nullable(),
  name: z.string().describe('English name in use on the date asked (today by default)'),
  names: z.array(nameOutput),
  version,
  updated_at: z.string(),
});

export const organizationListQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Text found in any of the names or the ISO code'),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  parent_id: z.string().max(80).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export type OrganizationCreate = z.infer<typeof organizationCreate>;
export type OrganizationPatch = z.infer<typeof organizationPatch>;
export type OrganizationOut = z.infer<typeof organizationOutput>;
export type NameInput = z.infer<typeof nameInput>;
export type NameOut = z.infer<typeof nameOutput>;
