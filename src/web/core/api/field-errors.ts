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

/**
 * Whether the API refused something no field of the form shows (or gave no field at all): the form
 * then says so above its fields, so that no refusal goes unseen.
 */
export function errorElsewhere(error: unknown, shown: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return !!error;
  return error.errors.length === 0 || error.errors.some((e) => !shown.some((f) => e.field.startsWith(f)));
}
