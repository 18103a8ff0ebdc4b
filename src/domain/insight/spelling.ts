import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';
import { foldForSearch } from '../core/search-text.js';

/**
 * Search that forgives: a query in another script is also searched in Latin letters ("Зарифи" →
 * "zarifi"), and a word nobody uses is also searched as the nearest words that are used
 * ("appaturai" → "appathurai"). Pure: the words come from the caller.
 */

const MIN_WORD = 4;

/** The words of folded texts, as a set to look misspellings up in. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (word.length >= MIN_WORD) words.add(word);
  }
  return words;
}

/** The query in Latin letters when it is written in another script (null when it already is). */
export function latinSpelling(query: string): string | null {
  if (!/[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]/u.test(query)) return null;
  const latin = foldForSearch(transliterate(query));
  return latin && latin !== foldForSearch(query) ? latin : null;
}

/** How many edits a word of this length may be away from a known word: none for short words. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * The query with each unknown word replaced by its nearest known words (every combination is not
 * needed: one spelling per nearest word, the other words kept as written). Empty when every word is
 * known or nothing is near.
 */
export function nearestSpellings(query: string, vocabulary: ReadonlySet<string>, max = 3): string[] {
  const words = foldForSearch(query).split(' ');
  const out: string[] = [];
  words.forEach((word, i) => {
    const edits = allowedEdits(word.length);
    if (edits === 0 || vocabulary.has(word)) return;
    const near: { word: string; d: number }[] = [];
    for (const known of vocabulary) {
      if (Math.abs(known.length - word.length) > edits) continue;
      const d = distance(word, known);
      if (d <= edits) near.push({ word: known, d });
    }
    near.sort((a, b) => a.d - b.d || a.word.localeCompare(b.word));
    for (const n of near.slice(0, max)) out.push(words.map((w, j) => (j === i ? n.word : w)).join(' '));
  });
  return out.slice(0, max);
}
