import type { z } from 'zod';
import { DomainError } from '../domain/core/errors.js';
import { fieldIssues } from '../schemas/core/issues.js';

/**
 * Reads a command's options with the schema the API declares for the same input, so the CLI accepts
 * and refuses exactly what the API does. `flags` names the option that fills each field, so that a
 * refusal speaks of `--limit`, not of `limit` (exit 2, as every usage error).
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  flags: Record<string, string> = {},
): z.output<S> {
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  const parsed = schema.safeParse(defined);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error).map((i) => ({
    field: flags[i.field] ?? `--${i.field.replace(/_/g, '-')}`,
    reason: i.reason,
  }));
  throw new DomainError('request.invalid', issues.map((i) => `${i.field}: ${i.reason}`).join('; '), issues);
}

/** A number option as the schema will check it: a word that is not a number stays a word. */
export function numberOption(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

/** A comma-separated list option. */
export function listOption(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
