import { z } from 'zod';
import { MARKINGS } from '../../domain/trust/policy.js';
import { recordCan, text, version } from '../core/common.schema.js';

/** The kinds of file a meeting takes, as read from their first bytes (never from the name). */
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
  'text/plain',
] as const;

/** What an upload says about its file; the bytes are the request body. */
export const attachmentUploadQuery = z.strictObject({
  name: text(200).describe('The file name, as the uploader had it'),
  description: text(1000).optional().describe('What the file is, e.g. "Minutes, signed"'),
  marking: z
    .enum(MARKINGS)
    .optional()
    .describe("Releasability: the meeting's when absent; may be stricter than the meeting's, never wider"),
});

export const attachmentOutput = z.object({
  can: recordCan,
  id: z.string(),
  meeting_id: z.string(),
  file_name: z.string(),
  media_type: z.enum(ATTACHMENT_TYPES).describe('Detected from the bytes'),
  size: z.number().int().describe('Bytes'),
  sha256: z.string().describe('Checksum of the content, verified on every read'),
  description: z.string().nullable(),
  marking: z.enum(MARKINGS),
  releasable_to: z.array(z.string()),
  version,
  updated_at: z.string(),
});

export type AttachmentUploadQuery = z.infer<typeof attachmentUploadQuery>;
export type AttachmentOut = z.infer<typeof attachmentOutput>;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
