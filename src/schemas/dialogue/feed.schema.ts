import { z } from 'zod';
import { slugId, version } from '../core/common.schema.js';
import { meetingCreate } from './meeting.schema.js';
import { meetingSchema } from './report.schema.js';

export const feedCreate = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .describe('The RSS or Atom feed to watch'),
  title: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('A name for it (the feed’s own title otherwise)'),
});

export const feedOutput = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  polled_at: z.string().nullable().describe('Last poll (UTC)'),
  next_poll_at: z
    .string()
    .nullable()
    .describe('Not polled before (UTC): the interval, longer after failures'),
  last_status: z.string().nullable().describe('200, 304 (not modified), or what failed'),
  last_error: z.string().nullable(),
  failures: z.number().int().describe('Failures in a row (each doubles the wait)'),
  items: z.number().int().describe('Items taken from the feed so far'),
  version,
});

export const pollOutput = z.object({
  feeds: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      status: z.string().describe('200, 304, or what failed'),
      new_items: z.number().int(),
      drafts_created: z.number().int(),
      drafts_joined: z.number().int().describe('Items that became one more source of an open draft'),
    }),
  ),
});

const draftSource = z.object({
  url: z.string().nullable(),
  title: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  feed_id: z.string().nullable(),
});

export const pressDraftOutput = z.object({
  id: z.string(),
  status: z.enum(['open', 'confirmed', 'dismissed']),
  start_date: z.string().nullable(),
  title: z.string(),
  meeting: meetingSchema.describe('The meeting as read from the first report'),
  sources: z.array(draftSource).describe('The outlets’ reports of this meeting'),
  meeting_id: z.string().nullable().describe('The meeting it became, once confirmed'),
  version,
});

export const pressDraftDetail = pressDraftOutput.extend({
  sources: z.array(draftSource.extend({ text: z.string() })),
});

export const pressDraftListQuery = z.strictObject({
  status: z.enum(['open', 'confirmed', 'dismissed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const pressDraftConfirm = z.strictObject({
  version,
  meeting: meetingCreate.describe('The reviewed meeting (checked for duplicates unless confirm_new)'),
  attach_to: slugId.optional().describe('Add the reports to this recorded meeting instead'),
});

export const pressDraftDismiss = z.strictObject({ version });

export type FeedCreate = z.infer<typeof feedCreate>;
export type FeedOut = z.infer<typeof feedOutput>;
export type PollOut = z.infer<typeof pollOutput>;
export type PressDraftOut = z.infer<typeof pressDraftOutput>;
export type PressDraftDetail = z.infer<typeof pressDraftDetail>;
export type PressDraftConfirm = z.infer<typeof pressDraftConfirm>;
