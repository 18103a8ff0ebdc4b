import { z } from 'zod';
import { MARKINGS } from '../../domain/trust/policy.js';
import { fullDate } from '../core/common.schema.js';
import { cadenceOutput, followUpOutput, meetingOutput } from '../dialogue/meeting.schema.js';
import { ORGANIZATION_KINDS } from '../registry/organization.schema.js';
import { claimOutput, conflictOutput } from '../registry/source.schema.js';

export const DOSSIER_LANGS = ['en', 'fr', 'ru'] as const;

export const dossierParams = z.strictObject({
  id: z.string().min(1).max(80).describe('The partner: organization id (tj) or ISO code (TJ)'),
});

export const dossierQuery = z.strictObject({
  on: fullDate
    .optional()
    .describe('The day of the briefing (today by default): every section as it stood then'),
  format: z.enum(['json', 'html', 'pdf']).default('json'),
  lang: z
    .enum(DOSSIER_LANGS)
    .optional()
    .describe('The language of names and labels (else the Accept-Language header, else English)'),
});

const label = (what: string) => z.string().describe(`${what}, in the requested language`);

export const dossierPersonOutput = z.object({
  side: z.enum(['partner', 'organization']),
  side_label: label('The side'),
  post_id: z.string(),
  post: label('The post'),
  organization_id: z.string(),
  person_id: z.string().nullable(),
  name: z.string().nullable().describe('The holder on the day, by the name they went by then'),
  holder_label: label('The holder, or that none is recorded on the day'),
  certainty: z.enum(['certain', 'possible']).nullable(),
});

export const dossierOutput = z.object({
  partner: z.object({
    id: z.string(),
    iso2: z.string().nullable(),
    name: label('The partner’s name on the day'),
    kind: z.enum(ORGANIZATION_KINDS),
  }),
  on: z.string(),
  lang: z.enum(DOSSIER_LANGS),
  marking: z
    .object({
      level: z.enum(MARKINGS),
      releasable_to: z.array(z.string()),
      label: label('The banner'),
    })
    .describe('The highest marking of what this reader is given, shown as a banner on every page'),
  memberships: z.array(
    z.object({
      id: z.string(),
      organization_id: z.string(),
      organization: label('The organization’s name on the day'),
      organization_at_start: label('Its name when the membership began'),
      renamed: z.array(z.object({ name: z.string(), start_date: z.string().nullable() })),
      role: z.string().nullable(),
      role_label: z.string(),
      start_date: z.string(),
      end_date: z.string().nullable().describe('Only an end on or before the day'),
      status: z.string(),
      status_label: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['membership', 'programme', 'meeting', 'exercise']),
      label: label('What happened'),
      content: z
        .string()
        .optional()
        .describe('The part of the label that people wrote (a title), as written'),
    }),
  ),
  people: z.array(dossierPersonOutput),
  programmes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['IPP', 'IPCP', 'ITPP']),
      name: label('The programme'),
      period: z.object({ start: z.string(), end: z.string() }),
      status: z.string(),
      status_label: z.string(),
      areas: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          planned: z.number(),
          held: z.number(),
          attended: z.number(),
        }),
      ),
      objectives: z.array(
        z.object({
          title: z.string(),
          area: z.string().nullable(),
          area_name: z.string().nullable(),
          status: z.string(),
        }),
      ),
    }),
  ),
  exercises: z.array(
    z.object({
      activity_id: z.string(),
      iteration_id: z.string(),
      title: z.string(),
      start_date: z.string(),
      end_date: z.string().nullable(),
      year: z.number(),
      role: z.enum(['host', 'participant']),
      role_label: z.string(),
      focus: z.array(z.string()),
      hosts: z.array(z.string()),
      place: z.object({ city: z.string().nullable(), country: z.string().nullable() }),
    }),
  ),
  meetings: z.array(
    meetingOutput
      .pick({
        id: true,
        date: true,
        end_date: true,
        kind: true,
        status: true,
        channel: true,
        place: true,
        codes: true,
        topics: true,
        areas: true,
        outcomes: true,
        marking: true,
        illustrative: true,
      })
      .extend({
        kind_label: z.string(),
        status_label: z.string(),
        channel_label: z.string(),
        place_label: z.string(),
        summary: label('The meeting in one line'),
        area_names: z.array(z.string()),
        participants: z.array(
          z.object({
            name: z.string().nullable(),
            post: z.string().nullable(),
            side: z.enum(['host', 'visitor']).nullable(),
            person_id: z.string().nullable(),
            status: z.enum(['registered', 'draft', 'post_only']),
          }),
        ),
        sources: z.array(z.object({ source_id: z.string(), title: z.string(), url: z.string().nullable() })),
      }),
  ),
  follow_ups: z.array(followUpOutput.extend({ due_label: z.string(), meeting_label: z.string() })),
  cadence: z.array(cadenceOutput.extend({ channel_label: z.string(), interval_label: z.string() })),
  conflicts: z.array(
    conflictOutput.extend({
      field_label: z.string(),
      claims: z.array(claimOutput.extend({ value_label: z.string() })),
    }),
  ),
});

export type Dossier = z.infer<typeof dossierOutput>;
export type DossierPerson = z.infer<typeof dossierPersonOutput>;
