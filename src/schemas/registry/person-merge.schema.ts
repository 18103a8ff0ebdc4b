import { z } from 'zod';
import { slugId, version } from '../core/common.schema.js';
import { personOutput } from './person.schema.js';

export const personMergeInput = z.strictObject({
  into: slugId.describe(
    'The person to keep: the duplicate named in the path is merged into it, then deleted',
  ),
  version: version.optional().describe("The duplicate's version (or If-Match)"),
});

export const personMergeOutput = z.object({
  person: personOutput.describe('The person kept, with the names it gained'),
  merged_id: z.string().describe('The duplicate, now deleted (restorable)'),
  moved: z.object({
    names: z.number().int(),
    holdings: z.number().int(),
    nominations: z.number().int(),
    participants: z.number().int().describe('meeting participants'),
    claims: z.number().int(),
    candidates: z.number().int().describe('confirmed draft people of the dialogue'),
  }),
});

export type PersonMergeInput = z.infer<typeof personMergeInput>;
export type PersonMergeOut = z.infer<typeof personMergeOutput>;
