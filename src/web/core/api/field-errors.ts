import { ApiError } from './client.js';

/**
 * Where a form shows what the API refused: the reason given for a field, next to that field's input.
 * One helper for every form, so that all of them read the server's problem the same way.
 */

/** The reason the API gave for exactly one of these fields. */
export function fieldError(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.errors.find((e) => fields.includes(e.field))?.reason;
}

/** The reason the API gave for one of these fields or any field under it (`f.x`, `f[0]`). */
export function errorUnder(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const under = (field: string, f: string) =>
    field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`);
  return error.errors.find((e) => fields.some((f) => under(e.field, f)))?.reason;
}
