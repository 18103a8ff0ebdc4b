import { foldForSearch } from '../domain/core/search-text.js';

/** Wire copy mixes typographic and plain punctuation; patterns are written once, for the plain kind. */
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  laquo: '"',
  raquo: '"',
  ldquo: '"',
  rdquo: '"',
  lsquo: "'",
  rsquo: "'",
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) =>
        name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name.toLowerCase()] ?? whole),
      )
      .normalize('NFC')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
      // Arabic outlets quote names: 'الشيخ "تميم بن حمد آل ثاني"'. A few Arabic words in quotes, with
      // no punctuation of their own, are a name and read without them.
      .replace(/"(\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,5})"/gu, '$1')
      .replace(/[\u00A0\u2009\u202F\u2007]/g, ' ')
      .replace(/\u2011/g, '-')
      // A soft hyphen or a zero-width space, left in a web page's text where a word may break
      // ("Зелен\u00ADський"), splits a name in two without being seen.
      .replace(/[\u00AD\u200B]/g, '')
      // Arabic vowel marks and the tatweel stretch a word without changing it: names are matched without them.
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      // "date 2018-05-28 Prime Minister Skerrit…": a page's stored copy may open with its date as a
      // label on the story's own line; on a line of its own it reads as the date line it is.
      .replace(META_DATE, '$1\n')
  );
}

const META_DATE = /^(\s*(?:date|published|posted|updated):? \d{4}-\d{2}(?:-\d{2})?) (?=\S)/iu;

export type Language = 'en' | 'ru';

/** Russian when Cyrillic letters outnumber Latin ones: a Russian report still quotes "NATO" or "PfP". */
export function detectLanguage(text: string): Language {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}

export interface Token {
  text: string;
  /** lower-cased, accents removed, a final possessive "'s" dropped: for matching names */
  folded: string;
  /** lower-cased only (Russian "й" kept, which folding turns into "и"): for word endings and word lists */
  lower: string;
  start: number;
  end: number;
  capitalized: boolean;
  /** "F." in "Robert F. Simmons", "С." in "С. Лавров" */
  initial: boolean;
}

/**
 * An Arabic surname written with its article in lower case: "al-Safadi", "ас-Сиси", "аль-Асад",
 * "ben-Gvir". It is a name word like a capitalized one.
 */
const ARTICLE_NAME =
  /^(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|ben|аль|ал|ас|ад|ат|ан|ар|аш|аз|эль|ибн|бен|бин)-\p{Lu}/u;

// "Ентоні Дж. Блінкен": "Дж." is one Cyrillic initial (Джон, Джозеф), two letters long. "Kh.Battulga",
// "Sh.Mirziyoyev": Mongolian and Central Asian copy writes the Latin letters for Х, Ц, Ш, Ч, Ж so.
const WORD = /(?:\p{Lu}|Дж|Kh|Ts|Sh|Ch|Zh)\.(?=\s?\p{Lu})|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const forms = formsOf(word);
    tokens.push({
      text: word,
      folded: forms.folded,
      lower: forms.lower,
      start,
      end: start + word.length,
      capitalized: forms.capitalized,
      initial: forms.initial,
    });
  }
  return tokens;
}

const LATIN_DIGRAPH_INITIAL = /^(?:Kh|Ts|Sh|Ch|Zh)\.$/;

type WordForms = Pick<Token, 'folded' | 'lower' | 'capitalized' | 'initial'>;

/**
 * A word's forms depend on the word alone, and a report (with the names it is searched for) writes the
 * same words again and again: Unicode folding each time was the largest cost of reading a long one.
 */
const WORD_FORMS = new Map<string, WordForms>();

function formsOf(word: string): WordForms {
  const cached = WORD_FORMS.get(word);
  if (cached) return cached;
  const forms: WordForms = {
    folded: foldWord(word),
    // Turkish "İ" lower-cases to "i" and a combining dot, which no word list writes.
    lower: word
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/\u0307/g, '')
      .replace(/'s$/, ''),
    capitalized: /^\p{Lu}/u.test(word) || ARTICLE_NAME.test(word),
    initial: (word.length === 2 && word.endsWith('.')) || word === 'Дж.' || LATIN_DIGRAPH_INITIAL.test(word),
  };
  if (WORD_FORMS.size > 50_000) WORD_FORMS.clear();
  WORD_FORMS.set(word, forms);
  return forms;
}

/** A word as names are matched: folded, without a possessive "'s" or the period of an initial. */
export function foldWord(word: string): string {
  return foldForSearch(word).replace(/'s$/, '').replace(/\.$/, '');
}

/** Text between two tokens is only spaces (no comma, bracket or line break): they belong to one phrase. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  return /^ ?$/.test(text.slice(left.end, right.start)) || /^-$/.test(text.slice(left.end, right.start));
}

export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`);
}
