import { createHash } from 'node:crypto';
import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';
import { foldForSearch } from '../core/search-text.js';
import { allowedEdits } from '../insight/spelling.js';

/**
 * What makes two records the same one before it is saved twice: the same report (by its text), the
 * same meeting (same day give or take one, and the same people, place or report), the same person
 * (the same name in any script or transliteration). Pure: the candidates come from the caller, which
 * has already kept only those the reader may see.
 */

/** Report text as compared: typography, spacing and case do not make another report. */
export function normalizeReport(text: string): string {
  return foldForSearch(
    text
      .normalize('NFKC')
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐-―−]/g, '-'),
  );
}

/** The stored fingerprint of a report's text (source.text_hash): equal texts, equal hashes. */
export function reportHash(text: string): string {
  return createHash('sha256').update(normalizeReport(text)).digest('hex');
}

/** Elisions an excerpt marks its cuts with: "[…]", "[...]", "(…)". */
const ELISION = /\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u;
const MIN_FRAGMENT = 30;

/**
 * Whether a stored excerpt quotes this report: every fragment between its elisions appears in the
 * report's text (fragments too short to tell are ignored; at least one must be long enough).
 */
export function excerptQuotes(excerpt: string | null, report: string): boolean {
  if (!excerpt) return false;
  const whole = normalizeReport(report);
  const fragments = excerpt
    .split(ELISION)
    .map(normalizeReport)
    .filter((f) => f.length >= MIN_FRAGMENT);
  return fragments.length > 0 && fragments.every((f) => whole.includes(f));
}

/** A name's words in Latin letters, folded, with the spellings transliterations disagree on merged. */
export function nameWords(name: string): string[] {
  return (
    foldForSearch(transliterate(name))
      .split(/[^\p{L}\p{N}]+/u)
      // Initials are dropped; a number is kept whole ("Nominee 3" is not "Nominee 4").
      .filter((w) => w.length >= 2 || /\d/.test(w))
      .map((w) => w.replace(/kh/g, 'h').replace(/y/g, 'i').replace(/(.)\1/g, '$1'))
  );
}

const wordsMatch = (a: string, b: string) =>
  a === b || distance(a, b) <= allowedEdits(Math.min(a.length, b.length));

/**
 * Whether two written names may be the same person: every word of the shorter name (at least
 * `minWords` of them) matches a different word of the longer one, within the edits a word of its
 * length allows, in any order ("Zarifi Hamrokhon", "Хамрохон Зарифи", "Hamrokhon Zarifi").
 */
export function sameName(a: string, b: string, minWords = 2): boolean {
  const [short, long] = [nameWords(a), nameWords(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ];
  if (short.length < minWords || short.length === 0) return false;
  const free = [...long];
  for (const w of short) {
    const i = free.findIndex((f) => wordsMatch(w, f));
    if (i < 0) return false;
    free.splice(i, 1);
  }
  return true;
}

export interface MeetingFacts {
  partner_id?: string | null;
  kind?: string | null;
  /** ISO day (or a partial date: only a full day is compared) */
  start_date: string;
  city?: string | null;
  participants: readonly { person_id?: string | null; name?: string | null }[];
  source_ids?: readonly string[];
}

export type MeetingLikeness = 'participants' | 'place' | 'source';

const DAY_MS = 86_400_000;
const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** Days between two ISO days, or null when either is not a full day. */
export function daysApart(a: string, b: string): number | null {
  if (!isDay(a) || !isDay(b)) return null;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

function sameParticipant(
  a: MeetingFacts['participants'][number],
  b: MeetingFacts['participants'][number],
): boolean {
  if (a.person_id && b.person_id) return a.person_id === b.person_id;
  // A report may name a participant by surname only: one long word is enough beside a full name.
  return !!a.name && !!b.name && sameName(a.name, b.name, 1);
}

/**
 * Why a recorded meeting looks like the one about to be saved, or [] when it does not: it must be of
 * the same partner (when both name one) and within a day (datelines and "yesterday" disagree by one),
 * and share a participant, the city, or — of the same kind — the report it rests on.
 */
export function meetingLikeness(draft: MeetingFacts, recorded: MeetingFacts): MeetingLikeness[] {
  if (draft.partner_id && recorded.partner_id && draft.partner_id !== recorded.partner_id) return [];
  const apart = daysApart(draft.start_date, recorded.start_date);
  if (apart === null ? draft.start_date !== recorded.start_date : apart > 1) return [];
  const reasons: MeetingLikeness[] = [];
  if (draft.participants.some((p) => recorded.participants.some((q) => sameParticipant(p, q))))
    reasons.push('participants');
  if (draft.city && recorded.city && foldForSearch(draft.city) === foldForSearch(recorded.city))
    reasons.push('place');
  const sources = new Set(recorded.source_ids ?? []);
  if (draft.kind && draft.kind === recorded.kind && (draft.source_ids ?? []).some((s) => sources.has(s)))
    reasons.push('source');
  return reasons;
}
