import nlp from 'compromise';
import { arabicNames, isArabic } from './arabic.js';
import { COUNTRIES } from './countries.js';
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
  isParticle,
  PARTICLES,
  PORTFOLIO_WORDS,
  RU_NON_NAME,
  RU_NON_NAME_STEM,
  RU_SURNAME,
} from './name-words.js';
import { type Case, caseAfterWord, isCyrillic, russianNominative } from './russian.js';
import { foldWord, isAllCaps, type Language, type Token } from './text.js';
import {
  affiliationAt,
  countryByName,
  countryEndAt,
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

/** A word the lexicon knows as a name, or not at all: it may be someone's surname. */
export function maySurname(word: string): boolean {
  const tag = lexiconTag(foldWord(word));
  return tag === '' || NAME_TAGS.test(tag);
}

export function isFirstName(folded: string): boolean {
  return /FirstName|MaleName|FemaleName/.test(lexiconTag(folded));
}

/**
 * Surnames that are articles in German or Portuguese ("Riva Ganguly Das", "João dos Santos"): an
 * article never closes a run of names, so at its end the word is the surname.
 */
const SURNAME_NOT_ARTICLE = new Set(['das', 'dos']);

/**
 * "Regional Integration", "Development": English abstract nouns are nobody's first name. Tested on a
 * word's last seven characters (three letters and the longest ending): unanchored on a whole word, the
 * search restarted at every letter, and a 2,000-letter word took a second.
 */
const ABSTRACT_NOUN = /\p{L}{3}(?:tion|sion|ment|ship|ism|ible|able)$/u;

const SURNAME_FIRST_WORDS = new Set([
  'park',
  'moon',
  'song',
  'ban',
  'hu',
  'ma',
  'han',
  'kang',
  'chang',
  'long',
]);
const RU_ADJECTIVE_ENDING = /(?:ск|цк|ськ|цьк)(?:ий|ая|ое|ие|ого|ой|ому|им|ую|их|ими|ої|а|е|і)$/u;
const NAMED_NOT_PERSON =
  /^(?:hurricanes?|typhoons?|cyclones?|storms?|huracan(?:es)?|huracán|tormentas?|tif[óo]n(?:es)?|cicl[óo]n(?:es)?|ouragans?|typhons?|temp[êe]tes?|operation|operaci[óo]n|op[ée]ration|ураган\p{L}*|тайфун\p{L}*|циклон\p{L}*|шторм\p{L}*|операци\p{L}*)$/u;
const RU_PLACE_NOUN =
  /^(?:резиденци|дворц|дворе|санатори|отел|гостиниц|парк|комплекс|деревн|посел|аэропорт|курорт|усадьб|пущ|заповедник|урочищ|резиденці|палац|готел|аеропорт)\p{L}*$/u;
const PARTICIPLE = /(?:ующ|юющ|ающ|яющ)(?:ий|его|ему|им|ем|ая|ей|ую|ое|ие|их|ими)$/u;
const MIXED_ABBREVIATION = /^[A-Z][a-z]{1,2}[A-Z]{1,2}$|^\p{Script=Cyrillic}{2,5}\p{Lu}{2,4}$/u;

/**
 * "den Präsidenten Kenias, William Ruto", "Ministerpräsident Polens": German writes a state's name
 * in the genitive with "-s", which the lists of names lack: a single-word name of four letters or
 * more, plus "s", right after a title ("Adrian Chiles" is no "Chile" in the genitive).
 */
const COUNTRY_NAMES = new Set(
  COUNTRIES.flatMap((c) => c.names)
    .filter((n) => /^\p{Script=Latin}+$/u.test(n) && n.length >= 4)
    .map((n) => n.toLowerCase()),
);

function genitiveCountryAfterTitle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return (
    prev !== undefined &&
    t.capitalized &&
    t.lower.endsWith('s') &&
    COUNTRY_NAMES.has(t.lower.slice(0, -1)) &&
    (isTitleHead(prev.lower, 'en') || isTitleWord(prev.lower, 'en'))
  );
}

function isNonName(t: Token, lang: Language, g: CompiledGazetteer, byLexicon = true): boolean {
  if (isAllCaps(t.text) && !t.initial && !CAPS_SURNAMES.has(t)) return true;
  if (MONTH_NAMES.has(t)) return false;
  // "CiO Osmani", "MoD", "MoFA": an abbreviation in mixed case, closing on a capital, is no name word.
  if (MIXED_ABBREVIATION.test(t.text)) return true;
  if (lang === 'ru' || /\p{Script=Cyrillic}/u.test(t.text)) {
    // "Действующего председателя ОБСЕ": a participle (-ующий, -ающий…) is never a name.
    if (PARTICIPLE.test(t.lower)) return true;
    // "Туркмено-американского": a compound adjective of two states is no name.
    if (/^\p{L}+о-\p{L}+/u.test(t.lower) && RU_ADJECTIVE_ENDING.test(t.lower)) return true;
    // "МИДа", "ОДКБм": an abbreviation with a case ending is no name.
    if (/^\p{Lu}{2,5}\p{Ll}{1,3}$/u.test(t.text)) return true;
    return (
      RU_NON_NAME.has(t.lower) ||
      RU_NON_NAME_STEM.test(t.lower) ||
      isTitleWord(t.lower, 'ru') ||
      isAffiliationWord(t) ||
      g.places.matchAt([t], 0) !== null
    );
  }
  if (EN_NON_NAME.has(t.lower) || isTitleWord(t.lower, 'en')) return true;
  // "Kyrgyz-Turkish", "US-China": a compound of states or their adjectives is nobody's name.
  if (t.lower.includes('-') && t.lower.split('-').every((part) => EN_NON_NAME.has(part))) return true;
  if (lang === 'en' && ABSTRACT_NOUN.test(t.lower.slice(-7))) return true;
  if (!byLexicon) return g.places.matchAt([t], 0) !== null;
  const tag = lexiconTag(t.folded);
  return tag !== '' && !NAME_TAGS.test(tag);
}

/**
 * "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs", "H.E. Mr. Zheenbek KULUBAEV", "M. Emmanuel
 * MACRON": ministries in Japan, francophone Africa and the UN write the surname in capitals. Such a
 * word is a name, not an acronym, when a capitalized word of a person's shape stands right beside it
 * ("NATO Secretary", "BRICS Summit" have a title or a common noun there) in a sentence that is not
 * itself written in capitals (a headline). The tokens so read are kept here, for isNonName.
 */
const CAPS_SURNAMES = new WeakSet<Token>();
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
const ROMAN = /^[IVXLC]+$/;

function markCapsSurnames(
  sentence: string,
  tokens: readonly Token[],
  lang: Language,
  g: CompiledGazetteer,
): void {
  if (lang === 'ru' || !/\p{Ll}/u.test(sentence)) return;
  const caps = tokens.filter((t) => isAllCaps(t.text) && !t.initial).length;
  const capitalized = tokens.filter((t) => t.capitalized).length;
  if (caps * 2 > capitalized) return;
  tokens.forEach((t, i) => {
    if (!CAPS_WORD.test(t.text) || t.text.length < 3 || ROMAN.test(t.text) || !/[AEIOUY]/.test(t.text))
      return;
    if (g.places.matchAt([t], 0) === null && besidePersonWord(sentence, tokens, i, lang, g))
      CAPS_SURNAMES.add(t);
  });
}

/** Whether the word before or after token i, one space away, has a person's shape ("Yoshimasa", "Lipavsky"). */
function besidePersonWord(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  lang: Language,
  g: CompiledGazetteer,
): boolean {
  const t = tokens[i] as Token;
  const shaped = (o: Token | undefined, gap: string) =>
    o !== undefined &&
    gap === ' ' &&
    /^\p{Lu}\p{Ll}/u.test(o.text) &&
    !o.initial &&
    !NAME_MONTHS.has(o.lower) &&
    !isNonName(o, lang, g) &&
    g.places.matchAt([o], 0) === null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    shaped(prev, prev ? sentence.slice(prev.end, t.start) : '') ||
    shaped(next, next ? sentence.slice(t.end, next.start) : '')
  );
}

/**
 * "Jan Lipavsky", "Theresa May", "Dong Jun": months that are also first names and surnames. Beside a capitalized
 * word of a person's shape, with no number on either side ("May 5", "5 May 2024", "Jan. 12"), the
 * word is a name. The tokens so read are kept here, for isNonName.
 */
const MONTH_NAMES = new WeakSet<Token>();
const NAME_MONTHS = new Set(['jan', 'jun', 'may', 'june', 'april', 'august']);

function markMonthNames(
  sentence: string,
  tokens: readonly Token[],
  lang: Language,
  g: CompiledGazetteer,
): void {
  if (lang === 'ru') return;
  const number = (t: Token | undefined) => t !== undefined && /^\d/.test(t.text);
  tokens.forEach((t, i) => {
    if (!NAME_MONTHS.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
    if ([tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]].some(number)) return;
    if (besidePersonWord(sentence, tokens, i, lang, g)) MONTH_NAMES.add(t);
  });
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
  markCapsSurnames(sentence, tokens, lang, g);
  markMonthNames(sentence, tokens, lang, g);
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
      else if (isParticle(next) && particlesThenName(tokens, j)) j++;
      else break;
    }
    // "в резиденции Вискули", "в санатории Барвиха": one capitalized word after a noun of place is
    // the place's name.
    if (lang === 'ru' && j - i === 1 && i > 0 && RU_PLACE_NOUN.test((tokens[i - 1] as Token).lower)) {
      i = j;
      continue;
    }
    // "Вьетнамский лидер прибыл": an adjective opening the sentence before the title it qualifies.
    const nextWord = tokens[j];
    if (
      lang === 'ru' &&
      j - i === 1 &&
      RU_ADJECTIVE_ENDING.test(t.lower) &&
      nextWord !== undefined &&
      !nextWord.capitalized &&
      isTitleWord(nextWord.lower, 'ru')
    ) {
      i = j;
      continue;
    }
    // "los huracanes Irma y María", "Operation Atalanta", "тайфун Хагибис": storms and operations are
    // given people's names.
    if (i > 0 && NAMED_NOT_PERSON.test((tokens[i - 1] as Token).lower)) {
      i = j;
      continue;
    }
    let a = i;
    let b = j;
    const portfolio = lang === 'en' && portfolioBefore(sentence, t.start);
    while (a < b) {
      // "Саудівської Аравії принцом Халідом", "Великої Британії Ріші Сунаком": a country of two words
      // or more, in any case form, before the name.
      const affiliation = affiliationAt(tokens, a);
      if (affiliation && affiliation.end - affiliation.start > 1 && affiliation.end <= b) {
        a = affiliation.end;
        continue;
      }
      const place = g.places.matchAt(tokens, a);
      const country = lang === 'en' ? countryEndAt(tokens, a) : null;
      const firstName =
        place !== null &&
        place.end <= b &&
        firstNameLikePlace(sentence, tokens, place.start, place.end, b, lang, g);
      if (country !== null && country <= b) a = country;
      else if (place && place.end <= b && !firstName) a = place.end;
      else if (portfolio && PORTFOLIO_WORDS.has((tokens[a] as Token).lower)) a++;
      // "Vice Premier He Lifeng": inside a sentence the pronoun is written in lower case.
      else if (lang === 'en' && a > 0 && b - a >= 2 && (tokens[a] as Token).text === 'He') break;
      else if (genitiveCountryAfterTitle(tokens, a)) a++;
      else if (
        !firstName &&
        isNonName(
          tokens[a] as Token,
          lang,
          g,
          !afterHonorific(sentence, tokens, a) && !beforeKnownName(tokens, a, b, lang),
        ) &&
        !(b - a >= 2 && nounAsFirstName(tokens[a] as Token) && afterTitle(sentence, tokens, a, lang)) &&
        // "Park Jin", "Ban Ki-moon", "Moon Jae-in": Korean and Chinese surnames, written first, that are
        // English words; before a given name they open the name.
        !(b - a >= 2 && lang === 'en' && SURNAME_FIRST_WORDS.has((tokens[a] as Token).lower)) &&
        !countryAsFirstName(sentence, tokens, a, b, lang, g) &&
        !particleAfterTitle(sentence, tokens, a, b, lang) &&
        !isKnownSurname(g, (tokens[a] as Token).text)
      )
        a++;
      else break;
    }
    // "la Casa Grande del Pueblo", "le Palais de la Nation", "Schloss Bellevue": a seat of power
    // named by its building's noun is a place, all of it.
    if (a > i && b - i >= 2 && BUILDING_NOUNS.has((tokens[i] as Token).lower)) a = b;
    // "в Приамурье Рустам Исмаилов", "в г. Владивостоке Рустамом": a capitalized word right after "в",
    // "из" or "г." is a place in its case, not a first name (a person follows "с", "к", "у", never "в").
    if (lang === 'ru' && a === i && b - a >= 2 && afterPlacePreposition(sentence, tokens, a)) a++;
    if (lang === 'ru') {
      // "Содружества Независимых Государств Сергей Лебедев", "Халк Маслахаты Туркменистана Гурбангулы
      // Бердымухамедовым": the genitive tail of an institution's or country's name runs into the person's;
      // the name starts after the last word of a list or a place inside the run.
      // "Республики Татарстан Рустам Минниханов": the word after "Республики" is the republic's name.
      if (a > i && b - a >= 3 && /^(?:республик|республік)/.test((tokens[a - 1] as Token).lower)) a++;
      // (Only in a run short enough to be kept: a line of capitalized words is not searched word by word.)
      for (let k = b - 3; k > a && b - a <= 9; k--) {
        const t = tokens[k] as Token;
        if (!t.initial && (isNonName(t, lang, g) || g.places.matchAt(tokens, k)?.end === k + 1)) {
          a = k + 1;
          break;
        }
      }
      // «Казань Экспо», "Азия-Плюс": a name in quotation marks is that of a thing, not of a person.
      // (Two characters either side: the sentence is not searched again for every run.)
      if (b > a && inQuotes(sentence, tokens, a, b, /[«"„“]/, /[»"“”]/)) a = b;
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
    // 'He attended "Independence Parade"': a run of two words or more that fills a quotation is the
    // name of an event or a thing. (Two characters either side, as for Russian above.)
    if (lang === 'en' && b - a >= 2 && i === a && inQuotes(sentence, tokens, a, b, /["“]/, /["”]/)) a = b;
    // "U.K. Defense Dialogue": an institution's word inside the run ends the name before it.
    for (let k = a + 1; k < b - 1; k++) {
      if (INSTITUTIONS.has((tokens[k] as Token).lower)) {
        b = k;
        break;
      }
    }
    // "Hosea Kutako International Airport": the name of a building, not of a person.
    for (let k = a + 1; k <= b && lang === 'en'; k++) {
      if (namesAPlace(sentence, (tokens[k - 1] as Token).end)) {
        a = b;
        break;
      }
    }
    // Trimmed on the right by the word lists only: "Brush", "Rice" or "Young" end many a name.
    while (
      b > a &&
      isNonName(tokens[b - 1] as Token, lang, g, false) &&
      !regnal(tokens, a, b) &&
      // "Luís Montenegro", "Mohammed Jordan": a first name, then a state's name that is his surname.
      !(
        b - a === 2 &&
        lang === 'en' &&
        isFirstName((tokens[a] as Token).folded) &&
        !namesAPlace(sentence, (tokens[b - 1] as Token).end)
      ) &&
      !SURNAME_NOT_ARTICLE.has(tokens[b - 1]?.lower ?? '')
    )
      b--;
    // "H.E. Cui Jianchun": His Excellency, an honorific before the name.
    if (b - a > 2 && tokens[a]?.text === 'H.' && tokens[a + 1]?.text === 'E.') a += 2;
    // "Datuk Seri Dr Zambry Abdul Kadir", "Tan Sri Dato' Sri Ahmad": Malay honorifics, and a "Dr" after them.
    // ("Tan" of "Tan Sri" may have gone already, as a common word.)
    if (lang === 'en' && a > 0 && a < b - 1 && malayHonorificEnd(tokens, a - 1) === a + 1) a++;
    if (lang === 'en' && malayHonorificEnd(tokens, a) > a) {
      while (a < b - 1 && malayHonorificEnd(tokens, a) > a) a = malayHonorificEnd(tokens, a);
      while (a < b - 1 && HONORIFICS.has((tokens[a] as Token).lower)) a++;
    }
    // "H.E." and other runs of initials are no names. ("С.В. Лавров" is: Cyrillic initials before a surname.)
    const initialsOpenName = lang === 'en' && latinInitialsThenName(tokens, a, b);
    while (
      a < b &&
      (tokens[a] as Token).initial &&
      (tokens[a + 1]?.initial || !tokens[a + 1]?.capitalized) &&
      !cyrillicInitialsThenName(tokens, a, b) &&
      !initialsOpenName
    )
      a++;
    if (b > a && tokens.slice(a, b).every((t) => t.initial)) a = b;
    // "S.E. M. Abdoulaye Diop": before two names or more, a lone "M." is "Monsieur", not an initial.
    if (b - a >= 3 && (tokens[a] as Token).text === 'M.' && !tokens.slice(a + 1, b).some((t) => t.initial))
      a++;
    while (a < b && isParticle(tokens[a] as Token) && !particleAfterTitle(sentence, tokens, a, b, lang)) a++;
    // "hatte von der Leyen eingeladen": a surname written with its nobiliary particle, on its own.
    if (b - a === 1 && a === i && !isNonName(tokens[a] as Token, lang, g))
      a = nobiliaryStart(sentence, tokens, a);
    // Five words at most, not counting "bin" and "al": "Sayyid Badr bin Hamad al Busaidy" is one name.
    const latin = lang === 'en' && tokens.slice(a, b).every((t) => /^\p{Script=Latin}/u.test(t.text));
    const particles = latin ? tokens.slice(a, b).filter((t) => isParticle(t)).length : 0;
    if (b > a && b - a - particles <= 5 && b - a <= 9) runs.push([a, b]);
    i = j;
  }
  return runs;
}

/**
 * "Minister of Petroleum Musadik Malik", "Minister for Commerce and Industry Piyush Goyal", "Minister of
 * State for External Affairs V. Muraleedharan": a run that follows "Minister of" (and the portfolio's
 * earlier words) opens with the portfolio; so does one after "Chamber of" ("the Chamber of Commerce
 * Robert Juodka"). Eighty characters back are enough for any portfolio.
 */
const PORTFOLIO_OPEN =
  /(?<![\p{L}])(?:Minister|Ministers|Ministry|Secretary|Department|Chamber|Chambers|Commissioner)\s+(?:of|for)\s+(?:State\s+for\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'-]*,?\s+(?:(?:and|&)\s+)?)*$/u;

function portfolioBefore(sentence: string, start: number): boolean {
  return PORTFOLIO_OPEN.test(sentence.slice(Math.max(0, start - 80), start));
}

/** Whether tokens a..b fill a quotation: the marks within two characters either side. */
function inQuotes(
  sentence: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  opens: RegExp,
  closes: RegExp,
): boolean {
  const from = (tokens[a] as Token).start;
  const to = (tokens[b - 1] as Token).end;
  const open = sentence
    .slice(Math.max(0, from - 2), from)
    .trimEnd()
    .slice(-1);
  const close = sentence
    .slice(to, to + 2)
    .trimStart()
    .charAt(0);
  return opens.test(open) && closes.test(close);
}

/** "С.В. Лавров", "Д.М.Залкалиани": Cyrillic initials, then a capitalized Cyrillic word, within the run. */
function cyrillicInitialsThenName(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b && (tokens[k] as Token).initial && isCyrillic((tokens[k] as Token).text)) k++;
  const next = tokens[k];
  return k > a && k < b && next !== undefined && !next.initial && isCyrillic(next.text);
}

/**
 * "Dr A. K. Abdul Momen", "A.K. Abdul Momen": two or three Latin initials, then a capitalized word
 * within the run, open a person's name ("U.S." is taken off before this is asked, as a country).
 */
function latinInitialsThenName(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b && (tokens[k] as Token).initial && /^\p{Lu}\.$/u.test((tokens[k] as Token).text)) k++;
  const next = tokens[k];
  // "S.E. M. Abdoulaye Diop": "Son Excellence" (and "His Excellency") is an honorific, not initials.
  if (/^[HS]\.$/.test(tokens[a]?.text ?? '') && tokens[a + 1]?.text === 'E.') return false;
  return k - a >= 2 && k - a <= 3 && k < b && next?.capitalized === true && !next.initial;
}

/**
 * Malaysian and Bruneian titles of honour written before a name: "Datuk Seri", "Dato' Sri", "Tan Sri",
 * "Puan Sri", "Toh Puan", "Datin Paduka", "Datuk", "Dato'", "Datin", "Tun". The token index after the
 * one starting at i, or i. ("Tan" and "Sri" alone are names: "Tony Tan", "Sri Mulyani".)
 */
function malayHonorificEnd(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  if ((w === 'tan' || w === 'puan') && next === 'sri') return i + 2;
  if (w === 'toh' && next === 'puan') return i + 2;
  if (w === 'datuk' || w === 'dato' || w === 'datin' || w === 'tun')
    return next === 'seri' || next === 'sri' || next === 'paduka' ? i + 2 : i + 1;
  return i;
}

/** The name at token a follows a Malay honorific, with a "Dr" between or not. */
function afterMalayHonorific(tokens: readonly Token[], a: number): boolean {
  const b = tokens[a - 1]?.lower === 'dr' ? a - 1 : a;
  for (let j = Math.max(0, b - 2); j < b; j++) if (malayHonorificEnd(tokens, j) === b) return true;
  return false;
}

const REGION_NOUN =
  /^(?:област|обл$|кра[йяюе]|округ|район|губерни|облает|громад|дом[ауі]?$|палат|двор|кабинет|кабінет|республик|народн)/;

function afterPlacePreposition(sentence: string, tokens: readonly Token[], a: number): boolean {
  const prev = tokens[a - 1];
  return (
    prev !== undefined &&
    /^(?:в|во|из|г|із)$/.test(prev.text) &&
    /^\.?\s?$/.test(sentence.slice(prev.end, (tokens[a] as Token).start))
  );
}

/** "Mohammed VI", "Мсвати III", "Charles III": a monarch's number closes the name it follows. */
export function regnal(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1] as Token;
  const before = tokens[b - 2];
  return (
    b - a >= 2 &&
    /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/.test(last.text) &&
    before !== undefined &&
    !isAllCaps(before.text) &&
    !before.initial
  );
}

/** "Ursula von der Leyen", "Jaap de Hoop Scheffer": particles, then a capitalized word. */
function particlesThenName(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && k - j < 3 && isParticle(tokens[k] as Token)) k++;
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
 * "el secretario de Estado de Estados Unidos, Rex Tillerson", "Secretary Rex Tillerson": right after a
 * title (or a title and its comma), two capitalized words are a name even when the lexicon knows the
 * first only as a common noun ("Rex", "Wang", "Bill").
 */
/** "Rex", "Wang", "Bill": a first name the lexicon knows only as a common noun. */
function nounAsFirstName(t: Token): boolean {
  return (
    /^(?:Noun|Singular|Modal|ProperNoun|Comparative)$/.test(lexiconTag(t.folded)) &&
    !isAllCaps(t.text) &&
    !EN_NON_NAME.has(t.lower) &&
    !isTitleWord(t.lower, 'en')
  );
}

function afterTitle(sentence: string, tokens: readonly Token[], a: number, lang: Language): boolean {
  const prev = tokens[a - 1];
  if (!prev) return false;
  const gap = sentence.slice(prev.end, (tokens[a] as Token).start);
  // "the Minister of Defence Frank Bakke-Jensen": a title ending in its portfolio.
  if (gap === ' ') return isTitleHead(prev.lower, lang) || titleBefore(sentence, tokens, a, lang) !== null;
  return gap === ', ' && titleBefore(sentence, tokens, a, lang) !== null;
}

/**
 * "El canciller Mauricio Vieira", "Außenminister Israel Katz", "la vicepresidenta Francia Márquez":
 * a country's name ("Mauricio" is Mauritius in Spanish, "Francia" France) is also a first name. It is
 * one when a single name-shaped word follows it, and either a title stands right before it (a title
 * with its comma: ", Mauricio Vieira,", or its adjective: "ministre israélien Israel Katz") or the lexicon knows it as a first name and no preposition
 * makes it the place ("de Mauricio", "in Chad"). Russian and Ukrainian titles govern their country
 * ("мер Києва Віталій Кличко"), so they are left out.
 */
function countryAsFirstName(
  sentence: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  lang: Language,
  g: CompiledGazetteer,
): boolean {
  if (lang === 'ru' || b - a !== 2) return false;
  const t = tokens[a] as Token;
  const next = tokens[a + 1] as Token;
  const country = affiliationAt(tokens, a);
  if (country?.value.kind !== 'country' || country.end !== a + 1) return false;
  if (next.initial || isNonName(next, lang, g) || g.places.matchAt(tokens, a + 1) !== null) return false;
  if (affiliationAt(tokens, a + 1) !== null) return false;
  const prev = tokens[a - 1];
  const gap = prev ? sentence.slice(prev.end, t.start) : '';
  if (prev && gap === ' ' && isTitleHead(prev.lower, lang)) return true;
  // "le ministre israélien Israel Katz": a title closed by its adjective (not by "de": "el presidente
  // de Francia Macron" names the country).
  if (
    prev &&
    gap === ' ' &&
    !prev.capitalized &&
    !PLACE_PREPOSITION.test(prev.lower) &&
    titleBefore(sentence, tokens, a, lang) !== null
  )
    return true;
  if (prev && gap === ', ' && titleBefore(sentence, tokens, a, lang) !== null) return true;
  return PERSON_TAG.test(lexiconTag(t.folded)) && !PLACE_PREPOSITION.test(prev?.lower ?? '');
}

/**
 * "Sahibe Gafarova'yı kabul etti", "Sudani'yi", "Blinken'la", "Fidan'ın": Turkish writes a proper
 * name's case ending after an apostrophe; the name is what stands before it.
 */
const TURKISH_CASE_SUFFIX =
  /(?<=\p{L}{3})'(?:y?[ıiuü]|y?[ae]|[nd][ae]|[dt][ae]n?|n?[ıiuü]n|y?l[ae]|n?[ıiuü]nd[ae]|y?[ıiuü]z?)$/u;

/** Nouns that open the name of a building ("Villa" and "Sala" are surnames too, so are left out). */
const BUILDING_NOUNS = new Set(
  'casa palacio palais hôtel château maison quinta residencia résidence palazzo schloss edificio sede'.split(
    ' ',
  ),
);

/**
 * "le ministre Le Drian", "le Premier ministre De Croo", "el canciller De la Fuente", "President El
 * Sisi": a surname that opens with its particle, capitalized, right after a title word. The particle
 * is the surname's first word, not an article before it.
 */
function particleAfterTitle(
  sentence: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  lang: Language,
): boolean {
  const t = tokens[a] as Token;
  const prev = tokens[a - 1];
  if (lang === 'ru' || b - a < 2 || !prev || !t.capitalized || !PARTICLES.has(t.lower)) return false;
  return sentence.slice(prev.end, t.start) === ' ' && isTitleHead(prev.lower, lang);
}

/** "the meeting of presidents Nazarbayev and Putin": a plural title before single surnames. */
const PLURAL_HEADS = /^(?:presidents|ministers|leaders|premiers|chancellors|kings|emirs|counterparts)$/;

/** "Wang Yi, member of the Political Bureau…": a word before one the lexicon knows as a name is a name too. */
function beforeKnownName(tokens: readonly Token[], i: number, runEnd: number, lang: Language): boolean {
  const next = tokens[i + 1];
  if (lang !== 'en' || !next || i + 2 !== runEnd || (tokens[i] as Token).initial) return false;
  return /LastName|FirstName|MaleName|FemaleName/.test(lexiconTag(next.folded));
}

/**
 * "Zarif and Lavrov will meet on Wednesday": in a meeting sentence, a lone capitalized word the
 * lexicon does not know, joined by "and" to another name, is a surname too.
 */
export function coordinatedSurname(
  sentence: string,
  m: NameMention,
  others: readonly NameMention[],
): boolean {
  const tag = lexiconTag(foldWord(m.name));
  if (!m.single || m.strong || m.tokenStart === 0 || (tag !== '' && !NAME_TAGS.test(tag))) return false;
  // "Trinidad and Tobago", "Bosnia and Herzegovina": one state's name.
  return others.some(
    (o) =>
      o !== m &&
      ((/^ and $/.test(sentence.slice(o.end, m.start)) && !countryByName(`${o.name} and ${m.name}`)) ||
        (/^ and $/.test(sentence.slice(m.end, o.start)) && !countryByName(`${m.name} and ${o.name}`))),
  );
}

/**
 * "the talks between Murray McCully and Ratu Inoke Kubuabola": in a meeting sentence, two or three
 * capitalized words the rules could not vouch for, joined by "and" to a name they did, name a person
 * too: people meet people. (A place joined so, "between Fiji and Ratu Inoke", is one word.)
 */
export function coordinatedName(sentence: string, m: NameMention, others: readonly NameMention[]): boolean {
  const words = m.name.split(/\s+/);
  if (m.single || m.strong || words.length > 3 || words.some((w) => /^\p{Lu}\.?$/u.test(w))) return false;
  return others.some(
    (o) =>
      o !== m &&
      o.strong &&
      // "… and Foreign Minister Y": the other's title stands between.
      (/^ and $/.test(sentence.slice(o.end, m.phraseOffset)) ||
        /^ and $/.test(sentence.slice(m.end, o.phraseOffset))),
  );
}

/**
 * "Ambassadors X (Saudi Arabia), Y (Belgium), and Gunner Andreas Holm (Norway)": in a list of names
 * each followed by its country in brackets, two to four capitalized words the rules could not vouch
 * for, written the same way, are one of the list too, when two others of it are names already.
 */
export const BRACKETED_AFFILIATION = /^ \(\p{Lu}[\p{L}.'&-]*(?:[ -][\p{L}.'&-]+){0,3}\)/u;

export function rosterName(sentence: string, m: NameMention, others: readonly NameMention[]): boolean {
  const words = m.name.split(/\s+/).length;
  if (m.single || m.strong || words > 4) return false;
  const bracketed = (n: NameMention) => BRACKETED_AFFILIATION.test(sentence.slice(n.end, n.end + 40));
  if (!bracketed(m)) return false;
  // Counted once per sentence: counting for each doubtful name made a long list quadratic.
  let roll = rolls.get(others);
  if (roll === undefined) {
    roll = others.filter((o) => o.strong && bracketed(o)).length;
    rolls.set(others, roll);
  }
  return roll >= 2;
}
const rolls = new WeakMap<readonly NameMention[], number>();

/**
 * "Hosea Kutako International Airport", "Jinnah Convention Centre": a person's name followed by the
 * word of a building or a street is the name of that place, and nobody at the meeting.
 */
const FACILITY =
  /^(?:international )?(?:airport|airbase|air base|stadium|hall|centre|center|hospital|university|street|road|avenue|boulevard|square|park|hotel|bridge|port|barracks|mosque|cathedral|museum|library|highway|expressway|bhavan|bhawan|auditorium|complex|palace|diwan|house|lodge)(?![\p{L}])/iu;

export function namesAPlace(sentence: string, end: number): boolean {
  return FACILITY.test(sentence.slice(end).replace(/^\s+/, ''));
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
  if (end - start !== 1 || runEnd - end < 1 || runEnd - end > 2) return false;
  const rest = tokens.slice(end, runEnd);
  if (rest.some((t) => t.initial || isNonName(t, lang, g) || g.places.matchAt([t], 0))) return false;
  const gap = prev ? sentence.slice(prev.end, (tokens[start] as Token).start) : null;
  if (prev && gap === ', ') return titleBefore(sentence, tokens, start, lang) !== null;
  // "Defence Minister Florence Parly": right after a title word (in Russian a title governs its
  // place there: "мер Києва Віталій Кличко").
  if (prev && gap === ' ' && lang === 'en' && isTitleHead(prev.lower, lang)) return true;
  // "Victoria Nuland met…", "Santiago Peña": a place the lexicon also knows as a person's first name,
  // unless a preposition makes it the place ("in Victoria", "en Santiago").
  return (
    PERSON_TAG.test(lexiconTag((tokens[start] as Token).folded)) && !PLACE_PREPOSITION.test(prev?.lower ?? '')
  );
}

const PERSON_TAG = /^(?:Person|FirstName|MaleName|FemaleName)$/;
const PLACE_PREPOSITION =
  /^(?:in|at|from|to|near|into|of|via|en|à|a|de|desde|hacia|para|vers|au|aux|nach|aus|von|zu|в|во|из|на|до|у|із|з)$/u;

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
    (prev !== undefined &&
      HONORIFICS.has(prev.lower) &&
      sentence.slice(prev.end, (words[0] as Token).start).length <= 2) ||
    // "H.E. Shimizu Shinsuke"
    (prev?.text === 'E.' && tokens[a - 2]?.text === 'H.') ||
    // "Datuk Seri Anwar", "Tan Sri Dr Rais"
    (lang === 'en' && afterMalayHonorific(tokens, a));
  const grammaticalCase: Case =
    lang === 'ru'
      ? (before?.grammaticalCase ??
        (prev ? caseAfterWord(prev.lower) : null) ??
        coordinatedCase(tokens, a, words) ??
        caseFromEndings(words))
      : 'nom';
  let parts = words.map((w) => w.text.replace(/'s$/i, '').replace(TURKISH_CASE_SUFFIX, ''));
  if (lang === 'ru') parts = russianNominative(parts, grammaticalCase);
  // "Kh.Battulga", "A.K. Abdul Momen": an initial written against the next word stays so, as written.
  const name =
    lang === 'en' && words.some((w) => w.initial)
      ? parts
          .map((p, k) =>
            k > 0 && sentence.slice((words[k - 1] as Token).end, (words[k] as Token).start) === ''
              ? p
              : ` ${p}`,
          )
          .join('')
          .trimStart()
      : parts.join(' ');
  const person = lookupPerson(g, name);
  const single = words.filter((w) => !w.initial).length === 1;
  const last = words[words.length - 1] as Token;
  // "Sen @JohnCornyn", "#KamalaHarris": a handle or a tag in a quoted post is no name as written.
  if (/[@#]/.test(sentence.charAt((words[0] as Token).start - 1))) return null;
  if (single && last.initial) return null;
  // "губернатор Амурской области", "Київської області", "очільником Білого дому": the adjective of a
  // region or a seat of power, not a surname.
  if (lang === 'ru' && single && REGION_NOUN.test(tokens[b]?.lower ?? '')) return null;
  let strong: boolean;
  if (person) strong = true;
  else if (single)
    strong =
      honorific ||
      // "С. Лавров", "Д.М. Залкалиани": Russian copy writes a surname after its initials.
      (lang === 'ru' && (words[0] as Token).initial && cyrillicInitialsThenName(words, 0, words.length)) ||
      (prev !== undefined && isTitleHead(prev.lower, lang) && before !== null) ||
      // "Minister of State for External Affairs V. Muraleedharan": initials and a surname after a title.
      (lang === 'en' && before !== null && (words[0] as Token).initial) ||
      // "Minister of External Affairs Jaishankar": a surname right after a minister's portfolio.
      (lang === 'en' &&
        before !== null &&
        prev !== undefined &&
        sentence.slice(prev.end, (words[0] as Token).start) === ' ' &&
        (PORTFOLIO_WORDS.has(prev.lower) || INSTITUTIONS.has(prev.lower)) &&
        portfolioBefore(sentence, (words[0] as Token).start)) ||
      // "the meeting of presidents Nazarbayev and Putin"
      (lang === 'en' && prev !== undefined && PLURAL_HEADS.test(prev.text)) ||
      // "India's state minister for foreign affairs, V. Muraleedharan,": initials and a surname, titled.
      (lang === 'en' && before !== null && (words[0] as Token).initial && words.length > 1);
  else if (before || after || honorific) strong = true;
  else if (lang === 'ru')
    strong =
      RU_SURNAME.test((parts[parts.length - 1] ?? '').toLowerCase()) ||
      (words[0] as Token).initial ||
      cyrillicFullName(words);
  else {
    // Unknown words in a row are a foreign name, unless "in" or "at" makes them a place ("at Kokh-i Navruz").
    const placeLike = prev !== undefined && /^(in|at|from|near|to|of|into)$/.test(prev.lower);
    const first = (words[0] as Token).folded;
    strong =
      isFirstName(first) ||
      // "Victoria Nuland", "Santiago Peña": a first name the lexicon files as a person (or a place).
      (PERSON_TAG.test(lexiconTag(first)) &&
        words.length >= 2 &&
        !placeLike &&
        !words.slice(1).some((w) => g.places.matchAt([w], 0))) ||
      // "Jean-Yves", "Hans-Dietrich": a double first name ("jean" is cloth to the lexicon, "yves" a name).
      (first.includes('-') && first.split('-').some(isFirstName)) ||
      // "Jean-Yves Le Drian", "Alexander De Croo": unknown words around a particle inside the name.
      (!placeLike &&
        !nounsCapitalized &&
        words.length >= 3 &&
        words.every(
          (w, k) =>
            w.initial ||
            lexiconTag(w.folded) === '' ||
            (k > 0 && k < words.length - 1 && PARTICLES.has(w.lower)),
        )) ||
      (!placeLike && !nounsCapitalized && words.every((w) => w.initial || lexiconTag(w.folded) === '')) ||
      // "Murray McCully": a word the lexicon knows as a surname, then one it does not know.
      (!placeLike &&
        !nounsCapitalized &&
        words.length === 2 &&
        lexiconTag(first) === 'LastName' &&
        lexiconTag(last.folded) === '') ||
      // "Wang Yi": a surname the lexicon knows closing two words.
      (words.length === 2 && !placeLike && /LastName/.test(lexiconTag(last.folded)));
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

/**
 * Russian and Ukrainian capitalize nothing but proper names and a sentence's first word: two
 * Cyrillic words in a row, capitalized, that no list of places, titles or institutions took away
 * ("Сергея Шойгу", "Ле Хоай Чунгом", "Саломе Зурабишвили") are a person's names, whatever their
 * endings. At a sentence's start too ("Майя Санду отправилась…"): a common word capitalized there is
 * one the report also writes in lower case, and findNames has dropped it already.
 */
export function cyrillicFullName(words: readonly Token[]): boolean {
  const plain = words.filter((w) => !w.initial && /^\p{Script=Cyrillic}/u.test(w.text));
  return plain.length >= 2 && plain.length === words.length;
}

/**
 * "з міністрами … Жан-Івом Ле Дріаном та Гейко Маасом": the second name of a pair joined by "и/та/і"
 * stands in the case of the first. When both end as the instrumental does, so is the second; a
 * nominative surname alone may end so too ("Ким", "Карим"), hence the pair.
 */
function coordinatedCase(tokens: readonly Token[], a: number, words: readonly Token[]): Case | null {
  const and = tokens[a - 1]?.lower ?? '';
  const before = tokens[a - 2];
  const last = words[words.length - 1];
  if (!['и', 'та', 'і', 'й'].includes(and) || !before?.capitalized || !last) return null;
  return INSTRUMENTAL_END.test(before.lower.slice(-4)) && INSTRUMENTAL_END.test(last.lower.slice(-4))
    ? 'ins'
    : null;
}

/** Tested on a word's last four characters, so that a very long word is not searched from every letter. */
const INSTRUMENTAL_END = /^\p{L}{2}(?:ом|ем|ым|им|єм|ою)$/u;

/** With nothing governing it, a name all in instrumental endings ("Джейхуном Байрамовым") is one. */
function caseFromEndings(words: readonly Token[]): Case {
  const plain = words.filter((w) => !w.initial).map((w) => w.lower);
  // "В. Чехловым": after initials, a surname in "-овым", "-евым", "-иным" can only be the instrumental.
  if (plain.length === 1 && plain.length < words.length && /(?:ов|ев|ёв|ин|ын)ым$/.test(plain[0] ?? ''))
    return 'ins';
  // "Эмомали Рахмоном": a first name ending in a vowel does not decline; the surname alone shows the case.
  const last = plain[plain.length - 1] ?? '';
  if (
    plain.length >= 2 &&
    /[бвгджзклмнпрстфхцчшщ](?:ом|ым)$/.test(last) &&
    plain.slice(0, -1).every((w) => /(?:ом|ем|ым|им|[иуоэ])$/.test(w))
  )
    return 'ins';
  // Ukrainian adds "-ою", "-ею", "-єю" ("Шимоном Головнею"), on the last word only: "Ольга Кулебою" is none.
  if (
    plain.length >= 2 &&
    plain.slice(0, -1).every((w) => /(ом|ем|єм|ым|им)$/.test(w)) &&
    /(ом|ем|єм|ым|им|ою|ею|єю)$/.test(plain[plain.length - 1] ?? '')
  )
    return 'ins';
  return 'nom';
}

/** The key two mentions of one person share: the loose form of the surname. */
export function surnameKey(name: string): string {
  const words = withoutSuffix(name, true)
    .split(/\s+/)
    .filter((w) => !/^\p{Lu}\.$/u.test(w));
  // "HAYASHI Yoshimasa": the word in capitals beside others that are not is the surname.
  const caps = words.filter((w) => CAPS_WORD.test(w) && w.length >= 3);
  if (caps.length === 1 && caps.length < words.length) return looseKey(caps[0] as string);
  return looseKey(words[words.length - 1] ?? name);
}

/**
 * "Gilberto Teodoro Jr.", "Lloyd Austin III": a generational suffix closes the name but is not the
 * surname, so that a later bare "Teodoro" or "Austin" is the same person. The answer drops "Jr." and
 * "Sr." ("Joseph R. Biden, Jr." is filed as "Joseph R. Biden") but keeps a number, which may be a
 * reign's ("Sa Sainteté Ilia II"); the key drops both. Only after two words or more: "Charles III"
 * keeps his number in the key too.
 */
export function withoutSuffix(name: string, numbers = false): string {
  const suffix = numbers ? GENERATION_OR_NUMBER : GENERATION;
  return name.replace(suffix, '$1');
}

const GENERATION = /^(\S+(?:\s+\S+)*?\s+\S*[^\s,]),?\s+(?:Jr|Sr|Jnr|Snr)\.?$/u;
const GENERATION_OR_NUMBER = /^(\S+(?:\s+\S+)*?\s+\S*[^\s,]),?\s+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$/u;

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
    const country = a >= 0 ? countryEndAt(tokens, a) : null;
    if (country !== null) a = country;
    if (a < 0 || b - a < 2) continue;
    if (a > 0 && NAMED_NOT_PERSON.test((tokens[a - 1] as Token).lower)) continue;
    const mention = judge(sentence, tokens, a, b, 'en', g, new Set());
    if (mention) found.push({ ...mention, strong: true });
  }
  return found;
}
