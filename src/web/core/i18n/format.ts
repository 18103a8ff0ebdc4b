import { durationParts } from '../../../domain/core/duration.js';
import type { Lang } from './i18n.js';

// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) are shown as precisely as they are known: a year, a month
// and year, or a full date, each written the way the UI language writes it.
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

export function formatPartialDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const match = PARTIAL.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  if (date.toISOString().slice(0, value.length) !== value) return value; // not a real date: as written
  return dateFormat(lang, d ? 'day' : m ? 'month' : 'year').format(date);
}

const PRECISIONS = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl formatter costs far more than formatting with one (it showed in the partner page's
// profile, formatting hundreds of dates): one per language and precision, made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, precision: keyof typeof PRECISIONS): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { ...PRECISIONS[precision], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

export function isPartialDate(value: string | null | undefined): value is string {
  return !!value && PARTIAL.test(value);
}

/** First day a partial date can mean, YYYY-MM-DD. */
export function firstDay(value: string): string {
  const [, y, m = '01', d = '01'] = PARTIAL.exec(value) ?? [];
  return `${y}-${m}-${d}`;
}

/** Last day a partial date can mean, YYYY-MM-DD. */
export function lastDay(value: string): string {
  const [, y, m, d] = PARTIAL.exec(value) ?? [];
  if (d) return value;
  const month = m ? Number(m) : 12;
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const countFormats = new Map<Lang, Intl.NumberFormat>();

export function formatCount(n: number, lang: Lang): string {
  let format = countFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang));
    countFormats.set(lang, format);
  }
  return format.format(n);
}

/** A country's name from its ISO 3166-1 code, in the UI language. */
export function countryName(iso2: string | null | undefined, lang: Lang): string {
  if (!iso2) return '';
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

/** A language's name from its ISO 639-1 code, in the UI language ("French", "français"). */
export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A number of days in words in the UI language ("4 months", "1 year 3 months"), never "1,754.5 days". */
export function formatDuration(days: number, lang: Lang): string {
  return new Intl.DurationFormat(localeOf(lang), { style: 'long' }).format(durationParts(days));
}
