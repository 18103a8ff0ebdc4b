import { z } from 'zod';
import {
  onQuery,
  pageLimit,
  partialDate,
  patchOf,
  recordCan,
  slugId,
  text,
  version,
} from '../core/common.schema.js';

export const END_REASONS = [
  'withdrew',
  'suspended',
  'became_ally',
  'renamed',
  'succeeded',
  'dissolved',
  'other',
] as const;
export const MEMBERSHIP_STATUSES = ['active', 'suspended'] as const;

const membershipFields = {
  member_id: slugId.describe('The member organization (a state, usually)'),
  organization_id: slugId.describe('The organization or framework joined'),
  role: text(100).nullish().describe('member, partner, observer…'),
  start_date: partialDate.describe('First day of membership'),
  end_date: partialDate.nullish().describe('Last day of membership; open when absent'),
  end_reason: z.enum(END_REASONS).nullish().describe('Why the membership ended'),
  status: z
    .enum(MEMBERSHIP_STATUSES)
    .default('active')
    .describe('suspended: cooperation suspended without withdrawal (e.g. Russia, Belarus)'),
  note: text(2000).nullish(),
};

export const membershipCreate = z.strictObject({ id: slugId.optional(), ...membershipFields });
export const membershipPatch = patchOf(
  membershipCreate.omit({ id: true, member_id: true, organization_id: true }),
);

export const membershipOutput = z.object({
  can: recordCan,
  id: z.string(),
  member_id: z.string(),
  member_name: z.string(),
  organization_id: z.string(),
  organization_name: z.string().describe('Name of the organization on the date asked, or today'),
  organization_name_at_start: z.string().describe('Name of the organization when the membership began'),
  organization_renamed: z
    .array(z.object({ name: z.string(), start_date: z.string().nullable() }))
    .describe('Later names the organization took during this membership'),
  role: z.string().nullable(),
  start_date: z.string(),
  end_date: z.string().nullable(),
  end_reason: z.enum(END_REASONS).nullable(),
  status: z.enum(MEMBERSHIP_STATUSES),
  note: z.string().nullable(),
  certainty: z
    .enum(['certain', 'possible'])
    .optional()
    .describe('With `on`: whether the partial dates make the membership certain or only possible that day'),
  version,
  updated_at: z.string(),
});

/** `/api/memberships`: every membership, or one member's or one organization's. */
export const membershipListQuery = z.strictObject({
  member_id: z.string().max(80).optional(),
  organization_id: z.string().max(80).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

/** `/api/organizations/{id}/memberships` and `…/members`: on a day, or all periods. */
export const membershipsOnQuery = z.strictObject({
  on: onQuery,
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export type MembershipCreate = z.infer<typeof membershipCreate>;
export type MembershipPatch = z.infer<typeof membershipPatch>;
export type MembershipOut = z.infer<typeof membershipOutput>;
