import { franc } from 'franc-min';
import { type ReportLanguage, reportLanguage } from '../schemas/dialogue/report.schema.js';
import type { Language } from './text.js';

/**
 * The languages a report is read in: the organization's partners write in these (issue 15). The
 * detected language picks the date parser; the rules for names, titles and meeting verbs exist for
 * English and Russian, and a report in another language is read with the rules of its script
 * (Cyrillic → Russian, otherwise English), which still finds dates, places and Latin-script names.
 */
export const REPORT_LANGUAGES = reportLanguage.options;
export type { ReportLanguage };

const FROM_ISO639_3: Record<string, ReportLanguage> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
  tur: 'tr',
  arb: 'ar',
};

const CYRILLIC = ['rus', 'ukr'];
const LATIN = ['eng', 'fra', 'spa', 'deu', 'tur'];

/**
 * The script first (Arabic letters are Arabic: the only Arabic-script language read), then franc's
 * trigram statistics among the supported languages of that script, on the opening 500 characters
 * (enough for a dateline and a sentence or two; franc costs about a millisecond per thousand). A text
 * franc cannot place is Russian in Cyrillic and English otherwise.
 */
export function detectReportLanguage(text: string): ReportLanguage {
  const sample = text.slice(0, 500);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const arabic = count(/\p{Script=Arabic}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  if (arabic > cyrillic && arabic > latin) return 'ar';
  const inScript = cyrillic > latin;
  if (inScript) {
    const slavic = cyrillicByLetters(sample);
    if (slavic) return slavic;
  }
  if (!inScript && turkishByLetters(sample, latin)) return 'tr';
  if (!inScript) {
    const voted = latinByFunctionWords(sample);
    if (voted) return voted;
  }
  const code = franc(sample, { only: inScript ? CYRILLIC : LATIN, minLength: 20 });
  return FROM_ISO639_3[code] ?? (inScript ? 'ru' : 'en');
}

/**
 * Russian and Ukrainian share most letters, and franc's trigrams confuse them on a short opening
 * ("Владимир Путин принял в Кремле…" was read as Ukrainian). Each has letters the other lacks: "і",
 * "ї", "є", "ґ" are Ukrainian only and make about one letter in sixteen of Ukrainian prose; "ы", "э",
 * "ъ", "ё" are Russian only. Forty Cyrillic letters without a Ukrainian one are Russian; Ukrainian
 * letters outnumbering Russian ones three to one are Ukrainian; anything else (a short line, names
 * quoted from the other language) is left to franc.
 */
export function cyrillicByLetters(text: string): 'ru' | 'uk' | null {
  const letters = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const russian = text.match(/[ыэъё]/giu)?.length ?? 0;
  const ukrainian = text.match(/[іїєґ]/giu)?.length ?? 0;
  if (ukrainian >= 2 && ukrainian >= 3 * russian) return 'uk';
  if (letters >= 40 && ukrainian === 0) return 'ru';
  if (russian >= 2 && russian >= 3 * ukrainian) return 'ru';
  return null;
}

/**
 * The small words each Latin-script language writes in every sentence. On a short text full of names
 * ("Samantha Power met Urban Ahlin on Monday.") franc's trigrams weigh the names and guess Turkish or
 * German; two or more of one language's small words, twice as many as any other's, decide first.
 */
const FUNCTION_WORDS: [ReportLanguage, Set<string>][] = [
  [
    'en',
    new Set(
      'the of and on with in to was were his her their has have met said from for by at this that'.split(' '),
    ),
  ],
  [
    'fr',
    new Set('le la les des du et avec est sont a été au aux une un pour par sur ce cette qui'.split(' ')),
  ],
  ['es', new Set('el la los las del y con es son fue una un para por en se al que este esta'.split(' '))],
  ['de', new Set('der die das und mit ist sind war den dem des ein eine für von zu im am auf'.split(' '))],
  ['tr', new Set('ve ile bir bu için olarak da de olan yapılan'.split(' '))],
];

function latinByFunctionWords(text: string): ReportLanguage | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const votes = FUNCTION_WORDS.map(
    ([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const,
  ).sort((x, y) => y[1] - x[1]);
  const [best, second] = votes;
  if (!best || best[1] < 2 || best[1] < 2 * (second?.[1] ?? 0)) return null;
  return best[0];
}

/**
 * franc took a short Turkish opening full of names ("Cumhurbaşkanı Recep Tayyip Erdoğan, dün
 * Beştepe'de…") for Spanish. Turkish prose writes "ı", "ğ" and "ş", which no other language read
 * here uses, in about one Latin letter in twenty; a report elsewhere that quotes "Erdoğan" or
 * "Çavuşoğlu" has a few. One in forty, with two dotless "ı" among them, is Turkish.
 */
export function turkishByLetters(text: string, latin: number): boolean {
  const dotless = text.match(/ı/g)?.length ?? 0;
  const turkish = text.match(/[ığşİ]/giu)?.length ?? 0;
  // In four words at least: a short English line naming "Erdoğan" and "Yıldırım" is not Turkish.
  const words = text.match(/\p{L}*[ığşİŞĞ]\p{L}*/gu)?.length ?? 0;
  return dotless >= 2 && words >= 4 && turkish * 40 >= latin;
}

/** The rule set a report is read with: its own where one exists, else that of its script. */
export function rulesFor(lang: ReportLanguage): Language {
  return lang === 'ru' || lang === 'uk' ? 'ru' : 'en';
}
