export interface Sentence {
  text: string;
  /** offset in the text it was cut from */
  start: number;
  paragraph: number;
  index: number;
}

/** Words a period follows without ending the sentence: titles, ranks, months, "U.S.", "г.", "т.е.". */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'amb',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'approx',
  'vol',
  'mt',
  'ft',
  'hon',
  'rev',
  'г',
  'гг',
  'ул',
  'им',
  'т',
  'д',
  'п',
  'др',
  'пр',
  'см',
  'ген',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'проф',
  'т.е',
  'т.д',
  'т.п',
  'с.г',
  'н.э',
  'стр',
  // "Ентоні Дж. Блінкен": the Cyrillic initial of Джон, Джозеф.
  'дж',
  // French and Spanish honorifics before a name: "MM. Robert Mollié et Michael Dodman", "Mme", "Pr",
  // "Excmo. Sr.", "Dña.", "Lic.".
  'mm',
  'mme',
  'mmes',
  'mlle',
  'pr',
  'excmo',
  'excma',
  'sra',
  'srta',
  'dña',
  'lic',
  'ing',
]);

// Arabic has no capitals: a period (or "؟") before an Arabic word ends a sentence, unless it closes an
// initial ("أنتوني ج. بلينكن"), which the abbreviation check below does not know.
// A page's text may have lost the space after a period ("nuclear weapons.According to"): a period
// between a lower-case word and a capitalized one ends a sentence too.
const BOUNDARY =
  /[.!?…؟]+["')\]]*(?=\s+["'([]?[\p{Lu}\p{N}\p{Script=Arabic}])(?<!(?:^|\s)\p{Script=Arabic}\.)|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;

const GERMAN_MONTH =
  /^\s(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

/**
 * No real sentence is longer (the longest in the fixtures is under 300 characters); a longer run is
 * cut at a space so that every step that works sentence by sentence costs a bounded time, and the
 * whole report time linear in its length, however it is written.
 */
export const MAX_SENTENCE = 1000;

/** An abbreviation is a short word: the text looked back on before a period is bounded too. */
const ABBREVIATION_REACH = 24;

/** Sentences, paragraph by paragraph: a line break always ends a sentence. */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const lead = line.indexOf(trimmed);
      for (const [s, rel] of splitLine(trimmed).flatMap(capLength)) {
        sentences.push({
          text: s,
          start: offset + lineStart + lead + rel,
          paragraph,
          index: sentences.length,
        });
      }
      paragraph++;
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

function splitLine(line: string): [string, number][] {
  const parts: [string, number][] = [];
  let from = 0;
  for (const m of line.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    const before = line.slice(Math.max(from, m.index - ABBREVIATION_REACH), m.index);
    if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviation(before)) continue;
    // German ordinal days: "am 8. Juli" goes on.
    if (m[0] === '.' && /(?:^|\s)\d{1,2}$/.test(before) && GERMAN_MONTH.test(line.slice(end, end + 12)))
      continue;
    const piece = line.slice(from, end).trim();
    if (piece) parts.push([piece, from + line.slice(from, end).indexOf(piece)]);
    from = end;
  }
  const rest = line.slice(from).trim();
  if (rest) parts.push([rest, from + line.slice(from).indexOf(rest)]);
  return parts;
}

/** A piece longer than MAX_SENTENCE, cut at the last space before the limit (or at the limit). */
function capLength([piece, at]: [string, number]): [string, number][] {
  if (piece.length <= MAX_SENTENCE) return [[piece, at]];
  const out: [string, number][] = [];
  let from = 0;
  while (piece.length - from > MAX_SENTENCE) {
    const space = piece.lastIndexOf(' ', from + MAX_SENTENCE);
    const end = space > from ? space : from + MAX_SENTENCE;
    out.push([piece.slice(from, end), at + from]);
    from = space > from ? end + 1 : end;
  }
  out.push([piece.slice(from), at + from]);
  return out;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  // Spanish doubles the letters of a plural abbreviation: "EE.UU.", "FF.AA.", "RR.EE.".
  if (/^(\p{Lu}{2}\.)+\p{Lu}{2}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
