import nlp from 'compromise';
import { arabicNames, isArabic } from './arabic.js';
import {
  type CompiledGazetteer,
  type GazetteerPerson,
  isKnownSurname,
  lookupPerson,
  looseKey,
} from './gazetteer.js';
import {
  EN_NON_NAME,
  HONORIFICS,
  INSTITUTIONS,
  PARTICLES,
  RU_NON_NAME,
  RU_NON_NAME_STEM,
  RU_SURNAME,
} from './name-words.js';
import { type Case, caseAfterWord, russianNominative } from './russian.js';
import { isAllCaps, type Language, type Token } from './text.js';
import {
  isAffiliationWord,
  isTitleHead,
  isTitleWord,
  type TitleMatch,
  titleAfter,
  titleBefore,
} from './titles.js';

/** A person's name written in one sentence, brought to the nominative, with what stands around it. */
export interface NameMention {
  name: string;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  title: string | null;
  /** token where the title before the name starts (the name's phrase starts there) */
  phraseStart: number;
  /** character offset of that token */
  phraseOffset: number;
  person: GazetteerPerson | null;
  /** a single word: a surname standing for someone named in full elsewhere, or a guess */
  single: boolean;
  /** accepted on its own evidence; a weak single word needs a full name elsewhere in the report */
  strong: boolean;
}

/** compromise's lexicon tells first names from common words, at the cost of a map lookup. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = /FirstName|MaleName|FemaleName|LastName|Person|Honorific/;

function lexiconTag(word: string): string {
  const tag = LEXICON[word];
  return Array.isArray(tag) ? tag.join(',') : (tag ?? '');
}

export function isFirstName(folded: string): boolean {
  return /FirstName|MaleName|FemaleName/.test(lexiconTag(folded));
}

function isNonName(t: Token, lang: Language, g: CompiledGazetteer, byLexicon = true): boolean {
  if (isAllCaps(t.text) && !t.initial) return true;
  if (lang === 'ru' || /\p{Script=Cyrillic}/u.test(t.text)) {
    return (
      RU_NON_NAME.has(t.lower) ||
      RU_NON_NAME_STEM.test(t.lower) ||
      isTitleWord(t.lower, 'ru') ||
      isAffiliationWord(t) ||
      g.places.matchAt([t], 0) !== null
    );
  }
  if (EN_NON_NAME.has(t.lower) || isTitleWord(t.lower, 'en')) return true;
  if (!byLexicon) return g.places.matchAt([t], 0) !== null;
  const tag = lexiconTag(t.folded);
  return tag !== '' && !NAME_TAGS.test(tag);
}

/**
 * Every person's name in a sentence. `common` holds the words the report also writes in lower case:
 * such a word opening a sentence ("Talks", "Встреча") is not a first name.
 */
export function findNames(
  sentence: string,
  tokens: readonly Token[],
  lang: Language,
  g: CompiledGazetteer,
  common: ReadonlySet<string> = new Set(),
  /** German capitalizes every noun: there an unknown capitalized word is no name on its own. */
  nounsCapitalized = false,
): NameMention[] {
  if (isArabic(sentence)) return arabicNames(sentence, tokens, g);
  const runs = nameRuns(sentence, tokens, lang, g).filter(([a, b]) => {
    const first = tokens[a] as Token;
    return !(a === 0 && b - a <= 2 && common.has(first.text.toLowerCase()) && !isKnownSurname(g, first.text));
  });
  const trimmed = runs.map(([a, b]): [number, number] =>
    a === 0 && b - a > 2 && common.has((tokens[0] as Token).text.toLowerCase()) ? [1, b] : [a, b],
  );
  // A title cannot reach across another name; a lone capitalized word is not yet one.
  const blocked = new Set<number>();
  for (const [a, b] of trimmed) {
    if (b - a > 1 || isKnownSurname(g, (tokens[a] as Token).text)) for (let k = a; k < b; k++) blocked.add(k);
  }
  const mentions: NameMention[] = [];
  for (const [a, b] of trimmed) {
    const mention = judge(sentence, tokens, a, b, lang, g, blocked, nounsCapitalized);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/** Runs of capitalized words (with "de", "van", initials), trimmed of titles, places and organizations. */
function nameRuns(
  sentence: string,
  tokens: readonly Token[],
  lang: Language,
  g: CompiledGazetteer,
): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.capitalized && !t.initial) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const next = tokens[j] as Token;
      if (/'s$/i.test(prev.text) && !/^\p{Lu}'/u.test(prev.text)) break;
      if (
        sentence.slice(prev.end, next.start) !== ' ' &&
        !(prev.initial && sentence.slice(prev.end, next.start) === '')
      )
        break;
      if (next.capitalized || next.initial) j++;
      else if (PARTICLES.has(next.lower) && particlesThenName(tokens, j)) j++;
      else break;
    }
    let a = i;
    let b = j;
    while (a < b) {
      const place = g.places.matchAt(tokens, a);
      if (
        place &&
        place.end <= b &&
        !firstNameLikePlace(sentence, tokens, place.start, place.end, b, lang, g)
      )
        a = place.end;
      else if (
        isNonName(tokens[a] as Token, lang, g, !afterHonorific(sentence, tokens, a)) &&
        !isKnownSurname(g, (tokens[a] as Token).text)
      )
        a++;
      else break;
    }
    // "Gürcistan Dışişleri Bakanı Ilia Darchiashvili": a title inside the run ends what came before it
    // (a country or ministry the word lists do not know); the name follows the title.
    if (lang === 'en') {
      for (let k = b - 2; k >= a; k--) {
        if (isTitleHead((tokens[k] as Token).lower, lang)) {
          // "hatte von der Leyen Parlamentspräsident Sassoli": the name before the title is one too.
          if (k - a === 1 && !isNonName(tokens[a] as Token, lang, g) && !tokens[a]?.initial)
            runs.push([nobiliaryStart(sentence, tokens, a), k]);
          a = k + 1;
          break;
        }
      }
    }
    // "U.K. Defense Dialogue": an institution's word inside the run ends the name before it.
    for (let k = a + 1; k < b - 1; k++) {
      if (INSTITUTIONS.has((tokens[k] as Token).lower)) {
        b = k;
        break;
      }
    }
    // Trimmed on the right by the word lists only: "Brush", "Rice" or "Young" end many a name.
    while (b > a && isNonName(tokens[b - 1] as Token, lang, g, false)) b--;
    // "H.E." and other runs of initials are no names.
    while (a < b && (tokens[a] as Token).initial && (tokens[a + 1]?.initial || !tokens[a + 1]?.capitalized))
      a++;
    if (b > a && tokens.slice(a, b).every((t) => t.initial)) a = b;
    while (a < b && PARTICLES.has((tokens[a] as Token).lower)) a++;
    // "hatte von der Leyen eingeladen": a surname written with its nobiliary particle, on its own.
    if (b - a === 1 && a === i && !isNonName(tokens[a] as Token, lang, g))
      a = nobiliaryStart(sentence, tokens, a);
    if (b > a && b - a <= 5) runs.push([a, b]);
    i = j;
  }
  return runs;
}

/** "Ursula von der Leyen", "Jaap de Hoop Scheffer": particles, then a capitalized word. */
function particlesThenName(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && k - j < 3 && PARTICLES.has((tokens[k] as Token).lower)) k++;
  return tokens[k]?.capitalized ?? false;
}

/** "von der", "van den", "van": the lower-case particles of a Dutch or German surname before it. */
function nobiliaryStart(sentence: string, tokens: readonly Token[], a: number): number {
  let k = a;
  while (k > 0 && k > a - 2 && /^(?:der|den|de)$/.test((tokens[k - 1] as Token).text)) k--;
  const lead = tokens[k - 1];
  if (!lead || !/^(?:von|van)$/.test(lead.text)) return a;
  for (let m = k - 1; m < a; m++)
    if (sentence.slice((tokens[m] as Token).end, (tokens[m + 1] as Token).start) !== ' ') return a;
  return k - 1;
}

/** "Gen. Ray Odierno", "Mr. Bush": after an honorific a word the lexicon knows ("Ray") is still a name. */
function afterHonorific(sentence: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  return prev !== undefined && HONORIFICS.has(prev.lower) && /^\.? $/.test(sentence.slice(prev.end, t.start));
}

/**
 * "El ministro de Relaciones Exteriores, Santiago Cafiero,": a one-word city opening a run of two or
 * three words set off by a comma after a title is a first name, not the place.
 */
function firstNameLikePlace(
  sentence: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  runEnd: number,
  lang: Language,
  g: CompiledGazetteer,
): boolean {
  const prev = tokens[start - 1];
  if (end - start !== 1 || runEnd - end < 1 || runEnd - end > 2 || !prev) return false;
  if (sentence.slice(prev.end, (tokens[start] as Token).start) !== ', ') return false;
  const rest = tokens.slice(end, runEnd);
  if (rest.some((t) => t.initial || isNonName(t, lang, g) || g.places.matchAt([t], 0))) return false;
  return titleBefore(sentence, tokens, start, lang) !== null;
}

function judge(
  sentence: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  lang: Language,
  g: CompiledGazetteer,
  blocked: ReadonlySet<number>,
  nounsCapitalized = false,
): NameMention | null {
  const words = tokens.slice(a, b);
  const before: TitleMatch | null = titleBefore(sentence, tokens, a, lang, {
    // Other names block a title, this one does not (a view, not a copy: a copy per name was quadratic).
    has: (k: number) => (k < a || k >= b) && blocked.has(k),
  });
  const after = before ? null : titleAfter(sentence, tokens, b, lang);
  const prev = tokens[a - 1];
  const honorific =
    prev !== undefined &&
    HONORIFICS.has(prev.lower) &&
    sentence.slice(prev.end, (words[0] as Token).start).length <= 2;
  const grammaticalCase: Case =
    lang === 'ru'
      ? (before?.grammaticalCase ?? (prev ? caseAfterWord(prev.lower) : null) ?? caseFromEndings(words))
      : 'nom';
  let parts = words.map((w) => w.text.replace(/'s$/i, ''));
  if (lang === 'ru') parts = russianNominative(parts, grammaticalCase);
  const name = parts.join(' ');
  const person = lookupPerson(g, name);
  const single = words.filter((w) => !w.initial).length === 1;
  const last = words[words.length - 1] as Token;
  if (single && last.initial) return null;
  let strong: boolean;
  if (person) strong = true;
  else if (single)
    strong = honorific || (prev !== undefined && isTitleHead(prev.lower, lang) && before !== null);
  else if (before || after || honorific) strong = true;
  else if (lang === 'ru')
    strong = RU_SURNAME.test((parts[parts.length - 1] ?? '').toLowerCase()) || (words[0] as Token).initial;
  else {
    // Unknown words in a row are a foreign name, unless "in" or "at" makes them a place ("at Kokh-i Navruz").
    const placeLike = prev !== undefined && /^(in|at|from|near|to|of|into)$/.test(prev.lower);
    const first = (words[0] as Token).folded;
    strong =
      isFirstName(first) ||
      // "Jean-Yves", "Hans-Dietrich": a double first name.
      (first.includes('-') && isFirstName(first.split('-')[0] ?? '')) ||
      (!placeLike && !nounsCapitalized && words.every((w) => w.initial || lexiconTag(w.folded) === ''));
  }
  return {
    name,
    tokenStart: a,
    tokenEnd: b,
    start: (words[0] as Token).start,
    end: last.end - (/'s$/i.test(last.text) ? 2 : 0),
    title: before?.title ?? after ?? null,
    phraseStart: before?.start ?? a,
    phraseOffset: (tokens[before?.start ?? a] as Token).start,
    person,
    single,
    strong,
  };
}

/** With nothing governing it, a name all in instrumental endings ("Джейхуном Байрамовым") is one. */
function caseFromEndings(words: readonly Token[]): Case {
  const plain = words.filter((w) => !w.initial).map((w) => w.lower);
  if (plain.length >= 2 && plain.every((w) => /(ом|ем|ым|им)$/.test(w))) return 'ins';
  return 'nom';
}

/** The key two mentions of one person share: the loose form of the surname. */
export function surnameKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  return looseKey(words[words.length - 1] ?? name);
}

/**
 * compromise's own reading of a sentence, for a meeting sentence where the rules found nobody. It
 * costs milliseconds, so it runs on those sentences only.
 */
export function compromisePeople(
  sentence: string,
  tokens: readonly Token[],
  g: CompiledGazetteer,
): NameMention[] {
  // The answer depends on the sentence (its tokens are read from it) and the gazetteer alone: a
  // sentence written again is not tagged again (copies, so that no caller shares a mention).
  const known = taggedSentences.get(g) ?? new Map<string, NameMention[]>();
  taggedSentences.set(g, known);
  const cached = known.get(sentence);
  if (cached) return cached.map((m) => ({ ...m }));
  const found = taggedPeople(sentence, tokens, g);
  if (known.size > 5_000) known.clear();
  known.set(sentence, found);
  return found.map((m) => ({ ...m }));
}

const taggedSentences = new WeakMap<CompiledGazetteer, Map<string, NameMention[]>>();

function taggedPeople(sentence: string, tokens: readonly Token[], g: CompiledGazetteer): NameMention[] {
  const found: NameMention[] = [];
  const people = nlp(sentence).people().json({ offset: true }) as {
    offset?: { start: number; length: number };
  }[];
  for (const p of people) {
    if (!p.offset) continue;
    const from = p.offset.start;
    const to = from + p.offset.length;
    let a = tokens.findIndex((t) => t.start >= from);
    let b = tokens.findIndex((t) => t.end > to);
    if (b < 0) b = tokens.length;
    while (a >= 0 && a < b && isNonName(tokens[a] as Token, 'en', g)) a++;
    if (a < 0 || b - a < 2) continue;
    const mention = judge(sentence, tokens, a, b, 'en', g, new Set());
    if (mention) found.push({ ...mention, strong: true });
  }
  return found;
}
