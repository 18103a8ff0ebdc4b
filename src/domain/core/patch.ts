/**
 * A record with a change applied: fields the change leaves out (undefined) keep their value, fields
 * it sets — to null too — take the new one.
 */
export function applyPatch<T extends object, P extends object>(before: T, patch: P): T & P {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...before, ...changes } as T & P;
}
