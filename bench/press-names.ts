import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';
import { foldForSearch } from '../src/domain/core/search-text.js';

/**
 * How the press scorer decides that a name the extractor gave is a name the annotator wrote. It is
 * deliberately tolerant of what a reader would not count as an error: case, diacritics, the script
 * ("Лавров" = "Lavrov", "الصفدي" = "Safadi"), transliteration variants ("Mukhriddin"/"Muhriddin"),
 * honorifics ("M.", "Sr.", "السيد") and name order ("Lavrov Sergei"). It is strict about the
 * person: two names must share the surname, and two given first names must agree.
 */

const HONORIFICS = new Set([
  'lord',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'ambassador',
  'm',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
  'don',
  'dona',
  'herr',
  'frau',
  'bay',
  'bayan',
  'g-n',
  'gn',
  'gospodin',
  'gospozha',
  'sayyid',
  'sayyida',
  'sheikh',
  'shaykh',
  'h.e',
]);

/** Arabic honorifics, dropped before transliterating: "السيد", "الدكتور", "معالي", "سمو", "فخامة". */
const AR_HONORIFIC =
  /(?<![\p{L}])(?:السيد|السيدة|الدكتور|الدكتورة|الشيخ|الشيخة|معالي|سمو|فخامة|الرئيس)(?![\p{L}])/gu;

/** Arabic name particles that belong to no one surname: "bin", "ibn", "al", "abu", "abd". */
const PARTICLES = new Set([
  'bin',
  'ibn',
  'bn',
  'al',
  'el',
  'abu',
  'abw',
  'ben',
  'de',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'y',
]);

/**
 * A name's words in folded Latin letters, honorifics, initials and particles left out ("С.В.Лаврова"
 * has its initials written against the surname, as Russian and Mongolian copy often does).
 */
export function nameWords(name: string, caseless = false): string[] {
  const written = caseless ? withoutCaseEnding(name) : name;
  const latin = /[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]/u.test(written)
    ? transliterate(stripArabicArticle(written.replace(AR_HONORIFIC, ' ')))
    : name;
  return foldForSearch(latin)
    .replace(/['’`ʼ]/g, '')
    .split(/[\s.-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w.length > 1 && !HONORIFICS.has(w) && !PARTICLES.has(w))
    .map((w) => w.replace(/^(?:al|el)(?=[a-z]{3})/, ''));
}

/**
 * Cyrillic words without their case ending, so that "Сергеем Лавровым" (how a Russian sentence writes
 * the one met "with") is the same person as "Сергей Лавров": both become "Серге Лавров". Surname
 * suffixes ("-ов", "-ин") are not endings and stay. Only used when both names are Cyrillic: the
 * stem alone would no longer transliterate to the Latin spelling ("Кислиц" is not "Kyslytsya").
 */
const CASE_ENDING =
  /(?<=\p{Script=Cyrillic}{3})(?:ого|его|ому|ему|ым|им|ом|ем|ём|ой|ей|ою|ею|ую|юю|ая|ий|ый|[аяуюеыийь])(?!\p{L})/gu;

function withoutCaseEnding(name: string): string {
  return name.replace(CASE_ENDING, '');
}

/** "الصفدي" → "صفدي": the article is written into the word in Arabic and apart ("al-Safadi") in Latin. */
function stripArabicArticle(name: string): string {
  return name.replace(/(?<![\p{L}])ال(?=\p{Script=Arabic}{3})/gu, '');
}

/**
 * The consonants of a word, similar ones merged: what Arabic script writes, and what survives most
 * transliterations ("Safadi", "Safady", "lSfdy" → "sfd").
 */
export function skeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/shch/g, 's')
    .replace(/ts|tz|c(?!h)/g, 'c')
    .replace(/kh|gh|q/g, 'k')
    .replace(/sh|ch|zh|dzh|dj|j/g, 's')
    .replace(/th|dh|z/g, 't')
    .replace(/ph|v/g, 'f')
    .replace(/[aeiouyw'h]/g, '')
    .replace(/d/g, 't')
    .replace(/(.)\1+/g, '$1');
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const edits = Math.min(a.length, b.length) < 5 ? 0 : Math.min(a.length, b.length) < 9 ? 1 : 2;
  if (edits > 0 && distance(a, b) <= edits) return true;
  // A word with no vowels is a transliteration from Arabic: compare consonants only.
  const consonantal = !/[aeiou]/.test(a.replace(/^.|.$/g, '')) || !/[aeiou]/.test(b.replace(/^.|.$/g, ''));
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa.length < 2 || sb.length < 2) return false;
  return sa === sb || (consonantal && sa.length >= 3 && distance(sa, sb) <= 1);
}

/**
 * Same person: the last word of each name is one of the other's words (either order), and when both
 * give two or more words, some other word of one is also in the other (first names agree) unless
 * one side gives only a surname and a patronymic-like extra word.
 */
export function sameName(a: string, b: string): boolean {
  const cyrillic = (n: string) => /\p{Script=Cyrillic}/u.test(n) && !/\p{Script=Latin}/u.test(n);
  const caseless = cyrillic(a) && cyrillic(b);
  const x = nameWords(a, caseless);
  const y = nameWords(b, caseless);
  if (x.length === 0 || y.length === 0) return false;
  const lastX = x[x.length - 1] as string;
  const lastY = y[y.length - 1] as string;
  const inY = (word: string) => y.some((v) => sameWord(word, v));
  const inX = (word: string) => x.some((v) => sameWord(word, v));
  if (!inY(lastX) && !inX(lastY)) return false;
  if (x.length === 1 || y.length === 1) return true;
  // Both give a first name: every word of the shorter must appear in the longer.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const matched = short.filter((w) => long.some((v) => sameWord(w, v))).length;
  return matched >= Math.min(2, short.length);
}
