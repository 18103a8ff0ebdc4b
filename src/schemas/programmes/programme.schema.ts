import { z } from 'zod';
import { PROGRAMME_KINDS } from '../../domain/programmes/content.js';
import { PROGRAMME_STATUSES, TRANSITION_NAMES } from '../../domain/programmes/lifecycle.js';
import { MARKINGS } from '../../domain/trust/policy.js';
import { canWith, fullDate, pageLimit, slugId, text, version } from '../core/common.schema.js';

const areaCode = z
  .string()
  .regex(/^[A-Z0-9]{1,10}$/, 'must be an area-of-cooperation code such as CEP')
  .nullish()
  .transform((v) => v ?? null)
  .describe('Area of cooperation (code of /api/areas)');
const itemStatus = z.enum(['open', 'completed']).default('open');

export const chosenActivity = z.strictObject({
  activity_id: slugId.describe('A menu activity'),
  iteration_id: slugId
    .nullish()
    .transform((v) => v ?? null)
    .describe('One iteration of it, when a specific one is chosen'),
  priority: z.number().int().min(1).max(3).default(2).describe('1 high, 2 medium, 3 low'),
});

export const goalInput = z.strictObject({
  id: slugId.describe('Identifies the goal within the programme (kept across versions, for diffs)'),
  title: text(500),
  area: areaCode,
  status: itemStatus,
  activities: z.array(chosenActivity).max(200).default([]),
});

export const objectiveInput = z.strictObject({
  id: slugId.describe('Identifies the objective within the programme (kept across versions)'),
  title: text(500),
  area: areaCode,
  status: itemStatus,
  goals: z.array(goalInput).max(100).default([]),
});

const kind = z.enum(PROGRAMME_KINDS).describe('IPP, IPCP or ITPP');

export const programmeCreate = z.strictObject({
  id: slugId.optional(),
  partner_id: slugId.describe('The partner country'),
  kind,
  title: text(300).optional().describe('Defaults to "<kind> <partner> <start year>–<end year>"'),
  start_date: fullDate,
  end_date: fullDate.optional().describe('Defaults to two years after the start, less a day'),
  objectives: z.array(objectiveInput).max(100).default([]),
  marking: z.enum(MARKINGS).default('partners'),
  releasable_to: z
    .array(slugId)
    .max(100)
    .optional()
    .describe('Partners a "partners" marking releases it to; defaults to the programme\'s partner'),
  illustrative: z.boolean().default(false).describe('Demo content not taken from a source'),
  note: text(2000).nullish(),
});

/** A change: the signed content (kind, period, objectives) makes a new version; the rest does not. */
export const programmePatch = z.strictObject({
  kind: kind.optional(),
  title: text(300).optional(),
  start_date: fullDate.optional(),
  end_date: fullDate.optional(),
  objectives: z.array(objectiveInput).max(100).optional(),
  marking: z.enum(MARKINGS).optional(),
  releasable_to: z.array(slugId).max(100).optional(),
  note: text(2000).nullish(),
  version: version.optional(),
});

export const amendmentInput = z.strictObject({
  kind: kind.optional(),
  title: text(300).optional().describe('A new title; signed with the amendment'),
  marking: z.enum(MARKINGS).optional().describe('A new marking; signed with the amendment'),
  releasable_to: z
    .array(slugId)
    .max(100)
    .optional()
    .describe('A new list of partners a "partners" marking releases it to; signed with the amendment'),
  start_date: fullDate.optional(),
  end_date: fullDate.optional(),
  objectives: z.array(objectiveInput).max(100).optional(),
  version: version.optional(),
});

export const transitionInput = z.strictObject({
  transition: z.enum(TRANSITION_NAMES),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe(
      'Required for approve and accept: the content hash you read; refused (409) if the content changed since',
    ),
  version: version.optional(),
});

export const signInput = z.strictObject({
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('The amendment hash you read'),
  version: version.optional(),
});

export const renewalInput = z.strictObject({
  id: slugId.optional(),
  kind: kind.optional().describe('Defaults to the current kind'),
});

export const feedbackInput = z.strictObject({
  iteration_id: slugId,
  rating: z.number().int().min(1).max(5),
  comment: text(4000).nullish(),
});

export const programmeListQuery = z.strictObject({
  q: z.string().max(200).optional().describe("Text found in the title or in the partner's names"),
  partner_id: z.string().max(80).optional(),
  kind: kind.optional(),
  status: z.enum(PROGRAMME_STATUSES).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const versionsParams = z.strictObject({
  id: z.string().min(1).max(80),
  number: z.coerce.number().int().min(1),
});
export const diffQuery = z.strictObject({
  from: z.coerce.number().int().min(1).describe('Version number'),
  to: z.coerce.number().int().min(1).describe('Version number'),
});
export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'html', 'pdf', 'json']).default('csv'),
  report: z
    .enum(['programme', 'review'])
    .default('programme')
    .describe('html and pdf: the programme document or its review report'),
  lang: z
    .enum(['en', 'fr', 'ru'])
    .optional()
    .describe('html and pdf: the language of the document (else the Accept-Language header, else English)'),
});

const signoff = z
  .object({
    hash: z.string(),
    version: z.number().int(),
    by: z.string(),
    // The signer as people know them: `by` is an account id, for links and exports' id columns only.
    by_name: z.string().nullable().optional().describe('The name of the account that signed'),
    at: z.string(),
  })
  .nullable();

const chosenOut = z.object({
  activity_id: z.string(),
  iteration_id: z.string().nullable(),
  priority: z.number().int(),
});
const goalOut = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string().nullable(),
  status: z.string(),
  activities: z.array(chosenOut),
});
const objectiveOut = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string().nullable(),
  status: z.string(),
  goals: z.array(goalOut),
});
export const contentOutput = z.object({
  kind: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  objectives: z.array(objectiveOut),
  title: z.string().optional().describe('Present when an amendment changed the title'),
  marking: z.string().optional().describe('Present when an amendment changed the marking'),
  releasable_to: z.array(z.string()).optional().describe('Present when an amendment changed it'),
});

export const changeOutput = z.object({
  change: z.enum(['added', 'removed', 'changed']),
  what: z.enum(['period', 'kind', 'terms', 'objective', 'goal', 'activity']),
  id: z.string(),
  title: z.string().optional(),
  fields: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
});

export const diffOutput = z.object({
  from: z.number().int(),
  to: z.number().int(),
  text: z.string().describe('Unified diff of the two versions as outlines'),
  changes: z.array(changeOutput),
});

export const programmeOutput = z.object({
  can: canWith({
    transitions: z.array(z.enum(TRANSITION_NAMES)).describe('Lifecycle moves open to you now'),
    amend: z.boolean().describe('May propose (or replace) an amendment of the agreed content'),
    sign_amendment: z.boolean().describe('May sign the pending amendment for your side'),
    feedback: z.boolean().describe('May add review feedback'),
    side: z
      .enum(['organization', 'partner'])
      .nullable()
      .describe('The side you speak for on it: its moves and sign-offs are yours (null: you read it only)'),
  }),
  id: z.string(),
  partner_id: z.string(),
  kind: z.string(),
  title: z.string(),
  start_date: z.string(),
  end_date: z.string(),
  status: z.string(),
  content: contentOutput.describe('The content in force (the agreed one while an amendment is pending)'),
  content_version: z.number().int(),
  hash: z.string().describe('SHA-256 of the canonical JSON of the content'),
  agreed_version: z.number().int().nullable(),
  organization_signoff: signoff,
  partner_signoff: signoff,
  amendment: z
    .object({
      version: z.number().int(),
      hash: z.string(),
      content: contentOutput,
      organization_signoff: signoff,
      partner_signoff: signoff,
      changes: z.array(changeOutput),
    })
    .nullable(),
  moves: z.array(z.string()).describe('Transitions open to you now'),
  renewed_from: z.string().nullable(),
  marking: z.string(),
  releasable_to: z.array(z.string()),
  illustrative: z.boolean(),
  note: z.string().nullable(),
  version,
  created_at: z.string(),
  updated_at: z.string(),
});

export const versionOutput = z.object({
  number: z.number().int(),
  purpose: z.string(),
  hash: z.string(),
  author_id: z.string(),
  author_name: z.string().nullable().optional().describe('The name of the account that wrote the version'),
  created_at: z.string(),
  snapshot: contentOutput.optional(),
});

const tally = { planned: z.number().int(), held: z.number().int(), attended: z.number().int() };
export const reviewOutput = z.object({
  programme_id: z.string(),
  partner_id: z.string(),
  kind: z.string(),
  status: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  totals: z.object({ ...tally, feedback: z.number().int(), average_rating: z.number().nullable() }),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      ...tally,
      feedback: z.number().int(),
      average_rating: z.number().nullable(),
    }),
  ),
  objectives: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      area: z.string().nullable(),
      status: z.string(),
      ...tally,
      goals: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          area: z.string().nullable(),
          status: z.string(),
          ...tally,
        }),
      ),
    }),
  ),
  activities: z.array(
    z.object({
      objective_id: z.string(),
      goal_id: z.string(),
      activity_id: z.string(),
      iteration_id: z.string().nullable(),
      key: z.string(),
      title: z.string(),
      area: z.string().nullable(),
      priority: z.number().int(),
      iterations: z.array(z.string()),
      ...tally,
    }),
  ),
  feedback: z.array(
    z.object({
      id: z.string(),
      iteration_id: z.string(),
      rating: z.number().int(),
      comment: z.string().nullable(),
      author_id: z.string(),
      created_at: z.string(),
    }),
  ),
});

export const feedbackOutput = reviewOutput.shape.feedback.element;

export type ProgrammeCreate = z.infer<typeof programmeCreate>;
export type ProgrammePatch = z.infer<typeof programmePatch>;
export type AmendmentInput = z.infer<typeof amendmentInput>;
export type ProgrammeOut = z.infer<typeof programmeOutput>;
export type VersionOut = z.infer<typeof versionOutput>;
export type DiffOut = z.infer<typeof diffOutput>;
export type ReviewOut = z.infer<typeof reviewOutput>;
export type FeedbackInput = z.infer<typeof feedbackInput>;
export type FeedbackOut = z.infer<typeof feedbackOutput>;
