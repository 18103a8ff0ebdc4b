import { franc } from 'franc-min';
import type { Language } from './text.js';

/**
 * The languages a report is read in: the organization's partners write in these (issue 15). The
 * detected language picks the date parser; the rules for names, titles and meeting verbs exist for
 * English and Russian, and a report in another language is read with the rules of its script
 * (Cyrillic → Russian, otherwise English), which still finds dates, places and Latin-script names.
 */
export const REPORT_LANGUAGES = ['en', 'ru', 'uk', 'fr', 'es', 'de', 'tr', 'ar'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

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

/**
 * franc's trigram statistics, restricted to the supported languages (so that a short Spanish
 * release is not taken for Galician or Catalan). Too short a text, or one franc cannot place, falls
 * back to the script: Arabic letters Arabic, Cyrillic Russian, otherwise English.
 */
export function detectReportLanguage(text: string): ReportLanguage {
  const sample = text.slice(0, 4000);
  const code = franc(sample, { only: Object.keys(FROM_ISO639_3), minLength: 20 });
  const known = FROM_ISO639_3[code];
  if (known) return known;
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const arabic = count(/\p{Script=Arabic}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  if (arabic > cyrillic && arabic > latin) return 'ar';
  return cyrillic > latin ? 'ru' : 'en';
}

/** The rule set a report is read with: its own where one exists, else that of its script. */
export function rulesFor(lang: ReportLanguage): Language {
  return lang === 'ru' || lang === 'uk' ? 'ru' : 'en';
}
