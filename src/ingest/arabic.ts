import { COUNTRIES } from './countries.js';
import { type CompiledGazetteer, consonantKey, lookupPerson, looseKey } from './gazetteer.js';
import type { NameMention } from './person-names.js';
import type { Token } from './text.js';

/**
 * People in Arabic sentences. Arabic script has no capital letters, so a name is found by what
 * stands before it, as wire copy writes it: a title or honorific ("وزير الخارجية المصري سامح شكري",
 * "السيد أيمن الصفدي", "برئيسة المفوضية الأوروبية أورسولا فون دير لاين"), its complements skipped
 * (definite nouns and adjectives, countries, "شؤون", "حلف"…), then up to four words until a
 * preposition, a date word, another title or punctuation. A word standing alone elsewhere
 * ("وناقش الوزير بلينكن") is offered as a weak single word, which the report keeps only when it is
 * the surname of a name found in full (ReportPeople.resolve).
 */

/** The one-letter prefixes Arabic writes onto a word: and, so, with/in, for. */
const PREFIX = /^[وفبل](?=\p{Script=Arabic}{3})/u;

function bare(word: string): string {
  return word.replace(PREFIX, '');
}

/** Title heads, with and without the article. */
const HEADS = new Set(
  `وزير وزيرة رئيس رئيسة نائب نائبة أمين الأمين سفير سفيرة ملك عاهل أمير ولي الشيخ الشيخة السيد السيدة
  الدكتور الدكتورة معالي سمو فخامة مستشار مستشارة مبعوث المبعوث ممثل الممثل مساعد مساعدة قائد المتحدث
  الناطق مدير مديرة حاكم نظير نظيره نظيرته نظيرها نظيرهم المفوض مفوض الجنرال الفريق اللواء العماد
  الوزير الوزيرة الرئيس الرئيسة السفير السفيرة الملك الأمير المستشار المستشارة المدير الأميرال المنسق
  منسق الممثلة ممثلة الممثلين رئيسي وزيري وكيل الوكيل
  نظيريه نظيريها نظيراه خادم صاحب السلطان`
    .trim()
    .split(/\s+/),
);

const HONORIFICS = new Set([
  'السيد',
  'السيدة',
  'الدكتور',
  'الدكتورة',
  'الشيخ',
  'الشيخة',
  'معالي',
  'فخامة',
  'سمو',
]);

/** Words that complete a title without an article: "شؤون", "حلف", "دولة", "العهد"… */
const COMPLEMENTS = new Set(
  `شؤون حلف شمال دولة جمهورية مملكة منظمة مجلس وزارة هيئة لجنة بعثة حكومة إمارة سلطنة وكالة الأمم
  العهد عام خاص أول الأول دائم لدى لشؤون لحلف لمنظمة لجمهورية لدولة لمملكة للأمم لوزارة باسم بأسم
  خارجية دفاع داخلية عهد قاعدة قوات جيش أركان إدارة دائرة مكتب مركز أبوظبي دبي الشارقة عجمان طيار ركن
  وزراء الحرمين الشريفين ويلز السمو الملكي`
    .trim()
    .split(/\s+/),
);

/** Words that end a name: prepositions, particles, days and time words. */
const STOPS = new Set(
  `في مع إلى الى على من عن و أو ثم اليوم أمس غدا خلال الذي التي الذين حول بشأن لبحث عبر بعد قبل أن إن
  كما حيث لقد قد وقد هذا هذه ذلك تلك يوم مساء صباح الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس
  الجمعة السبت حيث بين وبين لدى عند منذ أثناء ضمن دون غير بأن وأن فيما بينما ايضا أيضا كل جميع وكل
  تحدث قال أكد أعلن أشار شدد بحث ناقش استقبل إستقبل التقى إلتقى اجتمع إجتمع زار يزور وصل أجرى عقد تلقى أوضح أضاف دعا رحب
  أعرب يلتقي يبحث يجري يعقد سيلتقي سيزور سيجري
  بما مما لما ما بهدف بغية لتعزيز وذلك اتصالا اتصال هاتفيا اجتماعا لقاءا ديوان قاعة دار مباحثات محادثات لقاء زيارة اجتماع قصر مقر
  مجالات العلاقات أنه أنها إنه إنها بأنه كان وكان كانت وكانت منطقة أفريقيا إفريقيا أوروبا آسيا الدولي مطار سفراء`
    .trim()
    .split(/\s+/),
);

/** Arabic names of countries, for "وزير الخارجية المصري" (nisba adjective) and "رئيس وزراء قطر". */
const COUNTRY_STEMS: string[] = COUNTRIES.flatMap((c) =>
  c.names.filter((n) => /\p{Script=Arabic}/u.test(n)).map((n) => n.split(/\s+/)[0] ?? ''),
)
  .map((n) => n.replace(/^ال/, '').replace(/[اى]$/, ''))
  .filter((n) => n.length >= 3);

const COUNTRY_STEM_SET = new Set(COUNTRY_STEMS);

/** "المصري", "الأمريكية", "لقطر": a country's name or its adjective. */
function isCountryWord(word: string): boolean {
  const cached = COUNTRY_WORDS.get(word);
  if (cached !== undefined) return cached;
  const b = bare(word);
  const w = b.replace(/^ال/, '').replace(/(?:ية|يه|يين|يون|ي)$/, '');
  // A country's name is written out ("قطر", "لقطر"); a shorter word only counts as its adjective, with
  // the article or the "-ي" of a nisba ("الروسي" for "روسيا"): "سعود" in "الأمير سعود الفيصل" is a name.
  const adjective = w !== b;
  // Without the article only the "-ي" of a whole name counts ("روسي" for "روسيا"): "سامي" (Sami) is
  // no shortened "ساموا" (Samoa).
  const definite = /^(?:ال|لل)/u.test(b);
  // "باكستان", "فرنسا", "ليبيا": a name whose first letter looks like a prefix is that whole name (or its
  // "-ي"/"-ية"), not a longer word that merely starts with it ("بيريز" is no "بيرو").
  const whole = word.replace(/(?:ية|يه|يين|يون|ي)$/, '').replace(/[اى]$/, '');
  const answer =
    (b !== word && COUNTRY_STEM_SET.has(whole)) ||
    (w.length >= 3 &&
      COUNTRY_STEMS.some(
        (stem) => w.startsWith(stem) || (adjective && stem.startsWith(w) && (definite || stem === `${w}ي`)),
      ));
  if (COUNTRY_WORDS.size > 50_000) COUNTRY_WORDS.clear();
  COUNTRY_WORDS.set(word, answer);
  return answer;
}

/** The answers so far: the scan of every country's stem ran for each word of each Arabic sentence. */
const COUNTRY_WORDS = new Map<string, boolean>();

export function isArabic(text: string): boolean {
  return /\p{Script=Arabic}/u.test(text);
}

function isHead(word: string): boolean {
  return HEADS.has(word) || HEADS.has(bare(word));
}

/** A word that belongs to a title: its head, a definite noun or adjective, a complement, a country. */
function inTitle(word: string): boolean {
  const b = bare(word);
  return (
    isHead(word) ||
    COMPLEMENTS.has(word) ||
    COMPLEMENTS.has(b) ||
    /^(?:ال|لل)/u.test(word) ||
    (b !== word && (/^لل/u.test(b) || PREFIXED_ARTICLE.test(word))) ||
    isCountryWord(word)
  );
}

/**
 * "والتونسي", "بالرئيس": a prefix and the article before a noun of three letters at least (Arabic
 * roots have three). "فالون" (Fallon), "والتر" (Walter), "بالمر" (Palmer) are names that only look so.
 */
const PREFIXED_ARTICLE = /^(?:لل|[بوف]ال)\p{Script=Arabic}{3}/u;

function isStop(word: string): boolean {
  return STOPS.has(word) || STOPS.has(bare(word)) || PREFIXED_ARTICLE.test(word) || /\p{N}/u.test(word);
}

/** A prefixed word that opens a title: "والتونسي", "ووزير", but not a name such as "فالون". */
function prefixedTitle(word: string): boolean {
  if (!PREFIX.test(word)) return false;
  const b = bare(word);
  return /^ال/u.test(b) ? PREFIXED_ARTICLE.test(word) : inTitle(b);
}

/** "، والتونسي محمد علي النفطي": "and the Tunisian" after a name names the next counterpart of a list. */
function coordinatedNisba(word: string): boolean {
  return /^و/u.test(word) && /^ال/u.test(bare(word)) && PREFIXED_ARTICLE.test(word) && isCountryWord(word);
}

/**
 * "مدير مكتب الشؤون الخارجية المركزية في جمهورية الصين الشعبية وانغ يي": "in" and the state or
 * body an office belongs to are part of its title, when a word of a title follows "في".
 */
function inPlaceOfTitle(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return (tokens[j] as Token).text === 'في' && next !== undefined && !isHead(next.text) && inTitle(next.text);
}

/** The words that link a name to a father or a house: "محمد بن زايد آل نهيان", "أبو الغيط". */
const LINKS = new Set(['بن', 'بنت', 'ابن', 'آل', 'أبو', 'أبي', 'ال']);

const NAMES_THAT_ARE_STOPS = new Set(['صباح']);

const MAX_TITLE_WORDS = 10;
const MAX_NAME_WORDS = 4;

/** Every person an Arabic sentence names after a title, and the bare words that may be surnames. */
export function arabicNames(sentence: string, tokens: readonly Token[], g: CompiledGazetteer): NameMention[] {
  const found: NameMention[] = [];
  const taken = new Set<number>();
  // A gap between two words of one phrase: a space, or the period of an initial ("أنتوني ج. بلينكن").
  const joined = (a: number) => {
    const left = tokens[a] as Token;
    const right = tokens[a + 1];
    if (!right) return false;
    const gap = sentence.slice(left.end, right.start);
    return gap === ' ' || (gap === '. ' && [...left.text].length === 1);
  };
  // Where the last name after a title ended, for a list of counterparts ("X، والتونسي Y").
  let lastName = -1;
  for (let i = 0; i < tokens.length; i++) {
    const listed =
      i === lastName &&
      i > 0 &&
      /^[،,] $/.test(sentence.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start)) &&
      coordinatedNisba((tokens[i] as Token).text);
    if (!isHead((tokens[i] as Token).text) && !listed) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= MAX_TITLE_WORDS &&
      joined(j - 1) &&
      (inTitle((tokens[j] as Token).text) || inPlaceOfTitle(tokens, j))
    )
      j++;
    // "وزير الخارجية الأمريكي، أنتوني بلينكن": one comma may stand between a title and its name.
    const gap =
      j > i && tokens[j] ? sentence.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start) : '';
    if (!tokens[j] || !(gap === ' ' || gap === '، ' || gap === ', ')) {
      i = j - 1;
      continue;
    }
    // "وزير الخارجية والتعاون الدولي، مجالات التعاون": a title after a name and its comma is an
    // apposition; what follows its own comma is the rest of the sentence, not another name.
    // Only right after a name: "بمقر رئاسة الجمهورية، نظيره الفرنسي، إيمانويل ماكرون" names Macron.
    const apposition =
      !listed &&
      i === lastName &&
      gap !== ' ' &&
      i > 0 &&
      /^[،,] $/.test(sentence.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start));
    if (apposition) {
      i = j - 1;
      continue;
    }
    let k = j;
    // The links of a lineage ("بن", "بنت", "آل", "أبو") do not count against the length of a name.
    let links = 0;
    while (
      k < tokens.length &&
      k - j - links < MAX_NAME_WORDS &&
      isArabic((tokens[k] as Token).text) &&
      // "صباح" (morning) is also a first name: first after a title it is the name ("الشيخ صباح الخالد").
      (!isStop((tokens[k] as Token).text) ||
        (k === j && NAMES_THAT_ARE_STOPS.has((tokens[k] as Token).text))) &&
      !isHead((tokens[k] as Token).text) &&
      !(k > j && prefixedTitle((tokens[k] as Token).text)) &&
      // "… فون دير لاين أهمية": an abstract noun in -ية after a name is no part of it.
      !(k > j && /ية$/u.test((tokens[k] as Token).text))
    ) {
      if (LINKS.has((tokens[k] as Token).text)) links++;
      k++;
      if (!joined(k - 1)) break;
    }
    // A name does not end on a link: "عبدالعزيز بن عبدالله بن" lost its last word to the limit.
    while (k > j + 1 && LINKS.has((tokens[k - 1] as Token).text)) k--;
    // "وزير الخارجية دومينيك راب": a first name spelt like a country ("دومينيكا") closed the title and
    // left the surname alone. A bare country name (no article, no "-ي") after a definite title word,
    // with one word after it, is the first name of that word.
    const last = tokens[j - 1] as Token;
    const bareCountry = (word: string) => isCountryWord(word) && !/^(?:ال|لل)|ي$|ية$/u.test(bare(word));
    if (
      k - j === 1 &&
      j - 1 > i + 1 &&
      bareCountry(last.text) &&
      !isHead((tokens[j - 2] as Token).text) &&
      // "رئيس وزراء إيطاليا جورجيا ميلوني": no title names two states in a row, so the second is
      // the first name ("Giorgia") of the one word after it.
      (/^ال/u.test((tokens[j - 2] as Token).text) || bareCountry((tokens[j - 2] as Token).text))
    )
      j--;
    if (k > j) {
      // "الوزير بلينكن" names someone named in full elsewhere; "الوزير تحدث" is a verb: one word after
      // a title stands only as a surname of a full name (an honorific vouches for it alone).
      const alone = k - j === 1 && !HONORIFICS.has((tokens[i] as Token).text);
      found.push(mention(sentence, tokens, i, j, k, g, !alone));
      for (let t = i; t < k; t++) taken.add(t);
      lastName = k;
    }
    i = k - 1;
  }
  // Bare words: candidates only, kept when they are the surname of someone named in full.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken.has(i) || !isArabic(t.text) || [...t.text].length < 3 || isStop(t.text) || inTitle(t.text))
      continue;
    found.push(mention(sentence, tokens, i, i, i + 1, g, false));
  }
  return found.sort((a, b) => a.start - b.start);
}

function mention(
  sentence: string,
  tokens: readonly Token[],
  titleStart: number,
  a: number,
  b: number,
  g: CompiledGazetteer,
  strong: boolean,
): NameMention {
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const name = sentence.slice(first.start, last.end);
  const person = lookupPerson(g, name);
  const titleTokens = tokens.slice(titleStart, a);
  const title = titleTokens.length
    ? sentence.slice((titleTokens[0] as Token).start, (titleTokens[titleTokens.length - 1] as Token).end)
    : null;
  return {
    name,
    tokenStart: a,
    tokenEnd: b,
    start: first.start,
    end: last.end,
    title,
    phraseStart: titleStart,
    phraseOffset: (tokens[titleStart] as Token).start,
    person,
    single: b - a === 1,
    // A bare word is a known person's surname only when it has enough consonants not to be a chance match.
    strong: strong || (person !== null && (b - a > 1 || consonantKey(looseKey(name)).length >= 3)),
  };
}
