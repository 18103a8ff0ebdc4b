import { z } from 'zod';
import { partialDateError } from '../../domain/core/partial-date.js';
import { unsafeTextReason } from '../../domain/core/safe-text.js';

export const slugId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
  .describe('Stable identifier: lowercase letters, digits and hyphens');

export const partialDate = z
  .string()
  .superRefine((value, ctx) => {
    const reason = partialDateError(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  })
  .describe('ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ example: '1992-03-10' });

export const fullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .superRefine((value, ctx) => {
    const reason = partialDateError(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  })
  .describe('ISO 8601 calendar date YYYY-MM-DD');

export const lang = z.enum(['en', 'fr', 'ru']).describe('Language of the text: English, French or Russian');

export const version = z
  .number()
  .int()
  .min(1)
  .describe('Row version, increased by every change; send it back to update');

/** Text a person typed: trimmed, not empty, and without characters that cannot be stored or that disguise it. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const reason = unsafeTextReason(value);
      if (reason) ctx.addIssue({ code: 'custom', message: reason });
    });

/** One page size for every list: 50 unless asked, at most 500. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
export const pageLimit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE)
  .describe(
    `Page size (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}); Link headers name the next and previous pages`,
  );

export const listQuery = z.strictObject({
  limit: pageLimit,
  offset: z.coerce.number().int().min(0).default(0).describe('Items to skip'),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().describe('Items matching the filters, over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const idParam = z.strictObject({ id: z.string().min(1).max(80).describe('Record identifier') });

export const onQuery = fullDate
  .optional()
  .describe('Answer for this day (YYYY-MM-DD); all periods when absent');

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().describe('Stable error code'),
    errors: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
    duplicates: z
      .array(
        z.object({
          kind: z.enum(['meeting', 'person', 'source']),
          id: z.string(),
          label: z.string(),
          date: z.string().nullish(),
          reasons: z.array(z.string()),
        }),
      )
      .optional()
      .describe(
        'record.duplicate: records you may read that look like the one sent (send confirm_new: true to save anyway)',
      ),
  })
  .describe('RFC 9457 problem details');

export type ListQuery = z.infer<typeof listQuery>;
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/**
 * The PATCH schema of a create schema: every field optional and without its default, so that a
 * field left out of a change keeps its stored value instead of being reset; plus the version read.
 */
export function patchOf<T extends z.ZodRawShape>(create: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(create.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };
  return z.strictObject({ ...shape, version: version.optional() });
}

/**
 * What the caller may do with the record, from the policy table (domain/trust/can.ts): a client shows
 * the actions offered here and never decides them from a role.
 */
export const recordCan = z
  .object({
    update: z.boolean().describe('May change it'),
    delete: z.boolean().describe('May delete it'),
  })
  .describe('What you may do with this record');

/** recordCan with the actions a kind of record adds (restore, decide, transitions…). */
export const canWith = <T extends z.ZodRawShape>(extra: T) => recordCan.extend(extra);
