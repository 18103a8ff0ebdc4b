/**
 * Characters no stored text may hold. NUL breaks PostgreSQL (500) and every copy from SQLite to it;
 * other C0 controls have no place in names or notes; a lone UTF-16 surrogate cannot be written as
 * UTF-8, so it comes back as U+FFFD and a backup and restore change it; bidi overrides and
 * zero-width characters make one name look like another ("Spoofing", Trojan Source).
 * Tab, line feed and carriage return stay: notes and press reports have lines.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ZERO_WIDTH = /[\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the text may not be stored, or null when it may. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (CONTROL.test(value)) return 'contains a control character';
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (not valid Unicode)';
  if (BIDI.test(value)) return 'contains a bidirectional override or mark';
  if (ZERO_WIDTH.test(value)) return 'contains a zero-width character';
  return null;
}

const ALL = new RegExp(`${CONTROL.source}|${BIDI.source}|${ZERO_WIDTH.source}|${LONE_SURROGATE.source}`, 'g');

/** The text without what unsafeTextReason refuses: what a migration stores in place of old rows. */
export function cleanText(value: string): string {
  return value.replace(ALL, '');
}

/** Every character class refused, as code points: the migration searches stored rows for them. */
export const REFUSED_CODE_POINTS: readonly number[] = [
  ...range(0x00, 0x08),
  0x0b,
  0x0c,
  ...range(0x0e, 0x1f),
  0x7f,
  0x061c,
  0x200e,
  0x200f,
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  0x180e,
  ...range(0x200b, 0x200d),
  ...range(0x2060, 0x2064),
  0xfeff,
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The first unsafe string in a parsed JSON value, with its path (`names.0.value`), so that one guard
 * can name the field for any body, query or path parameter.
 */
export function findUnsafeText(
  value: unknown,
  path: string[] = [],
): { path: string[]; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { path: [...path, key], reason: `name ${keyReason}` };
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
