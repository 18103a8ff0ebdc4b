/**
 * The longest press report read, in characters (about 100 kB of Latin text). Wire copy and official
 * releases run to a few thousand characters; a hundred thousand is a long feature article pasted
 * whole. Longer input is refused with 413 rather than read slowly.
 */
export const MAX_REPORT_CHARS = 100_000;

/** Why a report is refused, or null when it may be read. */
export function reportTooLong(text: string): string | null {
  if (text.length <= MAX_REPORT_CHARS) return null;
  return `The report is ${text.length.toLocaleString('en')} characters long; at most ${MAX_REPORT_CHARS.toLocaleString('en')} are read. Paste the article itself, without the rest of the page, or split it.`;
}
