import { z } from 'zod';
import { slugId } from './common.schema.js';

const year = z.coerce.number().int().min(1900).max(2200);

export const dashboardQuery = z
  .strictObject({
    from: year.optional().describe('First year (by iteration start)'),
    to: year.optional().describe('Last year'),
    partner: slugId.optional().describe('Only this partner’s nominations'),
    provider: slugId.optional().describe('Only this provider’s activities'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be before from',
    path: ['to'],
  });

const counts = {
  activities: z.number().int(),
  iterations: z.number().int(),
  held: z.number().int().describe('iterations held'),
  nominations: z.number().int(),
  accepted: z.number().int().describe('nominations accepted or attended'),
  attended: z.number().int(),
};

export const participationOutput = z.object({
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  by_area: z.array(
    z.object({ area: z.string().nullable(), names: z.record(z.string(), z.string()), ...counts }),
  ),
  by_year: z.array(z.object({ year: z.number().int(), ...counts })),
  by_partner: z.array(
    z.object({
      partner_id: z.string(),
      nominations: z.number().int(),
      accepted: z.number().int(),
      attended: z.number().int(),
    }),
  ),
});

export type DashboardQuery = z.infer<typeof dashboardQuery>;
export type ParticipationOut = z.infer<typeof participationOutput>;
