import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { annotateReport } from '../src/ingest/annotate.js';
import { COUNTRIES } from '../src/ingest/countries.js';
import { extractReport } from '../src/ingest/extract.js';
import { BUILT_IN_GAZETTEER, KNOWN_PEOPLE } from '../src/ingest/known-people.js';
import { HONORIFICS, PARTICLES } from '../src/ingest/name-words.js';
import { DEFAULT_PLACES } from '../src/ingest/places.js';
import { round } from './harness.js';

/**
 * Reports shaped against the reader, many at a time: `npx tsx bench/ingest-fuzz.ts [--kb 100]
 * [--seed 1] [--only NAME] [--runs 3] [--against-kb 25] [--json]`. Each shape fills the size asked for (100 kB by
 * default, the longest report read) with one adversarial pattern, and the time to read it as the API
 * does (extraction and annotation, bench/ingest.bench.ts) is printed, slowest first, with the shapes
 * above the 250 ms budget marked. Run by hand, never by `npm test`: on a shared machine a time is a
 * finding to profile (`node --cpu-prof --import tsx bench/ingest-fuzz.ts --only NAME`), not a verdict.
 * The randomness is fast-check's, from a seed, so a shape found slow is built again the same.
 */

const BUDGET_MS = 250;

interface Options {
  kb: number;
  seed: number;
  only: string | null;
  runs: number;
  json: boolean;
  /** also read each shape at this size and print how much longer the full size takes (4× is linear) */
  againstKb: number | null;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    kb: Number(value('--kb') ?? 100),
    seed: Number(value('--seed') ?? 1),
    only: value('--only') ?? null,
    runs: Number(value('--runs') ?? 3),
    json: argv.includes('--json'),
    againstKb: value('--against-kb') ? Number(value('--against-kb')) : null,
  };
}

/** Seeded picks: fast-check draws the numbers once, a shape takes them in turn. */
export class Picks {
  private readonly numbers: number[];
  private at = 0;
  constructor(seed: number) {
    this.numbers = fc.sample(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { seed, numRuns: 65_536 });
  }
  int(below: number): number {
    const n = this.numbers[this.at++ % this.numbers.length] ?? 0;
    return n % below;
  }
  one<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.int(1000) < p * 1000;
  }
}

// The extractor's own vocabulary: what its rules look for, in every language and script it reads.
const TITLES = [
  'Minister',
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'President',
  'Vice President',
  'Secretary General',
  'Deputy Secretary General',
  "NATO Secretary General's Special Representative for the Caucasus and Central Asia",
  'Special Representative',
  'Ambassador',
  'Permanent Representative',
  'Chairman',
  'Head of Mission',
  'Chief of General Staff',
  'Commander',
  'Director',
  'Minister of Foreign Affairs of Tajikistan',
  'Deputy Prime Minister',
  'King',
  'Emir',
  'Sheikh',
  'Chancellor',
  'министр иностранных дел',
  'министр обороны',
  'президент',
  'премьер-министр',
  'генеральный секретарь НАТО',
  'спецпредставитель',
  'посол',
  'заместитель министра',
  'міністр закордонних справ',
  'прем’єр-міністр',
  'голова',
  'ministre des Affaires étrangères',
  'le président',
  'secrétaire général',
  'el canciller',
  'ministro de Asuntos Exteriores',
  'presidenta',
  'Außenministerin',
  'Bundeskanzler',
  'Dışişleri Bakanı',
  'وزير الخارجية',
  'الرئيس',
  'رئيس الوزراء',
  'الأمين العام',
];
const HONORIFIC_WORDS = [...HONORIFICS].map((h) =>
  h.endsWith('.') ? h : `${h[0]?.toUpperCase()}${h.slice(1)}.`,
);
const CUE_VERBS = [
  'met',
  'met with',
  'meets',
  'held talks with',
  'received',
  'hosted',
  'welcomed',
  'visited',
  'arrived in',
  'will visit',
  'is expected to meet',
  'spoke by phone with',
  'called',
  'attended',
  'took part in',
  'on the sidelines of',
  'held consultations',
  'встретился с',
  'провел переговоры',
  'принял',
  'посетил',
  'прибыл в',
  'по телефону',
  'в кулуарах',
  'принял участие',
  'зустрівся з',
  'відвідав',
  'a reçu',
  's’est entretenu avec',
  'a rencontré',
  'se reunió con',
  'recibió',
  'visitó',
  'traf sich mit',
  'empfing',
  'görüştü',
  'ziyaret etti',
  'استقبل',
  'التقى',
  'بحث',
  'اتصال هاتفي',
  'زار',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan.',
  'Sept.',
  'января',
  'мая',
  'июня',
  'декабря',
  'червня',
  'травня',
  'janvier',
  'mai',
  'juin',
  'août',
  'enero',
  'mayo',
  'junio',
  'Juli',
  'März',
  'Haziran',
  'Mayıs',
  'يونيو',
  'حزيران',
  'مايو',
];
const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'yesterday',
  'today',
  'tomorrow',
  'last week',
  'next Tuesday',
  'в понедельник',
  'во вторник',
  'вчера',
  'накануне',
  'у вівторок',
  'вчора',
  'mardi',
  'hier',
  'lundi prochain',
  'el pasado miércoles',
  'ayer',
  'la víspera',
  'am Dienstag',
  'gestern',
  'dün',
  'الثلاثاء',
  'أمس',
  'اليوم',
];
const COUNTRY_NAMES = COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives]);
const PEOPLE = KNOWN_PEOPLE.flatMap((p) => p.names);
const PLACE_NAMES = DEFAULT_PLACES.flatMap((p) => [p.city, ...p.names]);
const ARABIC_NAMES = [
  'أيمن الصفدي',
  'خوسيه ألباريس',
  'عبد الله بن زايد',
  'فيصل بن فرحان',
  'ينس ستولتنبرغ',
  'مارك روته',
];
const INVENTED_NAMES = [
  'Ivan Petrov',
  'Maria Ivanova',
  'James Appathurai',
  'Ursula von der Leyen',
  'Abdullah bin Zayed Al Nahyan',
  'Pedro Sánchez',
  'Jean-Yves Le Drian',
  'Mevlüt Çavuşoğlu',
  'Иван Петров',
  'Сергей Лавров',
  'Андрій Сибіга',
  'Дмитро Кулеба',
  'Robert F. Simmons Jr.',
  'J. R. R. Tolkien',
];
const NUMBERS = ['12', '23', '2011', '1992', '12-13', '23.06.2011', '2024-05-14', '19', '٢٣', '3,000', '1.5'];
const CONNECTORS = ['and', 'with', 'of', 'the', 'in', ',', 'и', 'с', 'et', 'y', 'und', 've', 'و', 'في'];
const EVERY_WORD = [
  ...TITLES,
  ...HONORIFIC_WORDS,
  ...CUE_VERBS,
  ...MONTHS,
  ...WEEKDAYS,
  ...COUNTRY_NAMES,
  ...PEOPLE,
  ...PLACE_NAMES,
  ...ARABIC_NAMES,
  ...INVENTED_NAMES,
  ...NUMBERS,
  ...CONNECTORS,
  ...PARTICLES,
];
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC_LETTERS = 'абвгдежзиклмнопрстуфхцчшщыэюя';
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

function word(p: Picks, letters: string, min = 3, max = 9): string {
  let out = '';
  const n = min + p.int(max - min + 1);
  for (let i = 0; i < n; i++) out += letters[p.int(letters.length)];
  return out;
}
const cap = (s: string) => (s[0]?.toUpperCase() ?? '') + s.slice(1);

/** Text built by calling `next` until `chars` characters are reached, then cut there. */
function fill(chars: number, next: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const piece = next();
    if (!piece) break;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars);
}

type Shape = (p: Picks, chars: number) => string;

const repeated =
  (unit: string): Shape =>
  (_p, chars) =>
    fill(chars, () => unit);
const mixOf =
  (words: readonly string[], separators: readonly string[] = [' ']): Shape =>
  (p, chars) =>
    fill(chars, () => p.one(words) + p.one(separators));

/** A plausible news sentence with random parts: a title, a name, a cue, a day, a place. */
function newsSentence(p: Picks): string {
  return `${p.one(TITLES)} ${p.one([...INVENTED_NAMES, ...PEOPLE])} ${p.one(CUE_VERBS)} ${p.one(HONORIFIC_WORDS)} ${p.one(INVENTED_NAMES)} in ${p.one(PLACE_NAMES)} on ${p.one(WEEKDAYS)}, ${p.one(NUMBERS)} ${p.one(MONTHS)}.`;
}

export const FUZZ_SHAPES: Record<string, Shape> = {
  // one token repeated
  'one title repeated': repeated('Minister '),
  'one honorific repeated': repeated('Mr. '),
  'one surname repeated': repeated('Appathurai '),
  'one cue verb repeated': repeated('met '),
  'one month repeated': repeated('May '),
  'one number repeated': repeated('12 '),
  'one country repeated': repeated('Tajikistan '),
  'one Cyrillic country repeated': repeated('Таджикистан '),
  'one Arabic name repeated': repeated('الصفدي '),
  'one period-space repeated': repeated('. '),
  'one quote repeated': repeated('"'),
  'one letter repeated': repeated('a'),
  'one capital letter with period repeated': repeated('A.'),
  'one dash repeated': repeated('- '),
  'one comma repeated': repeated(', '),
  // the extractor's vocabulary, shuffled
  'titles mixed': mixOf(TITLES),
  'titles chained with of': mixOf(TITLES, [' of the ', ' of ', ' and ']),
  'honorifics mixed': mixOf(HONORIFIC_WORDS),
  'honorifics and names': (p, chars) =>
    fill(chars, () => `${p.one(HONORIFIC_WORDS)} ${p.one(INVENTED_NAMES)} `),
  'cue verbs mixed': mixOf(CUE_VERBS),
  'months and weekdays mixed': mixOf([...MONTHS, ...WEEKDAYS, ...NUMBERS]),
  'dates written out': (p, chars) =>
    fill(
      chars,
      () => `on ${p.one(WEEKDAYS)} ${p.one(NUMBERS)} ${p.one(MONTHS)} ${p.one(['2011', '2024', ''])} and `,
    ),
  'country names mixed': mixOf(COUNTRY_NAMES),
  'country names with commas': mixOf(COUNTRY_NAMES, [', ', ' and ', '; ']),
  'gazetteer names mixed': mixOf([...PEOPLE, ...PLACE_NAMES]),
  'gazetteer names, Latin': mixOf(PEOPLE.filter((n) => /\p{Script=Latin}/u.test(n))),
  'gazetteer names, Cyrillic': mixOf(PEOPLE.filter((n) => /\p{Script=Cyrillic}/u.test(n))),
  'Arabic names mixed': mixOf(ARABIC_NAMES, [' و', ' ', ' مع ']),
  'all vocabulary, spaces': mixOf(EVERY_WORD),
  'all vocabulary, punctuation': mixOf(EVERY_WORD, [' ', ', ', '. ', '; ', ' - ', ': ', '! ', '? ']),
  'news sentences': (p, chars) => fill(chars, () => `${newsSentence(p)} `),
  'news sentences, one per line': (p, chars) => fill(chars, () => `${newsSentence(p)}\n`),
  'news sentences without periods': (p, chars) => fill(chars, () => `${newsSentence(p).slice(0, -1)} `),
  'dateline then vocabulary': (p, chars) =>
    `DUSHANBE, June 23, 2011 (Asia-Plus) — ${mixOf(EVERY_WORD, [' ', ', '])(p, chars - 40)}`,
  // many short sentences about meetings: the assembly of meetings across sentences
  'pronoun follow-ups': repeated('He met Zarkov Brown. '),
  'one meeting told in many sentences': repeated('Zarkov Brown met. He met. '),
  'a meeting, then unrelated sentences': repeated('Zarkov Brown met. Abc def. '),
  'new people meeting in every sentence': (p, chars) =>
    fill(
      chars,
      () =>
        `${cap(word(p, LATIN_LETTERS))} ${cap(word(p, LATIN_LETTERS))} met ${p.one(TITLES)} ${cap(word(p, LATIN_LETTERS))} ${cap(word(p, LATIN_LETTERS))}ov. `,
    ),
  'new people in the shortest meeting sentences': (p, chars) =>
    fill(
      chars,
      () =>
        `${cap(word(p, LATIN_LETTERS, 3, 4))} ${cap(word(p, LATIN_LETTERS, 3, 4))} met ${cap(word(p, LATIN_LETTERS, 3, 4))}ov. `,
    ),
  'new people in the shortest meeting sentences, Russian': (p, chars) =>
    fill(
      chars,
      () =>
        `${cap(word(p, CYRILLIC_LETTERS, 3, 4))}ов встретился с ${cap(word(p, CYRILLIC_LETTERS, 3, 4))}ым. `,
    ),
  'doubtful names in meeting sentences': (p, chars) =>
    fill(
      chars,
      () =>
        `${cap(word(p, LATIN_LETTERS, 4, 7))} ${p.one(['Rice', 'Bush', 'Young', 'Stone', 'Hill', 'Wood', 'Rose', 'Page', 'Field', 'Law'])} met ${cap(word(p, LATIN_LETTERS, 3, 5))}ov. `,
    ),
  'attendance list growing': (p, chars) =>
    fill(
      chars,
      () =>
        `The meeting was also attended by ${cap(word(p, LATIN_LETTERS))} ${cap(word(p, LATIN_LETTERS))}. `,
    ),
  'more people at the same meeting': (p, chars) =>
    fill(
      chars,
      () =>
        `He would host the meeting with Minister ${cap(word(p, LATIN_LETTERS))} ${cap(word(p, LATIN_LETTERS))}. `,
    ),
  'definite references': (p, chars) =>
    fill(
      chars,
      () =>
        `The minister met Ambassador ${cap(word(p, LATIN_LETTERS))} Brown. The minister said the talks went well. `,
    ),
  'visits and hosts': (p, chars) =>
    fill(
      chars,
      () =>
        `${p.one(INVENTED_NAMES)} received ${p.one(INVENTED_NAMES)}, who arrived in ${p.one(PLACE_NAMES)}. He was accompanied by ${p.one(INVENTED_NAMES)}. `,
    ),
  'Russian pronoun follow-ups': repeated(
    'Он встретился с Зарифи. Министр Хамрохон Зарифи провел переговоры. ',
  ),
  'Arabic meetings in many sentences': (p, chars) =>
    fill(
      chars,
      () =>
        `${p.one(CUE_VERBS.filter((c) => /\p{Script=Arabic}/u.test(c)))} ${p.one(TITLES.filter((t) => /\p{Script=Arabic}/u.test(t)))} ${p.one(ARABIC_NAMES)}. `,
    ),
  // long lines without punctuation
  'lower-case words, one line': (p, chars) => fill(chars, () => `${word(p, LATIN_LETTERS)} `),
  'capitalised words, one line': (p, chars) => fill(chars, () => `${cap(word(p, LATIN_LETTERS))} `),
  'capitalised Cyrillic words': (p, chars) => fill(chars, () => `${cap(word(p, CYRILLIC_LETTERS))} `),
  'Russian surname shapes': (p, chars) =>
    fill(chars, () => `${cap(word(p, CYRILLIC_LETTERS))} ${cap(word(p, CYRILLIC_LETTERS, 2, 5))}ов `),
  'capitalised words and commas': (p, chars) => fill(chars, () => `${cap(word(p, LATIN_LETTERS))}, `),
  'capitalised pairs with and': (p, chars) =>
    fill(chars, () => `${cap(word(p, LATIN_LETTERS))} ${cap(word(p, LATIN_LETTERS))} and `),
  'capitalised words with particles': (p, chars) =>
    fill(chars, () => `${cap(word(p, LATIN_LETTERS))} ${p.one([...PARTICLES])} `),
  // initials
  'initials and surnames': (p, chars) =>
    fill(chars, () => `${LATIN_LETTERS[p.int(26)]?.toUpperCase()}. ${cap(word(p, LATIN_LETTERS))} `),
  'initials only': (p, chars) => fill(chars, () => `${LATIN_LETTERS[p.int(26)]?.toUpperCase()}. `),
  'dotted abbreviations': (p, chars) =>
    fill(chars, () => `${p.one(['U.S.', 'U.N.', 'e.g.', 'i.e.', 'т.е.', 'г.'])} `),
  'Cyrillic initials': (p, chars) =>
    fill(chars, () => `${CYRILLIC_LETTERS[p.int(29)]?.toUpperCase()}. ${cap(word(p, CYRILLIC_LETTERS))}, `),
  // quotes and brackets
  'brackets nested': (p, chars) => {
    const depth = 2000;
    const inner = mixOf(EVERY_WORD)(p, chars - 2 * depth);
    return `${'('.repeat(depth)}${inner}${')'.repeat(depth)}`.slice(0, chars);
  },
  'quotes and brackets mixed': mixOf(
    ['(', ')', '[', ']', '"', '«', '»', '“', '”', "'", 'Minister', 'Petrov', '('],
    ['', ' '],
  ),
  'quoted names': (p, chars) => fill(chars, () => `"${p.one(INVENTED_NAMES)}" (${p.one(TITLES)}) `),
  'unclosed quotes': (p, chars) => fill(chars, () => `"${cap(word(p, LATIN_LETTERS))} `),
  // very long words
  'one very long word': (_p, chars) => 'a'.repeat(chars),
  'very long capitalised words': (p, chars) =>
    fill(chars, () => `${cap(word(p, LATIN_LETTERS, 500, 2000))} `),
  'long hyphenated words': (p, chars) =>
    fill(chars, () => `${Array.from({ length: 50 }, () => cap(word(p, LATIN_LETTERS, 2, 4))).join('-')} `),
  'long apostrophe words': (p, chars) =>
    fill(chars, () => `${Array.from({ length: 50 }, () => word(p, LATIN_LETTERS, 1, 3)).join("'")} `),
  // digits
  'digits only': (p, chars) => fill(chars, () => `${p.int(10)}`),
  'numbers spaced': (p, chars) => fill(chars, () => `${p.int(100000)} `),
  'numeric dates': (p, chars) => fill(chars, () => `${1 + p.int(31)}.${1 + p.int(12)}.${1990 + p.int(40)} `),
  'day ranges': (p, chars) => fill(chars, () => `${1 + p.int(28)}-${1 + p.int(28)} ${p.one(MONTHS)} `),
  'decimal numbers': (p, chars) => fill(chars, () => `${p.int(1000)}.${p.int(1000)}. `),
  // URLs, HTML, markdown
  URLs: (p, chars) =>
    fill(
      chars,
      () =>
        `https://www.${word(p, LATIN_LETTERS)}.int/cps/en/natohq/news_${p.int(99999)}.htm?selectedLocale=en `,
    ),
  'HTML tags': (p, chars) =>
    fill(
      chars,
      () => `<p class="x">${p.one(TITLES)} <b>${p.one(INVENTED_NAMES)}</b> ${p.one(CUE_VERBS)}</p>`,
    ),
  'HTML entities': (p, chars) =>
    fill(
      chars,
      () => `${p.one(['&nbsp;', '&amp;', '&laquo;', '&#8220;', '&#160;', '&x;'])}${p.one(INVENTED_NAMES)} `,
    ),
  markdown: (p, chars) =>
    fill(
      chars,
      () =>
        `# ${p.one(TITLES)}\n**${p.one(INVENTED_NAMES)}** _${p.one(CUE_VERBS)}_ [link](http://x.org/${p.int(999)})\n- `,
    ),
  // line breaks
  'newlines only': (_p, chars) => '\n'.repeat(chars),
  'one word per line': (p, chars) => fill(chars, () => `${p.one(EVERY_WORD)}\n`),
  'blank-line paragraphs': (p, chars) => fill(chars, () => `${p.one(EVERY_WORD)}\n\n\n`),
  'spaces only': (_p, chars) => ' '.repeat(chars),
  'carriage returns': (p, chars) => fill(chars, () => `${p.one(EVERY_WORD)}\r\n`),
  // scripts and marks
  'mixed scripts': (p, chars) =>
    fill(
      chars,
      () => `${cap(word(p, LATIN_LETTERS))} ${cap(word(p, CYRILLIC_LETTERS))} ${word(p, ARABIC_LETTERS)} `,
    ),
  'mixed scripts inside words': (p, chars) =>
    fill(
      chars,
      () =>
        `${cap(word(p, LATIN_LETTERS, 2, 3))}${word(p, CYRILLIC_LETTERS, 2, 3)}${word(p, ARABIC_LETTERS, 2, 3)} `,
    ),
  'RTL marks between names': (p, chars) =>
    fill(chars, () => `\u200f${p.one(ARABIC_NAMES)}\u200e ${p.one(INVENTED_NAMES)} \u202b`),
  'zero-width characters': (p, chars) => fill(chars, () => `${p.one(INVENTED_NAMES)}\u200b\u200d\ufeff `),
  'Arabic vowel marks': (p, chars) => fill(chars, () => `${word(p, ARABIC_LETTERS)}\u064e\u0650\u0640 `),
  'Arabic text with periods': (p, chars) =>
    fill(chars, () => `${p.one(ARABIC_NAMES)} ${word(p, ARABIC_LETTERS)}. `),
  emoji: (p, chars) => fill(chars, () => `${p.one(INVENTED_NAMES)} 🇹🇯🤝🇺🇸 `),
};

interface Timing {
  shape: string;
  chars: number;
  extract_ms: number;
  annotate_ms: number;
  total_ms: number;
  /** time at the full size ÷ time at --against-kb */
  growth?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Extraction and annotation of one text, each the median of `runs` readings. */
export function timeReading(text: string, runs: number): { extract_ms: number; annotate_ms: number } {
  const extract: number[] = [];
  const annotate: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    extractReport(text, { published: '2024-05-14', gazetteer: BUILT_IN_GAZETTEER });
    extract.push(performance.now() - start);
    start = performance.now();
    annotateReport(text, { published: '2024-05-14', gazetteer: BUILT_IN_GAZETTEER, posts: [] });
    annotate.push(performance.now() - start);
  }
  return { extract_ms: round(median(extract), 1), annotate_ms: round(median(annotate), 1) };
}

function main() {
  const o = options(process.argv.slice(2));
  const chars = o.kb * 1000;
  // Warm-up: the first reading compiles the gazetteer and JIT-warms the parsers.
  timeReading(FUZZ_SHAPES['news sentences']?.(new Picks(o.seed), 5_000) ?? '', 1);
  const results: Timing[] = [];
  for (const [shape, build] of Object.entries(FUZZ_SHAPES)) {
    if (o.only && !shape.includes(o.only)) continue;
    const text = build(new Picks(o.seed), chars);
    // The smaller size first: the larger one must not find the word caches warmed by the same text.
    const small = o.againstKb ? timeReading(build(new Picks(o.seed), o.againstKb * 1000), o.runs) : null;
    const t = timeReading(text, o.runs);
    const total_ms = round(t.extract_ms + t.annotate_ms, 1);
    const growth = small
      ? round(total_ms / Math.max(0.1, small.extract_ms + small.annotate_ms), 2)
      : undefined;
    results.push({ shape, chars: text.length, ...t, total_ms, ...(growth ? { growth } : {}) });
    if (!o.json) {
      const flag = total_ms > BUDGET_MS ? '  SLOW' : '';
      const grew = growth ? `, ×${growth} over ${o.againstKb} kB` : '';
      console.log(
        `${shape.padEnd(42)} ${String(total_ms).padStart(8)} ms (extract ${t.extract_ms}, annotate ${t.annotate_ms}${grew})${flag}`,
      );
    }
  }
  results.sort((a, b) => b.total_ms - a.total_ms);
  const slow = results.filter((r) => r.total_ms > BUDGET_MS);
  if (o.json) console.log(JSON.stringify({ kb: o.kb, seed: o.seed, results }, null, 2));
  else
    console.log(
      `\n${results.length} shapes at ${o.kb} kB, seed ${o.seed}; above ${BUDGET_MS} ms: ${slow.length ? slow.map((r) => `${r.shape} (${r.total_ms} ms)`).join(', ') : 'none'}`,
    );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
