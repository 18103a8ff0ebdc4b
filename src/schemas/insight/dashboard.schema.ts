import { z } from 'zod';
import { slugId } from '../core/common.schema.js';

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

/** Programmes and dialogue: a year range (by the programme's period, the meeting's start) and a partner. */
export const dashboardRangeQuery = z
  .strictObject({
    from: year.optional().describe('First year'),
    to: year.optional().describe('Last year'),
    partner: slugId.optional().describe('Only this partner'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be before from',
    path: ['to'],
  });

const implementation = {
  planned: z.number().int().describe('activities chosen in the content in force'),
  held: z.number().int().describe('iterations of them held in the period'),
  attended: z.number().int().describe("the partner's participants marked attended"),
  rate: z
    .number()
    .nullable()
    .describe(
      'held / planned, two decimals (above 1 when activities were held more than once); null when nothing was planned',
    ),
};

export const programmeImplementationOutput = z.object({
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  count: z.number().int().describe('programmes summed in the totals, readable one by one or not'),
  programmes: z
    .array(
      z.object({
        programme_id: z.string(),
        title: z.string(),
        partner_id: z.string(),
        kind: z.string(),
        status: z.string(),
        start_date: z.string(),
        end_date: z.string(),
        ...implementation,
      }),
    )
    .describe('one row per programme the reader may read on its own: none for an observer'),
  totals: z.object(implementation),
});

const byKind = z.record(z.string(), z.number().int()).describe('meetings by kind (visit, talks, …)');

export const dialogueFrequencyOutput = z.object({
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  kinds: z.array(z.string()).describe('the kinds counted, in a stable order'),
  by_year: z.array(
    z.object({ year: z.number().int(), total: z.number().int(), held: z.number().int(), by_kind: byKind }),
  ),
  by_partner: z.array(
    z.object({ partner_id: z.string(), total: z.number().int(), held: z.number().int(), by_kind: byKind }),
  ),
});

export type DashboardRangeQuery = z.infer<typeof dashboardRangeQuery>;
export type ProgrammeImplementationOut = z.infer<typeof programmeImplementationOutput>;
export type DialogueFrequencyOut = z.infer<typeof dialogueFrequencyOutput>;
