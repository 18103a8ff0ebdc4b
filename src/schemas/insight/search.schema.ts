import { z } from 'zod';

export const SEARCH_KINDS = [
  'partner',
  'person',
  'post',
  'activity',
  'meeting',
  'programme',
  'follow_up',
] as const;

export const searchQuery = z.strictObject({
  q: z.string().trim().min(2).max(200).describe('What to look for: a name in any script, a title, a place'),
  limit: z.coerce.number().int().min(1).max(20).default(5).describe('Hits per kind of record'),
});

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  label: z.string().describe('The record as a person names it'),
  detail: z.string().nullable().describe('A second line: the organization, the date and place, …'),
  path: z.string().describe('Where the record opens in the web app'),
});

export const searchOutput = z.object({
  q: z.string(),
  /** the spellings searched besides the query: another script's, or the nearest known words */
  also_searched: z.array(z.string()),
  groups: z.array(
    z.object({ kind: z.enum(SEARCH_KINDS), total: z.number().int(), hits: z.array(searchHit) }),
  ),
});

export type SearchQuery = z.output<typeof searchQuery>;
export type SearchHit = z.output<typeof searchHit>;
export type SearchOut = z.output<typeof searchOutput>;
