import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import fr from 'zod/v4/locales/fr.js';
import ru from 'zod/v4/locales/ru.js';
import { fieldIssues } from '../../../schemas/core/issues.js';
import { ApiError } from '../api/client.js';
import type { Lang } from '../i18n/i18n.js';

// Zod's own translations of its built-in reasons ("too long", "expected a number"…): a form checks its
// input with the API's schema before sending, and says what is wrong in the reader's language.
const LOCALES = { en: en(), fr: fr(), ru: ru() };

/**
 * Checks a request body with the schema the API parses it with. A refusal is an ApiError shaped like
 * the API's 400 (each field with its reason), so the form shows it exactly where a server refusal goes.
 */
export function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  lang: Lang,
  title: string,
): z.output<S> {
  const result = schema.safeParse(value, { error: LOCALES[lang].localeError });
  if (result.success) return result.data;
  throw new ApiError(400, title, undefined, 'request.invalid', fieldIssues(result.error));
}

/** The longest text a string field of a schema takes (maxLength on the input), through optional and nullable. */
export function maxLengthOf(schema: z.ZodType | undefined): number | undefined {
  let s: unknown = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
    s = (s as z.ZodOptional<z.ZodType>).unwrap();
  }
  return s instanceof z.ZodString ? (s.maxLength ?? undefined) : undefined;
}
