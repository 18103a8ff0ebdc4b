import { z } from 'zod';
import { pageLimit } from '../core/common.schema.js';

/** The kinds of record a deletion can be undone for: soft-deleted ones, and those restored from the trail. */
export const DELETED_KINDS = [
  'organization',
  'person',
  'post',
  'source',
  'membership',
  'post_holding',
  'claim',
  'meeting',
] as const;

export const deletedRecordQuery = z.strictObject({
  kind: z.enum(DELETED_KINDS).optional().describe('Only deleted records of this kind'),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const deletedRecordOutput = z.object({
  kind: z.enum(DELETED_KINDS),
  id: z.string(),
  label: z.string().describe('What the record was, as it read when deleted'),
  deleted_at: z.string(),
  deleted_by: z.string().describe('The account that deleted it'),
  version: z.number().int().describe('The version it was deleted at (If-Match of its restore)'),
  restore_path: z.string().describe('POST here to restore it'),
  can: z.object({ restore: z.boolean() }),
});

export type DeletedKind = (typeof DELETED_KINDS)[number];
export type DeletedRecordOut = z.infer<typeof deletedRecordOutput>;
export type DeletedRecordQuery = z.infer<typeof deletedRecordQuery>;
