import i18next, { type TFunction } from 'i18next';
import { durationParts } from '../../../domain/core/duration.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

/**
 * The server's words: documents (briefing pack, programme documents) and API messages, in the three
 * languages of the web app. Composed from i18next templates, never by concatenating English.
 */
export const DOC_LANGS = ['en', 'fr', 'ru'] as const;
export type DocLang = (typeof DOC_LANGS)[number];

const LOCALES: Record<DocLang, string> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU' };

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, fr: { translation: fr }, ru: { translation: ru } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...DOC_LANGS],
  initAsync: false,
  interpolation: { escapeValue: false }, // the renderers escape
  returnNull: false,
});

export function isDocLang(value: unknown): value is DocLang {
  return DOC_LANGS.includes(value as DocLang);
}

export function translator(lang: DocLang): TFunction {
  return instance.getFixedT(lang);
}

/** Whether a key has a translation (else a caller falls back to a value it can show as is). */
export function hasLabel(lang: DocLang, key: string): boolean {
  return instance.exists(key, { lng: lang });
}

/** The best of en/fr/ru for an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"), English otherwise. */
export function langOf(acceptLanguage: string | undefined | null): DocLang {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((r) => r.lang).find(isDocLang) ?? 'en';
}

export const localeOf = (lang: DocLang) => LOCALES[lang];

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRECISIONS = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A partial date (1992, 1992-03, 1992-03-10) as precisely as it is known, the way the language writes it. */
export function formatDate(value: string | null | undefined, lang: DocLang): string {
  if (!value) return '';
  const match = PARTIAL.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  if (date.toISOString().slice(0, value.length) !== value) return value;
  const precision = d ? 'day' : m ? 'month' : 'year';
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...PRECISIONS[precision], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

// Intl.DurationFormat is in Node 23+ (V8 12.9) but not yet in TypeScript's library.
declare global {
  namespace Intl {
    class DurationFormat {
      constructor(locale: string, options: { style: 'long' | 'short' | 'narrow' });
      format(duration: { years?: number; months?: number; weeks?: number; days?: number }): string;
    }
  }
}

/**
 * A number of days as a person says it: "4 months", "1 year, 2 months", "12 days" — rounded to the
 * largest two units that matter, since "1,754.5 days" tells a reader nothing at a glance.
 */
export function formatDays(days: number, lang: DocLang): string {
  return new Intl.DurationFormat(LOCALES[lang], { style: 'long' }).format(durationParts(days));
}

/** A list joined the way the language joins one ("A, B and C", "A, B et C", "A, B и C"). */
export function formatList(items: string[], lang: DocLang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}
