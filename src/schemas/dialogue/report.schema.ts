import { z } from 'zod';

/**
 * What `concord ingest` proposes for one press report: drafts for a person to confirm, never records.
 * Declared once here; the extractor's types, the CLI's --json output and the tests all follow it.
 */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Calendar day, YYYY-MM-DD');

export const MEETING_KINDS = ['visit', 'meeting', 'talks', 'phone_call', 'conference', 'other'] as const;
export const MEETING_STATUSES = ['held', 'planned'] as const;
export const SIDES = ['host', 'visitor'] as const;

export const participantSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .describe('The name as the report gives it, in the nominative, fullest form found'),
    title: z
      .string()
      .nullable()
      .describe('Post or rank the report gives the person, e.g. "Foreign Minister"'),
    organization: z
      .string()
      .nullable()
      .describe('Country or organization the person acts for, from the title or the gazetteer'),
    side: z
      .enum(SIDES)
      .nullable()
      .describe('host or visitor when the report says who received whom or who travelled; else null'),
    person_id: z
      .string()
      .nullable()
      .describe('Identifier of the person in the gazetteer, or null when unknown'),
    likelihood: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Only for a person the participant model proposed, no sentence having said they took part: how likely (0–1) it finds that they did',
      ),
  })
  .describe('One person taking part in the meeting');

export const meetingSchema = z
  .object({
    date: day.nullable().describe('Day the meeting took (or is to take) place; first day of a range'),
    end_date: day.nullable().optional().describe('Last day when the report gives a range ("March 23-24")'),
    date_text: z.string().nullable().describe('The words the date was read from ("yesterday", "23 июня")'),
    place: z
      .object({
        city: z.string().nullable().describe('City in English, e.g. "Dushanbe"'),
        country: z.string().nullable().describe('Country in English, e.g. "Tajikistan"'),
      })
      .describe('Where the meeting was held; both null for a phone call or when unknown'),
    kind: z.enum(MEETING_KINDS).describe('visit, meeting, talks, phone_call, conference or other'),
    status: z.enum(MEETING_STATUSES).describe('held, or planned when the report announces it'),
    participants: z.array(participantSchema).describe('People named as taking part'),
    topics: z
      .array(z.string())
      .describe('Subjects discussed, as short phrases in the language of the report'),
    areas: z
      .array(z.string())
      .describe('Area-of-cooperation codes inferred from the topics (BSC, CEP, CT, …)'),
    evidence: z.array(z.string()).optional().describe('The sentences the meeting was read from'),
  })
  .describe('One meeting the report describes or announces');

/** The languages a report is read in: the organization's partners write in these (issue 15). */
export const reportLanguage = z.enum(['en', 'ru', 'uk', 'fr', 'es', 'de', 'tr', 'ar']);
export type ReportLanguage = z.infer<typeof reportLanguage>;

export const reportExtractionSchema = z
  .object({
    file: z.string().nullable().describe('The file the report was read from, when it came from one'),
    language: reportLanguage
      .optional()
      .describe('Language the report was read in: the detected one, or the one the reader chose'),
    publication_date: day
      .nullable()
      .describe('Day the report was published (--published, or a date line on top)'),
    dateline: z
      .object({
        place: z.string().nullable().describe('City the dateline names, in English when known'),
        date: day.nullable().describe('Day the dateline gives, its year completed from the publication date'),
        outlet: z
          .string()
          .nullable()
          .optional()
          .describe('News agency named in the dateline, e.g. "Kazinform"'),
      })
      .describe('The opening "DUSHANBE, June 23, 2011, Asia-Plus —" of wire copy'),
    meetings: z.array(meetingSchema).describe('Meetings found, the main one (first reported) first'),
  })
  .describe('Meetings proposed from one press report');

export type ParticipantDraft = z.infer<typeof participantSchema>;
export type MeetingDraft = z.infer<typeof meetingSchema>;
export type ReportExtraction = z.infer<typeof reportExtractionSchema>;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Side = (typeof SIDES)[number];
