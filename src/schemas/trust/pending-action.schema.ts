import { z } from 'zod';
import { canWith } from '../core/common.schema.js';

export const pendingActionOutput = z.object({
  id: z.string(),
  action: z.string().describe('purge'),
  entity: z.string(),
  entity_id: z.string(),
  requested_by: z.string(),
  requested_at: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  status: z.string().describe('pending | done | cancelled'),
  version: z.number().int(),
  can: canWith({
    approve: z.boolean().describe('May approve and carry it out (an administrator other than the requester)'),
    cancel: z.boolean().describe('May withdraw it'),
  }),
});

export const pendingActionListQuery = z.strictObject({
  status: z.enum(['pending', 'done', 'cancelled']).default('pending'),
});
