import { z } from 'zod';
import { DIALOGUE_KINDS, PLOVER_MODES } from '../../domain/dialogue/event-codes.js';
import { FOLLOW_UP_STATUSES } from '../../domain/dialogue/follow-up-state.js';
import { MARKINGS } from '../../domain/trust/policy.js';
import {
  canWith,
  fullDate,
  onQuery,
  pageLimit,
  partialDate,
  patchOf,
  recordCan,
  slugId,
  text,
  version,
} from '../core/common.schema.js';
import { nameInput } from '../registry/organization.schema.js';
import { personOutput } from '../registry/person.schema.js';

export const SIDES = ['host', 'visitor'] as const;

const participantInput = z
  .strictObject({
    person_id: slugId.nullish().describe('A person of the registry'),
    name: text(200)
      .nullish()
      .describe(
        'The name as written, when the person is not known by id: matched on name variants and transliterations, else kept as a draft person',
      ),
    side: z.enum(SIDES).nullish(),
    post_id: slugId.nullish().describe('The post held; read from post holdings on the date when absent'),
    role: text(200).nullish().describe('Role in this meeting, e.g. head of delegation'),
  })
  .refine((p) => p.person_id || p.name || p.post_id, {
    message: 'give person_id, name or post_id',
    path: ['person_id'],
  });

const sourceRef = z.strictObject({
  source_id: slugId,
  field: z
    .string()
    .regex(/^(\*|[a-z_]{1,40})$/)
    .default('*')
    .describe("The fact the source states (date, place, participants, topics…), '*' for all"),
  excerpt: text(5000).nullish().describe('The quoted passage'),
});

const meetingFields = {
  partner_id: slugId.describe('The partner country the meeting concerns (organization id)'),
  channel: slugId
    .nullish()
    .describe('Recurring channel of dialogue, e.g. liaison-office-visits, special-representative, eapc'),
  kind: z.enum(DIALOGUE_KINDS),
  status: z.enum(['held', 'planned']).default('held'),
  title: text(300).nullish(),
  start_date: partialDate.describe('Day (or month, year) it took place'),
  end_date: partialDate.nullish(),
  city: text(120).nullish(),
  country_id: slugId.nullish().describe('Country where it took place (organization id)'),
  venue: text(200).nullish(),
  host_org_id: slugId.nullish().describe('The host side (organization id)'),
  visitor_org_id: slugId.nullish().describe('The visiting side (organization id)'),
  participants: z.array(participantInput).max(100).default([]),
  topics: z.array(text(300)).max(50).default([]),
  areas: z
    .array(z.string().regex(/^[A-Z0-9]{2,8}$/))
    .max(30)
    .default([])
    .describe('Area-of-cooperation codes'),
  outcomes: z.array(text(1000)).max(50).default([]),
  objective_ids: z
    .array(z.string().min(1).max(80))
    .max(50)
    .default([])
    .describe('Programme objectives served'),
  marking: z.enum(MARKINGS).default('organization'),
  releasable_to: z
    .array(slugId)
    .max(100)
    .default([])
    .describe('Partners a `partners` marking releases it to'),
  illustrative: z.boolean().default(false).describe('Made-up demonstration record, not a sourced fact'),
  note: text(5000).nullish(),
  sources: z.array(sourceRef).max(50).default([]),
};

export const meetingCreate = z.strictObject({
  id: slugId.optional(),
  ...meetingFields,
  confirm_new: z
    .boolean()
    .optional()
    .describe(
      'Save even though meetings you can read look like this one (a 409 record.duplicate lists them otherwise)',
    ),
});
export const meetingPatch = patchOf(meetingCreate.omit({ id: true, confirm_new: true }));

export const participantOutput = z.object({
  person_id: z.string().nullable(),
  candidate_id: z
    .string()
    .nullable()
    .describe('A draft person to confirm, when the registry did not know the name'),
  status: z.enum(['registered', 'draft', 'post_only']),
  name: z.string().nullable().describe('The name on the meeting date'),
  side: z.enum(SIDES).nullable(),
  post_id: z.string().nullable(),
  post: z.string().nullable().describe('The post held on the meeting date'),
  organization_id: z.string().nullable(),
  role: z.string().nullable(),
});

export const followUpOutput = z.object({
  can: recordCan,
  id: z.string(),
  meeting_id: z.string(),
  partner_id: z.string(),
  meeting_date: z.string(),
  action: z.string(),
  owner: z.string().nullable(),
  assignee: z
    .object({ id: z.string(), display_name: z.string() })
    .nullable()
    .describe('The account the task belongs to: shown to those who may assign it and to the assignee'),
  assigned_to_me: z.boolean().describe("Whether it is the reader's own task"),
  due_date: z.string().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  due_state: z.enum(['overdue', 'due_soon', 'later', 'no_due_date', 'closed']),
  note: z.string().nullable(),
  marking: z.enum(MARKINGS),
  releasable_to: z.array(z.string()),
  version,
  updated_at: z.string(),
});

export const meetingOutput = z.object({
  can: recordCan,
  id: z.string(),
  partner_id: z.string(),
  channel: z.string().nullable(),
  kind: z.enum(DIALOGUE_KINDS),
  status: z.enum(['held', 'planned']),
  title: z.string().nullable(),
  date: z.string().describe('start_date, as written'),
  start_date: z.string(),
  end_date: z.string().nullable(),
  place: z.object({
    city: z.string().nullable(),
    country_id: z.string().nullable(),
    country: z.string().nullable(),
    venue: z.string().nullable(),
  }),
  host_org_id: z.string().nullable(),
  visitor_org_id: z.string().nullable(),
  codes: z.object({
    plover_event: z.enum(['CONSULT', 'AGREE']),
    plover_mode: z.enum(PLOVER_MODES).nullable(),
    cameo: z.string(),
    cameo_reverse: z.string().nullable(),
  }),
  participants: z.array(participantOutput),
  topics: z.array(z.string()),
  areas: z.array(z.string()),
  outcomes: z.array(z.string()),
  objective_ids: z.array(z.string()),
  marking: z.enum(MARKINGS),
  releasable_to: z.array(z.string()),
  illustrative: z.boolean(),
  note: z.string().nullable(),
  sources: z.array(
    z.object({
      source_id: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      field: z.string(),
      excerpt: z.string().nullable(),
    }),
  ),
  follow_ups: z.array(followUpOutput),
  version,
  updated_at: z.string(),
});

export const meetingListQuery = z.strictObject({
  partner_id: z.string().max(80).optional(),
  channel: z.string().max(80).optional(),
  person_id: z.string().max(80).optional().describe('Meetings this person took part in'),
  from: partialDate.optional(),
  to: partialDate.optional(),
  q: z.string().max(200).optional(),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

const followUpFields = {
  meeting_id: slugId,
  action: text(1000),
  owner: text(200).nullish(),
  assignee_id: slugId
    .nullish()
    .describe(
      "The account the task belongs to: staff, or an official of the meeting's partner the follow-up is released to; told by e-mail",
    ),
  due_date: fullDate.nullish(),
  status: z.enum(FOLLOW_UP_STATUSES).default('open'),
  note: text(2000).nullish(),
  // Its own releasability, organization-only unless released: a meeting's marking says nothing of
  // the actions agreed in it (issue 12, item 3).
  marking: z.enum(MARKINGS).default('organization'),
  releasable_to: z
    .array(slugId)
    .max(100)
    .default([])
    .describe('Partners a `partners` marking releases it to'),
};
export const followUpCreate = z.strictObject({ id: slugId.optional(), ...followUpFields });
export const followUpPatch = patchOf(followUpCreate.omit({ id: true, meeting_id: true }));

export const followUpListQuery = z.strictObject({
  partner_id: z.string().max(80).optional(),
  meeting_id: z.string().max(80).optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  assignee_id: z.string().max(80).optional().describe("Tasks of this account; `me` for the reader's own"),
  q: z.string().max(200).optional().describe('Text found in the action or the note'),
  due: z.enum(['overdue', 'due_soon']).optional().describe('Open actions overdue, or due within 14 days'),
  on: onQuery.describe('The day to judge due dates against (today by default)'),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const assigneeQuery = z.strictObject({
  partner_id: slugId.describe("The meeting's partner: its officials are offered with the staff"),
});

export const assigneeOutput = z.object({
  id: z.string(),
  display_name: z.string(),
  partner_id: z
    .string()
    .nullable()
    .describe('The partner an official speaks for (null for staff): assignable when released to it'),
});

export const cadenceQuery = z.strictObject({
  partner_id: z.string().max(80).optional(),
  on: onQuery.describe('The day to judge the cadence on (today by default)'),
});

export const cadenceOutput = z.object({
  channel: z.string(),
  partner_id: z.string().nullable(),
  contacts: z.number().int(),
  first_contact: z.string().nullable(),
  last_contact: z.string().nullable(),
  typical_interval_days: z.number().nullable(),
  days_since_last: z.number().nullable(),
  next_expected: z.string().nullable(),
  overdue: z.boolean(),
});

export const candidateOutput = z.object({
  can: canWith({
    confirm: z.boolean().describe('May confirm it as a registry person'),
    reject: z.boolean().describe('May reject it'),
  }),
  id: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  status: z.enum(['draft', 'confirmed', 'rejected']),
  person_id: z.string().nullable(),
  meetings: z.number().int().describe('How many meetings name this draft among their participants'),
  version,
  updated_at: z.string(),
});

export const CANDIDATE_STATUSES = ['draft', 'confirmed', 'rejected'] as const;

export const candidateListQuery = z.strictObject({
  status: z.enum(CANDIDATE_STATUSES).optional().describe('Only drafts in this status (default: all)'),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('A page of this size (default: all)'),
  offset: z.coerce.number().int().min(0).default(0),
});

export const candidateConfirm = z.strictObject({
  person_id: slugId
    .optional()
    .describe('Link the draft to this registry person; without it, a new person is created from the draft'),
  names: z
    .array(nameInput)
    .min(1)
    .max(50)
    .optional()
    .describe("The new person's names (default: the draft's spellings, the main one in English)"),
  gender: z.enum(['female', 'male', 'other']).nullish(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .nullish()
    .describe('ISO 3166-1 alpha-2 code'),
  version: version.optional().describe("The draft's version (or If-Match)"),
});

export const candidateReject = z.strictObject({
  version: version.optional().describe("The draft's version (or If-Match)"),
});

export const candidateConfirmOutput = z.object({
  candidate: candidateOutput,
  person: personOutput.describe('The registry person the draft now stands for'),
  created: z.boolean().describe('Whether the person was created from the draft'),
  participants: z.number().int().describe('Meeting participations pointed at the person'),
});

export type MeetingCreate = z.infer<typeof meetingCreate>;
export type MeetingPatch = z.infer<typeof meetingPatch>;
export type MeetingOut = z.infer<typeof meetingOutput>;
export type ParticipantInput = z.infer<typeof participantInput>;
export type ParticipantOut = z.infer<typeof participantOutput>;
export type FollowUpCreate = z.infer<typeof followUpCreate>;
export type FollowUpPatch = z.infer<typeof followUpPatch>;
export type FollowUpOut = z.infer<typeof followUpOutput>;
export type AssigneeOut = z.infer<typeof assigneeOutput>;
export type CadenceOut = z.infer<typeof cadenceOutput>;
export type CandidateOut = z.infer<typeof candidateOutput>;
export type CandidateListQuery = z.infer<typeof candidateListQuery>;
export type CandidateConfirm = z.infer<typeof candidateConfirm>;
export type CandidateConfirmOut = z.infer<typeof candidateConfirmOutput>;
