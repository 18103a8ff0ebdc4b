import { z } from 'zod';
import { lang, patchOf, recordCan, text, version } from '../core/common.schema.js';

export const areaCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,7}$/, 'must be 2–8 capital letters or digits, starting with a letter')
  .describe('Area-of-cooperation code, e.g. CEP');

export const areaCreate = z.strictObject({
  code: areaCode,
  names: z
    .partialRecord(lang, text(300))
    .refine((n) => Boolean(n.en), { message: 'an English name is required', path: ['en'] })
    .describe('Name by language code'),
  description: text(2000).nullish(),
});
export const areaPatch = patchOf(areaCreate.omit({ code: true }));

export const areaOutput = z.object({
  can: recordCan,
  code: z.string(),
  name: z.string(),
  names: z.record(z.string(), z.string()),
  description: z.string().nullable(),
  version,
  updated_at: z.string(),
});

export type AreaCreate = z.infer<typeof areaCreate>;
export type AreaPatch = z.infer<typeof areaPatch>;
export type AreaOut = z.infer<typeof areaOutput>;
