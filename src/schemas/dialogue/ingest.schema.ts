import { z } from 'zod';
import { fullDate, partialDate, slugId, text } from '../core/common.schema.js';
import { claimOutput } from '../registry/source.schema.js';
import { meetingCreate, meetingOutput } from './meeting.schema.js';
import { reportExtractionSchema, reportLanguage } from './report.schema.js';

export const ingestRequest = z.strictObject({
  // The length limit (MAX_REPORT_CHARS) is checked by the service, which answers 413 above it.
  text: z.string().min(1).describe('The press report, as plain text, at most 100,000 characters'),
  published: fullDate.optional().describe('Publication day, the reference for "yesterday"'),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional()
    .describe('Where the report was published: a source at this address is the same report'),
  language: reportLanguage
    .optional()
    .describe('Read the report in this language instead of the detected one (dates, titles, names)'),
});

const duplicateMeeting = z.object({
  id: z.string(),
  label: z.string(),
  date: z.string().nullish(),
  reasons: z.array(z.string()).describe('participants, place or source: what it shares with the draft'),
});

export const ingestDuplicates = z
  .object({
    source: z
      .object({
        id: z.string(),
        title: z.string(),
        url: z.string().nullable(),
        reason: z.enum(['url', 'text', 'excerpt']),
      })
      .nullable()
      .describe('The source this report is already stored as: confirming reuses it'),
    meetings: z
      .array(z.object({ draft: z.number().int(), candidates: z.array(duplicateMeeting) }))
      .describe('For each draft meeting, the recorded meetings you may read that look like it'),
  })
  .describe('What the report may already be in the records (issue 13)');

const span = z.object({
  kind: z.enum(['person', 'date', 'place', 'dateline']),
  start: z.number().int().describe('Offset of the first character in `text`'),
  end: z.number().int().describe('Offset after the last character'),
  text: z.string(),
  value: z.string().nullable().describe('Person id, ISO day or city'),
});

const statement = z.object({
  person_id: z.string().nullable(),
  name: z.string(),
  post_id: z.string(),
  post_label: z.string(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const ingestOutput = z.object({
  text: z.string().describe('The text the offsets refer to (entities, quotes and spaces normalized)'),
  extraction: reportExtractionSchema,
  spans: z.array(span),
  statements: z
    .array(statement)
    .describe('Posts the report says people hold, checked against the registry on confirm'),
  duplicates: ingestDuplicates,
});

export const confirmRequest = z.strictObject({
  text: z.string().min(1).describe('The press report, at most 100,000 characters'),
  published: fullDate.optional(),
  source: z
    .strictObject({
      id: slugId.optional().describe('An existing source, or the id for the new one'),
      title: text(500),
      publisher: text(300).nullish(),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullish(),
      publication_date: partialDate.nullish(),
      language: z
        .string()
        .regex(/^[a-z]{2}$/)
        .nullish(),
    })
    .describe('The report as a source; an existing source with the same id or URL is reused'),
  meeting: meetingCreate.describe('The reviewed draft'),
  attach_to: slugId
    .optional()
    .describe('Add the report as a source of this recorded meeting instead of recording a new one'),
  evidence: z
    .array(z.string().max(5000))
    .max(50)
    .default([])
    .describe('The sentences the meeting was read from'),
});

export const confirmOutput = z.object({
  meeting: meetingOutput,
  source_id: z.string(),
  claims: z.array(claimOutput).describe('Claims written about registry records (post holdings)'),
  attached: z.boolean().describe('The report was added to a recorded meeting (attach_to)'),
  source_reused: z.boolean().describe('The report was stored already and its source reused'),
});

export type IngestRequest = z.infer<typeof ingestRequest>;
export type IngestOut = z.infer<typeof ingestOutput>;
export type IngestDuplicates = z.infer<typeof ingestDuplicates>;
export type ConfirmRequest = z.infer<typeof confirmRequest>;
export type ConfirmOut = z.infer<typeof confirmOutput>;
