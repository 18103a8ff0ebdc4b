/** `['names', 0, 'start_date']` → `names[0].start_date`, the way people write field paths. */
export function fieldPath(parts: readonly (string | number)[]): string {
  return parts.reduce<string>(
    (acc, p) =>
      typeof p === 'number' || /^\d+$/.test(String(p)) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p),
    '',
  );
}
