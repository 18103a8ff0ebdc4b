import { z } from 'zod';
import { DomainError, type FieldIssue } from '../core/errors.js';
import { fieldPath } from '../core/field-path.js';

/** A missing field is "required", not of the wrong type as Zod would say. */
const required = (kind: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${kind}`;

const count = z
  .number({ error: required('a number') })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(1_000_000_000, 'is implausibly large');

const id = z
  .string({ error: required('a string') })
  .min(1, 'must not be empty')
  .max(200, 'is too long');

export const iterationSchema = z.object(
  {
    id,
    seats: count,
    partner_cap: count
      .nullish()
      .transform((v) => v ?? null)
      .describe('At most this many accepted nominations from one partner; null: no cap'),
    partner_seated: z
      .record(id, count)
      .optional()
      .describe(
        'Seats partners already hold in the iteration from earlier decisions, counted against the cap',
      ),
  },
  { error: required('an object') },
);

export const nominationSchema = z.object(
  {
    id,
    person: id,
    partner: id.describe('The nominating partner, usually an ISO 3166-1 alpha-2 code'),
    iteration: id,
    weight: z
      .number({ error: required('a number') })
      .int('must be a whole number')
      .positive('must be positive')
      .max(1_000_000_000, 'is implausibly large'),
  },
  { error: required('an object') },
);

/**
 * One round of nominations to oversubscribed activity iterations, as the allocation engine takes it:
 * each nomination is a person's ranked alternative, of a weight computed upstream (the partner's
 * priority, the person's rank).
 */
export const instanceSchema = z.object(
  {
    iterations: z.array(iterationSchema, { error: required('a list of iterations') }),
    nominations: z.array(nominationSchema, { error: required('a list of nominations') }),
  },
  { error: 'must be an object with "iterations" and "nominations"' },
);

export type Iteration = z.output<typeof iterationSchema>;
export type Nomination = z.output<typeof nominationSchema>;
export type Instance = z.output<typeof instanceSchema>;
export type InstanceInput = z.input<typeof instanceSchema>;

/** At most this many problems are spelled out in the message; `issues` has them all. */
const MESSAGE_ISSUES = 5;

/** The instance, checked for shape and for consistency; throws `request.invalid` naming each bad field. */
export function parseInstance(json: unknown): Instance {
  const parsed = instanceSchema.safeParse(json);
  const issues: FieldIssue[] = parsed.success
    ? consistencyIssues(parsed.data)
    : parsed.error.issues.map((issue) => ({
        field: fieldPath(issue.path as (string | number)[]) || 'instance',
        reason: issue.message,
      }));
  if (parsed.success && issues.length === 0) return parsed.data;
  const shown = issues.slice(0, MESSAGE_ISSUES).map((i) => `${i.field}: ${i.reason}`);
  if (issues.length > MESSAGE_ISSUES) shown.push(`and ${issues.length - MESSAGE_ISSUES} more`);
  throw new DomainError('request.invalid', shown.join('; '), issues);
}

function consistencyIssues(instance: Instance): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const iterations = new Set<string>();
  instance.iterations.forEach((it, i) => {
    if (iterations.has(it.id))
      issues.push({ field: `iterations[${i}].id`, reason: `duplicate iteration id "${it.id}"` });
    iterations.add(it.id);
  });
  const nominations = new Set<string>();
  const personIteration = new Map<string, string>();
  instance.nominations.forEach((n, i) => {
    if (nominations.has(n.id))
      issues.push({ field: `nominations[${i}].id`, reason: `duplicate nomination id "${n.id}"` });
    nominations.add(n.id);
    if (!iterations.has(n.iteration)) {
      issues.push({ field: `nominations[${i}].iteration`, reason: `unknown iteration "${n.iteration}"` });
    }
    // A person's nominations are alternatives to each other; two to the same iteration are one too many.
    const key = JSON.stringify([n.person, n.iteration]);
    const first = personIteration.get(key);
    if (first !== undefined) {
      issues.push({
        field: `nominations[${i}].person`,
        reason: `person "${n.person}" is already nominated to iteration "${n.iteration}" (nomination "${first}")`,
      });
    } else personIteration.set(key, n.id);
  });
  return issues;
}
