import { z } from 'zod';
import { pageLimit, recordCan } from '../core/common.schema.js';

export const auditQuery = z.strictObject({
  entity: z
    .string()
    .max(40)
    .optional()
    .describe('Kind of record: organization, membership, person, post, post_holding…'),
  entity_id: z.string().max(80).optional().describe('The record'),
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditOutput = z.object({
  id: z.number().int(),
  at: z.string().describe('When, ISO 8601 UTC'),
  actor_id: z.string().describe('Who'),
  actor_name: z.string().nullable().describe('Their display name, when they are a user'),
  action: z.string().describe('create, update, delete, or a named change (sign, transition, restore…)'),
  entity: z.string(),
  entity_id: z.string(),
  before: z.unknown().nullable().describe('The record as it was (null on create)'),
  after: z.unknown().nullable().describe('The record as it became (null on delete)'),
  can: recordCan.describe('Always false: the trail is never edited'),
});

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditOut = z.infer<typeof auditOutput>;
