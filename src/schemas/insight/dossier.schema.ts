import { z } from 'zod';
import { fullDate } from '../core/common.schema.js';

export const dossierParams = z.strictObject({
  id: z.string().min(1).max(80).describe('The partner: organization id (tj) or ISO code (TJ)'),
});

export const dossierQuery = z.strictObject({
  on: fullDate.optional().describe('The day of the briefing (today by default)'),
  format: z.enum(['json', 'html', 'pdf']).default('json'),
});
