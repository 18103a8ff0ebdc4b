import { findDates } from './dates.js';
import type { CompiledGazetteer } from './gazetteer.js';
import type { ReportLanguage } from './language.js';
import { type Language, titleCase, tokenize } from './text.js';

export interface Dateline {
  place: string | null;
  country: string | null;
  date: string | null;
  outlet: string | null;
}

/** A report cut into what precedes the story (headline, date line) and the story itself. */
export interface Layout {
  dateline: Dateline;
  /** a line on top that is only a date ("23 Jun. 2011", "Published: 23.06.2011") */
  headerDate: string | null;
  body: string;
  bodyOffset: number;
}

// The dateline ends at a dash, at TASS's "/ТАСС/." or at RIA's "- РИА Новости.", or after the
// outlet's parenthesis: "ISLAMABAD, June 12 (APP):", "La Habana, 12 jun (Prensa Latina) El canciller",
// or at the colon after the place and perhaps its day ("TEHRAN: Iranian President…", "Kathmandu, 12
// June 2024: Foreign Minister…").
const SEPARATOR =
  /\s[—–-]{1,2}\s?|[—–]\s?|(?<=[)\p{L}\d])\.[—–-]{1,2}\s?|\s?\/[\p{Lu}][\p{L} -]{1,24}\/\.?\s?|\s?\.\s?\/\s?[\p{Lu}]{2,}\s?\/\s?\.?\s?|(?<=\))\s?:\s?|(?<=\([^()]{2,30}\))\s+(?=\p{Lu})|(?<=^\p{Lu}[\p{L} .'-]{1,30}(?:,[^:\n]{0,30}\d)?):\s/u;
const OUTLET_AFTER_DASH =
  /^\s*(РИА Новости|ИНТЕРФАКС|Интерфакс|Sputnik|Спутник|ТАСС|Trend|AKIpress|Kazinform|КАЗИНФОРМ|Азия-Плюс|Asia-Plus|Reuters|AFP|AP|Xinhua)[.:]?\s*/u;
// "Кабар. Министр…", "REPORT.AZ/ Azerbaijan's…": an outlet's name standing alone after the date.
const OUTLET_WORD = /^\s*(\p{Lu}[\p{L}\d-]{2,}(?:\.[\p{L}]{2,})?)[./]\s+(?=\p{Lu})/u;
const MAX_HEAD = 110;
const HEADER_LINES = 8;

export function readLayout(
  text: string,
  lang: Language,
  published: string | null,
  g: CompiledGazetteer,
  /** the report's own language, for its dates; the rule set's by default */
  dates: ReportLanguage = lang,
): Layout {
  const lines = text.split('\n');
  let offset = 0;
  let headerDate: string | null = null;
  // A headline, "Source:", "Date:" and "URL:" lines may come before the story.
  for (let i = 0, seen = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i] ?? '';
    if (line.trim()) seen++;
    const found = parseDatelineLine(line, lang, published ?? headerDate, g, text, dates);
    if (found) {
      const bodyOffset = offset + found.bodyStart;
      return { dateline: found.dateline, headerDate, body: text.slice(bodyOffset), bodyOffset };
    }
    const onlyDate = dateOnlyLine(line, dates);
    if (onlyDate) headerDate = headerDate ?? onlyDate;
    else if (line.trim() && !isHeadline(line, lines[i + 1])) break;
    offset += line.length + 1;
  }
  // No dateline: skip the headline and date lines on top, keep the rest as the story.
  let start = 0;
  for (let i = 0, seen = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i] ?? '';
    if (line.trim()) seen++;
    if (line.trim() && !dateOnlyLine(line, dates) && !isHeadline(line, lines[i + 1])) break;
    start += line.length + 1;
  }
  if (start >= text.length) start = 0;
  return {
    dateline: { place: null, country: null, date: null, outlet: null },
    headerDate,
    body: text.slice(start),
    bodyOffset: start,
  };
}

function parseDatelineLine(
  line: string,
  lang: Language,
  reference: string | null,
  g: CompiledGazetteer,
  fullText: string,
  dates: ReportLanguage = lang,
): { dateline: Dateline; bodyStart: number } | null {
  const head = line.slice(0, MAX_HEAD + 20);
  const dash = SEPARATOR.exec(head);
  // "عمان 12 آذار (بترا) -": the place ends where the day begins.
  const placeText =
    /^[^,.(/\d٠-٩]+/u.exec(dash && dash.index > 0 ? head.slice(0, dash.index) : head)?.[0].trim() ?? '';
  if (!placeText || placeText.split(' ').length > 4 || !/^[\p{Lu}\p{Script=Arabic}]/u.test(placeText))
    return null;
  const known = g.places.matchAt(tokenize(placeText), 0);
  const allCaps = placeText === placeText.toUpperCase() && /\p{Lu}/u.test(placeText);
  // A place the lists do not know ("Nouakchott, 5 mars (AMI) -") is a dateline when a day follows it.
  const unknownPlace = !known && !allCaps;
  if (unknownPlace && placeText.split(' ').length > 2) return null;
  const byDash = dash !== null && dash.index > 0 && dash.index <= MAX_HEAD;
  const sep = byDash ? dash : periodAfterDate(head, dates, reference);
  if (!sep) return null;
  const before = line.slice(0, sep.index).trim();
  const rest = before.slice(placeText.length);
  const date = readDatelineDate(rest, dates, reference, fullText);
  const outlet = outletOf(rest, sep[0]);
  if (!known && !date && !outlet) return null;
  if (unknownPlace && !date) return null;
  let bodyStart = sep.index + sep[0].length;
  const after =
    OUTLET_AFTER_DASH.exec(line.slice(bodyStart)) ??
    (byDash ? null : OUTLET_WORD.exec(line.slice(bodyStart)));
  if (after) bodyStart += after[0].length;
  return {
    dateline: {
      place: known ? known.value.city : titleCase(placeText),
      country: known ? known.value.country : null,
      date,
      outlet: outlet ?? after?.[1] ?? null,
    },
    bodyStart,
  };
}

/** "ASHGABAT, 28 September. Minister…", "Baku. 5 March. REPORT.AZ/ …": the first period after a date ends it. */
function periodAfterDate(
  head: string,
  lang: ReportLanguage,
  reference: string | null,
): RegExpExecArray | null {
  for (const m of head.matchAll(/\.\s/g)) {
    if (m.index > 60) break;
    if (findDates(head.slice(0, m.index), lang, reference ?? '2000-01-01').length)
      return m as RegExpExecArray;
  }
  return null;
}

/** The dateline's day; a day without a year takes the year of the publication date or of the text. */
function readDatelineDate(
  rest: string,
  lang: ReportLanguage,
  reference: string | null,
  fullText: string,
): string | null {
  const ref = reference ?? latestYearIn(fullText);
  const mention = findDates(rest, lang, ref).find((m) => !m.relative);
  return mention?.date ?? null;
}

function latestYearIn(text: string): string | null {
  let latest = 0;
  for (const m of text.matchAll(/\b(19[89]\d|20[0-4]\d)\b/g)) latest = Math.max(latest, Number(m[1]));
  return latest ? `${latest}-07-01` : null;
}

function outletOf(rest: string, separator: string): string | null {
  const bracketed = /[(/]\s*([^)/]+?)\s*[)/]/.exec(`${rest}${separator}`)?.[1];
  if (bracketed) return bracketed;
  const segments = rest.split(/[,.]/).map((s) => s.trim());
  const last = segments[segments.length - 1];
  if (!last || /\d/.test(last) || !/^\p{Lu}[\p{L} -]+$/u.test(last)) return null;
  return segments.length > 2 || last === last.toUpperCase() ? last : null;
}

function dateOnlyLine(line: string, lang: ReportLanguage): string | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 70) return null;
  const mention =
    findDates(trimmed, lang, null)[0] ?? (lang !== 'en' ? findDates(trimmed, 'en', null)[0] : undefined);
  if (!mention) return null;
  const leftover = trimmed
    .replace(mention.text, ' ')
    .replace(/\b(published|date|updated|last updated|posted|опубликовано|дата|обновлено)\b:?/gi, ' ')
    .replace(/\d{1,2}:\d{2}|\b[ap]\.?m\.?\b|[|,:\-–—]/gi, ' ')
    .trim();
  return leftover.split(/\s+/).filter(Boolean).length <= 3 ? mention.date : null;
}

function isHeadline(line: string, next: string | undefined): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 160 && !/[.!?:;]$/.test(t) && next !== undefined;
}
