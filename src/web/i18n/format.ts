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
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric' }
    : m
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: 'UTC' }).format(date);
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

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
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
