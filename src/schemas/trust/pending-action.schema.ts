import { z } from 'zod';

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
});

export const pendingActionListQuery = z.strictObject({
  status: z.enum(['pending', 'done', 'cancelled']).default('pending'),
});
