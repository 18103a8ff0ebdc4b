import * as chrono from 'chrono-node';
import type { ReportLanguage } from './language.js';

/*
 * THE DATE RULE (one rule for every language; README "Reading press reports" says the same).
 *
 * 1. The reference day is the dateline's day; without one, the publication day (`published`, or a
 *    date line on top of the report); without either, the first full date the report writes.
 * 2. Relative words ("yesterday", "hier", "ayer", "gestern", "вчера", "вчора", "أمس", "dün", "today",
 *    "اليوم"…) count from the reference day. A dateline's day wins over the publication day: wire copy
 *    dated "12 May" and published on the 13th means the 11th by "yesterday".
 * 3. A bare weekday is the last such day on or before the reference for a meeting held, the next one
 *    on or after it for a meeting announced.
 * 4. A day without a year takes the year that puts it on or before the reference day (+1 day) for a
 *    meeting held, on or after it for one announced.
 *    A word beside the weekday that points ("last", "pasado", "dernier", "letzten", "минулого";
 *    "next", "próximo", "prochain", "kommenden", "наступного") overrides that guess; a weekday with
 *    a day number ("el miércoles 23", "mercredi 23", "Mittwoch, 23.") is that day of the month
 *    nearest the reference day that falls on that weekday.
 * 5. Written dates are read by chrono-node's parser of the report's language (en, fr, es, de, ru, uk,
 *    ar: Levantine and Egyptian month names, Arabic-Indic digits), with small rules where it has
 *    none: Turkish month names and dün/bugün/yarın, "накануне", "23.06.2011", and day ranges such as
 *    "12-13 June", "del 19 al 21 de julio", "vom 3. bis 5. Mai".
 */

/** A day a report mentions, read relative to the report's own day (its dateline or publication). */
export interface DateMention {
  text: string;
  index: number;
  date: string;
  /** last day of a range ("March 23-24") */
  end: string | null;
  /** "yesterday", "today", "on Tuesday": depends on the reference day */
  relative: boolean;
  /** only a weekday was given; the week is a guess */
  weekdayOnly: boolean;
  /** a weekday the text itself points back or forward: "el pasado lunes", "lundi prochain" */
  towards?: 'past' | 'future';
  yearGiven: boolean;
  /** "on the 4th": a day of the month with no month; the reference month is a guess */
  dayOnly?: boolean;
}

/**
 * chrono-node's parser per language. Turkish has none in chrono: its day-month-year dates are read
 * by the numeric and day-range rules below and its month names by TR_MONTHS.
 */
const PARSERS: Record<ReportLanguage, chrono.Chrono> = {
  en: chrono.en.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  de: chrono.de.casual,
  ar: chrono.ar.casual,
  tr: chrono.en.casual,
};

// chrono is the costly step: it runs only on text that has a word a date could be made of.
const DATE_CUE: Record<ReportLanguage, RegExp> = {
  en: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bon (?:the )?\d{1,2} ?(?:st|nd|rd|th)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|previous day|day before)\b|\b(?:last|next|this) (?:week|month|morning|afternoon|evening|night)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/i,
  ru: /(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[уае]|четверг|пятниц|суббот|воскресень|вчера|сегодня|завтра|позавчера|накануне|недел)|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}/i,
  uk: /(січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|вчора|учора|сьогодні|завтра|тиждень|тижня|напередодні)|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}/i,
  fr: /(janv|févr|fevr|mars|avril|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|demain|semaine|veille|ce matin|ce soir|cet apr[èe]s-midi)|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/i,
  es: /(ener|febr|marz|abril|mayo|junio|julio|agost|sept|setiem|octub|noviem|diciem|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|ayer|hoy|mañana|mediod[íi]a|semana|v[íi]spera)|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/i,
  de: /(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|morgen|woche|vortag)|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}/i,
  ar: /(يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|أمس|الیوم|اليوم|غدا)|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/iu,
  tr: /(ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|dün|bugün|yarın)|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/i,
};

const RELATIVE =
  /\b(yesterday|today|tomorrow|tonight|last|next|this)\b|вчера|сегодня|завтра|позавчера|прошл|следующ|эт[оа]й|вчора|сьогодні|наступн|минул|\b(hier|aujourd'hui|demain|dernier|dernière|prochain|prochaine|ayer|hoy|mañana|pasado|próximo|próxima|gestern|heute|morgen|letzte[nrs]?|nächste[nrs]?)\b|أمس|اليوم|غدا|الماضي|المقبل|القادم/iu;

export function hasDateCue(text: string, lang: ReportLanguage): boolean {
  return DATE_CUE[lang].test(text) || (lang !== 'en' && DATE_CUE.en.test(text));
}

/**
 * chrono is the costliest step, and the API reads each sentence twice (the extraction and the
 * highlighted annotation): the answers for the last sentences read are kept. The function is pure, so
 * a kept answer is the answer.
 */
const CACHE_SIZE = 4096;
const cache = new Map<string, DateMention[]>();

/**
 * "مساء الاثنين" (Monday evening): chrono's Arabic reads the pair as one phrase with no weekday and
 * files today. The time of day before a weekday is blanked out (same length, so that every index
 * stands) and the weekday is read alone.
 */
const AR_TIME_OF_DAY =
  /(?<![\p{L}])(?:مساء|صباح|ظهر|عصر|ليلة|فجر)(?=\s+(?:يوم\s+)?ال(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)(?![\p{L}]))/gu;

function maskArabicTimeOfDay(text: string): string {
  return text.replace(AR_TIME_OF_DAY, (m) => ' '.repeat(m.length));
}

/** Days mentioned in `text`; without a reference day only fully written dates are kept. */
export function findDates(text: string, lang: ReportLanguage, reference: string | null): DateMention[] {
  if (!hasDateCue(text, lang)) return [];
  const key = `${lang}|${reference ?? ''}|${text}`;
  const kept = cache.get(key);
  if (kept) return [...kept];
  const found = parseDates(text, lang, reference);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, found);
  return [...found];
}

function parseDates(text: string, lang: ReportLanguage, reference: string | null): DateMention[] {
  const mentions = [
    ...numericDates(text),
    ...dayRanges(text, reference),
    ...dayBefore(text, lang, reference),
    ...(lang === 'tr' ? turkishDates(text, reference) : []),
    ...localRanges(text, lang, reference),
    ...weekdayWithDay(text, lang, reference),
    ...(lang === 'en' ? ordinalDays(text, reference) : []),
  ];
  const instant = reference ? noonOf(reference) : new Date(Date.UTC(2000, 0, 1, 12));
  // A report in another language still quotes English dates ("Brussels, 12 May 2024 –").
  const parsed = PARSERS[lang].parse(lang === 'ar' ? maskArabicTimeOfDay(text) : text, {
    instant,
    timezone: 0,
  });
  if (lang !== 'en' && lang !== 'ru' && lang !== 'tr')
    parsed.push(...PARSERS.en.parse(text, { instant, timezone: 0 }));
  // chrono's French reads "la veille" alone as yesterday, also in "à la veille du sommet" (on the eve of).
  const eves = [...text.matchAll(EVE_OF)].map((m) => m.index);
  for (const r of parsed) {
    if (eves.some((at) => at <= r.index + r.text.length && r.index <= at + 20)) continue;
    const start = r.start;
    // "este mediodía", "this morning": a time of the reference day itself, which chrono leaves uncertain.
    const dayKnown =
      start.isCertain('day') || start.isCertain('weekday') || PART_OF_TODAY.test(r.text.trim());
    if (!dayKnown) continue;
    // "next week", "earlier this month": no day is said (chrono picks one), so none is filed.
    if (VAGUE_SPAN.test(r.text) && !/\d/.test(r.text) && !start.isCertain('weekday')) continue;
    // "une visite de deux jours", "for two days": a length of time, which chrono reads as "in two days".
    if (DURATION.test(r.text.trim())) continue;
    // "one day after taking office", "two weeks later": counted from another event, not from the
    // report's day, which chrono takes them from ("two days ago" is counted from the report's day).
    if (AFTER_ANOTHER_EVENT.test(r.text.trim())) continue;
    // "sat down for talks", "the sun": a weekday's abbreviation in lower case is the English word;
    // capitalized before a name, it is a name ("Vice Foreign Minister Sun Weidong").
    if (WEEKDAY_ABBREVIATION.test(r.text.trim())) continue;
    if (
      WEEKDAY_ABBREVIATION.test(r.text.trim().toLowerCase()) &&
      BEFORE_NAME.test(text.slice(r.index + r.text.length, r.index + r.text.length + 24))
    )
      continue;
    const leading = r.text.length - r.text.trimStart().length;
    const index = r.index + leading;
    // "María" read as "Mar" (martes) and "ía": chrono's word boundaries are ASCII, so a match that
    // stops inside a word of accented letters is a piece of that word.
    const trimmed = r.text.trimEnd();
    if (/\p{L}/u.test(text.charAt(r.index + trimmed.length)) && /\p{L}$/u.test(trimmed)) continue;
    if (/\p{L}/u.test(text.charAt(index - 1)) && /^\p{L}/u.test(r.text.trimStart())) continue;
    if (mentions.some((m) => index < m.index + m.text.length && m.index < index + r.text.length)) continue;
    const relative = RELATIVE.test(r.text) || !start.isCertain('day');
    const yearGiven = start.isCertain('year');
    if (!reference && (relative || !yearGiven)) continue;
    const end = r.end?.isCertain('day') ? componentsDay(r.end) : null;
    const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
    const towards = weekdayOnly ? pointedDirection(text, index, r.text.length) : undefined;
    mentions.push({
      text: r.text.trim().replace(/[,;.]+$/, ''),
      index,
      date: componentsDay(start),
      end: end && end !== componentsDay(start) ? end : null,
      relative,
      weekdayOnly,
      yearGiven,
      ...(towards ? { towards } : {}),
    });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

const PART_OF_TODAY =
  /^(?:est[ae] (?:mañana|tarde|noche|mediod[íi]a)|mediod[íi]a|ce (?:matin|soir)|cet apr[èe]s-midi|this (?:morning|afternoon|evening))$/iu;

const AFTER_ANOTHER_EVENT = /(?<![\p{L}])(?:days?|weeks?|months?) (?:after|later|before|earlier)$/iu;

const WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)$/;
/** A capitalized word after it that is no month: "Sun Weidong", not "Sat Jun 8". */
const BEFORE_NAME =
  /^\s\p{Lu}(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*(?![\p{L}]))\p{L}*/iu;

const VAGUE_SPAN =
  /(?<![\p{L}])(?:weeks?|weekend|months?|years?|недел\p{L}*|месяц\p{L}*|тижн\p{L}*|тиждень|місяц\p{L}*|semaine|mois|semana|mes|woche|monat)(?![\p{L}])/iu;

const DURATION =
  /^(?:de|d'|pour|for|of|durante|por|на|für)\s+\S+\s+(?:jours?|days?|d[íi]as?|semaines?|weeks?|semanas?|mois|months?|meses|дн\p{L}*|tage?n?)$/iu;

/** Words beside a weekday that say which week it is in: the past one or the coming one. */
const POINTS_BACK =
  /(?<![\p{L}])(?:last|past|pasad[oa]|[úu]ltim[oa]|derni(?:er|[èe]re)|pass[ée]e?|letzte[nmrs]?|vergangene[nmrs]?|минул\p{L}*|прошл\p{L}*|минувш\p{L}*)(?![\p{L}])/iu;
const POINTS_FORWARD =
  /(?<![\p{L}])(?:next|coming|pr[óo]xim[oa]|prochaine?|kommende[nmrs]?|n[äa]chste[nmrs]?|наступн\p{L}*|следующ\p{L}*|ближайш\p{L}*)(?![\p{L}])/iu;

/** "el pasado lunes", "lundi prochain", "am kommenden Montag": the direction the text gives, if any. */
function pointedDirection(text: string, index: number, length: number): 'past' | 'future' | undefined {
  const around = text.slice(Math.max(0, index - 16), index + length + 12);
  if (POINTS_BACK.test(around)) return 'past';
  if (POINTS_FORWARD.test(around)) return 'future';
  return undefined;
}

/** Weekday names (lower case, index 0 = Sunday) of the languages that write "miércoles 23". */
const WEEKDAYS: Partial<Record<ReportLanguage, string[]>> = {
  en: 'sunday monday tuesday wednesday thursday friday saturday'.split(' '),
  es: 'domingo lunes martes miércoles jueves viernes sábado'.split(' '),
  fr: 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' '),
  de: 'sonntag montag dienstag mittwoch donnerstag freitag samstag'.split(' '),
  ru: 'воскресенье понедельник вторник среду четверг пятницу субботу'.split(' '),
  uk: 'неділю понеділок вівторок середу четвер п’ятницю суботу'.split(' '),
};
const WEEKDAY_DAY = Object.fromEntries(
  Object.entries(WEEKDAYS).map(([lang, days]) => [
    lang,
    new RegExp(
      `(?<![\\p{L}])(${days.map((d) => d.replace('’', "['’]")).join('|')}),?\\s+(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?![\\d.:]|\\s*(?:de\\s+)?\\p{L}{3,}\\s+\\d{4})`,
      'giu',
    ),
  ]),
) as Partial<Record<ReportLanguage, RegExp>>;

/**
 * "el miércoles 23", "mercredi 23", "Wednesday 23rd": a weekday with a day number and no month is
 * that day of the reference month or of the month before or after, whichever falls on that weekday
 * and lies nearest the reference day. Followed by a month ("mercredi 23 août") it is chrono's.
 */
function weekdayWithDay(text: string, lang: ReportLanguage, reference: string | null): DateMention[] {
  const pattern = WEEKDAY_DAY[lang];
  const days = WEEKDAYS[lang];
  if (!pattern || !days || !reference) return [];
  const found: DateMention[] = [];
  const [year, month] = [Number(reference.slice(0, 4)), Number(reference.slice(5, 7))];
  for (const m of text.matchAll(pattern)) {
    // A month name right after the number makes it a full date chrono reads.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 14).toLowerCase();
    if (/^\s*(?:de\s+)?\p{L}{3,}/u.test(rest) && monthWord(rest, lang)) continue;
    const weekday = days.findIndex(
      (d) => d.replace('’', "'") === (m[1] ?? '').toLowerCase().replace('’', "'"),
    );
    const candidates = [-1, 0, 1]
      .map((k) =>
        isoDay(year + Math.floor((month - 1 + k) / 12), ((month - 1 + k + 12) % 12) + 1, Number(m[2])),
      )
      .filter((d): d is string => d !== null && noonOf(d).getUTCDay() === weekday);
    const nearest = candidates.sort(
      (a, b) =>
        Math.abs(noonOf(a).getTime() - noonOf(reference).getTime()) -
        Math.abs(noonOf(b).getTime() - noonOf(reference).getTime()),
    )[0];
    if (nearest)
      found.push({
        text: m[0],
        index: m.index,
        date: nearest,
        end: null,
        relative: true,
        weekdayOnly: false,
        yearGiven: true,
      });
  }
  return found;
}

function monthWord(rest: string, lang: ReportLanguage): boolean {
  const word = /\p{L}{3,}/u.exec(rest)?.[0] ?? '';
  const months = LOCAL_MONTHS[lang] ?? MONTHS;
  return months.some((mo) => word.startsWith(mo.slice(0, 3)));
}

/**
 * "on the 4th", "on 4 th": a day of the month alone, which chrono skips. It is that day of the
 * reference month; the meeting's reading moves it a month back or forth (see meetings.ts dateOf).
 */
const ORDINAL_DAY =
  /(?<![\p{L}\d])on (?:the )?(\d{1,2}) ?(?:st|nd|rd|th)(?![\p{L}\d])(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s*(?:day|anniversary|session|round|meeting|summit))/giu;

function ordinalDays(text: string, reference: string | null): DateMention[] {
  if (!reference) return [];
  const found: DateMention[] = [];
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const date = isoDay(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)), Number(m[1]));
    if (date)
      found.push({
        text: m[0],
        index: m.index,
        date,
        end: null,
        relative: true,
        weekdayOnly: false,
        yearGiven: true,
        dayOnly: true,
      });
  }
  return found;
}

/** "23.06.2011" and "2011-06-23", which chrono reads month-first or not at all. */
function numericDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const [y, mo, d] = m[1] ? [m[3], m[2], m[1]] : [m[4], m[5], m[6]];
    const date = isoDay(Number(y), Number(mo), Number(d));
    if (date)
      found.push({
        text: m[0],
        index: m.index,
        date,
        end: null,
        relative: false,
        weekdayOnly: false,
        yearGiven: true,
      });
  }
  return found;
}

// "Накануне Лавров провел…" is the day before; "накануне визита" (on the eve of the visit) is no date.
// The same words in the other languages: "la víspera", "la veille", "напередодні", "am Vortag",
// "the previous day" — but "en vísperas de", "à la veille du", "напередодні візиту" are no dates.
const EVE_OF = /(?<![\p{L}])(?:la veille|la v[íi]spera|en v[íi]speras)\s+(?:de|du|des|d'|del)(?![\p{L}])/giu;
const DAY_BEFORE: Partial<Record<ReportLanguage, RegExp>> = {
  ru: /(?<![\p{L}])накануне(?![\p{L}])(?!\s+[а-яё]+(?:а|я|и|ы|ов|ев|ей|ий)(?![\p{L}]))/iu,
  uk: /(?<![\p{L}])напередодні(?![\p{L}])(?!\s+[а-яіїєґ']+(?:а|я|и|і|ї|у|ю|ів|ого|ої)(?![\p{L}]))/iu,
  es: /(?<![\p{L}])la v[íi]spera(?![\p{L}])(?!\s+de(?![\p{L}]))/iu,
  fr: /(?<![\p{L}])la veille(?![\p{L}])(?!\s+(?:de|du|des|d'|au)(?![\p{L}]))/iu,
  de: /(?<![\p{L}])am vortag(?![\p{L}])(?!\s+(?:de[rs]|von)(?![\p{L}]))/iu,
  en: /(?<![\p{L}])(?:the (?:previous|preceding) day|the day before|last (?:night|evening|afternoon))(?![\p{L}])(?!\s+(?:the|his|her|their|a)(?![\p{L}]))/iu,
};

/**
 * Relative days chrono cannot read or misreads: Turkish "dün", "bugün", "yarın" (no Turkish parser);
 * Ukrainian "учора", the spelling of "вчора" after a vowel or at a sentence's start; Spanish
 * "anteayer"/"antier" and French "avant-hier" (the day before yesterday, which chrono's French reads
 * as its last word, "hier"), and their forward twins. A day counted from the reference day.
 */
const RELATIVE_DAYS: Partial<Record<ReportLanguage, { pattern: RegExp; offset: Record<string, number> }>> = {
  tr: { pattern: /(?<![\p{L}])(dün|bugün|yarın)(?![\p{L}])/iu, offset: { dün: -1, bugün: 0, yarın: 1 } },
  uk: { pattern: /(?<![\p{L}])(учора|позаучора)(?![\p{L}])/iu, offset: { учора: -1, позаучора: -2 } },
  es: {
    pattern: /(?<![\p{L}])(anteayer|antier|pasado mañana)(?![\p{L}])/iu,
    offset: { anteayer: -2, antier: -2, 'pasado mañana': 2 },
  },
  fr: {
    pattern: /(?<![\p{L}])(avant-hier|après-demain)(?![\p{L}])/iu,
    offset: { 'avant-hier': -2, 'après-demain': 2 },
  },
};

function dayBefore(text: string, lang: ReportLanguage, reference: string | null): DateMention[] {
  const words = RELATIVE_DAYS[lang];
  const said = words && reference ? words.pattern.exec(text) : null;
  if (said && reference && words) {
    const offset = words.offset[(said[1] ?? '').toLocaleLowerCase(lang)] ?? 0;
    return [
      {
        text: said[0],
        index: said.index,
        date: addDays(reference, offset),
        end: null,
        relative: true,
        weekdayOnly: false,
        yearGiven: true,
      },
    ];
  }
  const m = reference ? (DAY_BEFORE[lang]?.exec(text) ?? null) : null;
  if (!m || !reference) return [];
  return [
    {
      text: m[0],
      index: m.index,
      date: addDays(reference, -1),
      end: null,
      relative: true,
      weekdayOnly: false,
      yearGiven: true,
    },
  ];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_RANGE =
  /\b(\d{1,2})(?:\s?[-–]\s?|\s(?:and|to)\s)(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b/gi;

/** "12-13 June", "25 and 26 March 2019": ranges written day-first, which chrono misses. */
function dayRanges(text: string, reference: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DAY_RANGE)) {
    const year = m[4] ? Number(m[4]) : reference ? Number(reference.slice(0, 4)) : null;
    if (!year) continue;
    const month = MONTHS.indexOf((m[3] ?? '').toLowerCase()) + 1;
    const date = isoDay(year, month, Number(m[1]));
    const end = isoDay(year, month, Number(m[2]));
    if (date && end && end > date) {
      found.push({
        text: m[0],
        index: m.index,
        date,
        end,
        relative: false,
        weekdayOnly: false,
        yearGiven: Boolean(m[4]),
      });
    }
  }
  return found;
}

/**
 * Month names of the languages whose day ranges chrono misses ("del 19 al 21 de julio", "vom 3. bis 5.
 * Mai", "17 и 18 февраля").
 */
const LOCAL_MONTHS: Partial<Record<ReportLanguage, string[]>> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  de: 'januar februar märz april mai juni juli august september oktober november dezember'.split(' '),
  // "17 и 18 февраля", "з 5 по 7 березня": the genitive, as a day is written before its month.
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  uk: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' '),
};
const LOCAL_RANGE = Object.fromEntries(
  Object.entries(LOCAL_MONTHS).map(([lang, months]) => [
    lang,
    new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})(?:er|\\.)?\\s*(?:-|–|al|au|a|bis|y|et|und|и|по|та|і|й)\\s*(?:el\\s+|le\\s+)?(\\d{1,2})\\.?\\s+(?:de\\s+)?(${months.join('|')}|setiembre)(?:\\s+(?:de\\s+)?(\\d{4}))?`,
      'giu',
    ),
  ]),
) as Partial<Record<ReportLanguage, RegExp>>;

function localRanges(text: string, lang: ReportLanguage, reference: string | null): DateMention[] {
  const pattern = LOCAL_RANGE[lang];
  const months = LOCAL_MONTHS[lang];
  if (!pattern || !months) return [];
  const found: DateMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const year = m[4] ? Number(m[4]) : reference ? Number(reference.slice(0, 4)) : null;
    const word = (m[3] ?? '').toLowerCase();
    const month = word === 'setiembre' ? 9 : months.indexOf(word) + 1;
    const date = year ? isoDay(year, month, Number(m[1])) : null;
    const end = year ? isoDay(year, month, Number(m[2])) : null;
    if (date && end && end > date)
      found.push({
        text: m[0],
        index: m.index,
        date,
        end,
        relative: false,
        weekdayOnly: false,
        yearGiven: Boolean(m[4]),
      });
  }
  return found;
}

const TR_MONTHS = [
  'ocak',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık',
];
const TR_DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${TR_MONTHS.join('|')})(?:\\s+(\\d{4}))?`, 'giu');

/** "12 Mayıs 2024", "12 Mayıs'ta": Turkish day-month dates, which chrono has no parser for. */
function turkishDates(text: string, reference: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(TR_DATE)) {
    const year = m[3] ? Number(m[3]) : reference ? Number(reference.slice(0, 4)) : null;
    const date = year
      ? isoDay(year, TR_MONTHS.indexOf((m[2] ?? '').toLocaleLowerCase('tr')) + 1, Number(m[1]))
      : null;
    if (date)
      found.push({
        text: m[0],
        index: m.index,
        date,
        end: null,
        relative: false,
        weekdayOnly: false,
        yearGiven: Boolean(m[3]),
      });
  }
  return found;
}

function componentsDay(c: chrono.ParsedComponents): string {
  return isoDay(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0) ?? '';
}

export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function noonOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function addDays(day: string, days: number): string {
  const d = noonOf(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A bare weekday names the last such day for what happened and the next one for what is planned. */
export function weekdayTowards(
  mention: DateMention,
  reference: string,
  direction: 'past' | 'future',
): string {
  let date = mention.date;
  if (direction === 'past') while (date > reference) date = addDays(date, -7);
  else while (date < reference) date = addDays(date, 7);
  return date;
}
