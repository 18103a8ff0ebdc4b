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
  const code = franc(sample, { only: inScript ? CYRILLIC : LATIN, minLength: 20 });
  return FROM_ISO639_3[code] ?? (inScript ? 'ru' : 'en');
}

/** The rule set a report is read with: its own where one exists, else that of its script. */
export function rulesFor(lang: ReportLanguage): Language {
  return lang === 'ru' || lang === 'uk' ? 'ru' : 'en';
}
