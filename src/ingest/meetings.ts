import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { MeetingKind, Side } from '../schemas/dialogue/report.schema.js';
import {
  ANAPHOR,
  ATTENDANCE,
  BACKGROUND,
  DEFINITE_PERSON,
  GATHERING,
  HOST_VERB,
  KIND_CUES,
  PLANNED,
  PRONOUN_SUBJECT,
  THE_MEETING,
  TOPICAL,
} from './cues.js';
import { addDays, type DateMention, findDates, isoDay, weekdayTowards } from './dates.js';
import type { ReportLanguage } from './language.js';
import { assignSides, bystanders, type KeyedMention } from './participants.js';
import { BRACKETED_AFFILIATION } from './person-names.js';
import type { Sentence } from './sentences.js';
import type { Language, Token } from './text.js';
import { spelledTitle } from './titles.js';

/** What one sentence says about meetings, read once and used by the assembly below. */
export interface AnalyzedSentence {
  sentence: Sentence;
  lang: Language;
  tokens: Token[];
  mentions: KeyedMention[];
  /** the people taking part: mentions minus those only sending greetings or quoted */
  participants: string[];
  kind: MeetingKind | null;
  /** a meeting told and denied ("did not meet X"), the protocol of an arrival at the airport, or who
   * accompanies a visitor ("ويرافق … وفد"): nobody of it takes part on its word */
  denied: boolean;
  cueIndex: number;
  planned: boolean;
  background: boolean;
  anaphor: boolean;
  topical: boolean;
  attendance: boolean;
  pronoun: boolean;
  /** the day an English lead sentence with no meeting word gives ("X and Y on Tuesday agreed to …") */
  leadDate?: AnalyzedSentence['date'];
  date: { day: string; end: string | null; text: string } | null;
}

export interface Reference {
  day: string | null;
  lang: Language;
  /** the report's own language, for its dates; the rule set's when absent */
  dates?: ReportLanguage;
}

const BACKGROUND_YEAR = /(?<![\p{L}])(?:in|since|by|until|в|с|до)\s+((?:19|20)\d\d)(?!\d)/giu;

export function analyzeSentence(
  sentence: Sentence,
  tokens: Token[],
  mentions: KeyedMention[],
  ref: Reference,
): AnalyzedSentence {
  const { lang } = ref;
  const text = sentence.text;
  const airport = lang === 'en' && AIRPORT_WELCOME.test(text);
  let cue = airport
    ? null
    : (kindOf(text, lang) ??
      jointDiscussion(text, mentions, lang) ??
      frontedCounterpart(text, mentions, lang));
  // "he did not hold any meeting with X", "could not visit": a meeting denied is none.
  const negated =
    cue !== null && lang === 'en' && NEGATED.test(text.slice(Math.max(0, cue.index - 40), cue.index));
  if (negated) cue = null;
  // "ويرافق السلطان خلال زيارته وفد يضم …": who accompanies a visitor, told of the visit, is no
  // meeting of their own (and no participant unless a sentence says they took part).
  const accompanying = ACCOMPANYING.test(text);
  if (accompanying) cue = null;
  const anaphor = ANAPHOR[lang].test(text);
  const excluded = cue ? bystanders(text, mentions, lang, cue.index, cue.kind) : new Set<string>();
  const participants = [...new Set(mentions.map((m) => m.key).filter((k) => !excluded.has(k)))];
  const plannedMatch = PLANNED[lang].exec(text);
  let planned = Boolean(cue && plannedMatch && plannedMatch.index <= cue.index + 30);
  const date = cue || anaphor ? dateOf(text, ref, planned, cue?.index ?? -1) : null;
  if (
    date &&
    ref.day &&
    date.day > ref.day &&
    !/yesterday|вчера|позавчера|last|прошл|вчора|hier|ayer|gestern|أمس|dün/iu.test(date.text)
  )
    planned = true;
  return {
    sentence,
    lang,
    tokens,
    mentions,
    participants,
    kind: cue?.kind ?? null,
    denied: airport || negated || accompanying,
    cueIndex: cue?.index ?? -1,
    planned,
    background: isBackground(text, ref, date?.day ?? null),
    anaphor,
    topical: TOPICAL[lang].test(text),
    attendance: ATTENDANCE[lang].test(text),
    pronoun: PRONOUN_SUBJECT[lang].test(text),
    date,
    leadDate: !cue && !anaphor && lang === 'en' && LEAD_DAY.test(text) ? dateOf(text, ref, false, -1) : null,
  };
}

/** "on Tuesday", "yesterday", "on June 12": words that may date a lead sentence (a cheap test first). */
const LEAD_DAY =
  /(?<![\p{L}])(?:(?:on|last|this)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|night|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|yesterday|today)/iu;

/** A negation right before the meeting word: "did not hold any", "could not", "held no" ("not only" is none). */
const NEGATED =
  /(?<![\p{L}])(?:did not|didn't|does not|doesn't|do not|don't|could not|couldn't|will not|won't|would not|wouldn't|cannot|can't|never|no)\s+(?:(?!only(?![\p{L}]))[\p{L}-]+\s+){0,2}$/iu;

/** The kind of meeting a sentence reports, and where its word is; null when it reports none. */
export function kindOf(text: string, lang: Language): { kind: MeetingKind; index: number } | null {
  for (const { kind, pattern } of KIND_CUES[lang]) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (kind === 'conference' && !GATHERING[lang].test(text)) continue;
    if (kind === 'meeting' && /meeting/i.test(m[0]) && GATHERING[lang].test(text) && !/\bmet\b/i.test(text)) {
      return { kind: 'conference', index: m.index };
    }
    return { kind, index: m.index };
  }
  return null;
}

/**
 * "Ранее 23 октября сообщалось, что…": Russian and Ukrainian wires open with "earlier" the news of
 * the last days too. With a day written in the sentence no more than a week before the report, the
 * word alone does not make it background.
 */
const EARLIER = /(?<![\p{L}])(?:ранее|раніше)(?![\p{L}])/giu;
const RECENT_DAYS = 7;
export const EARLIER_OPENING = /^\s*(?:ранее|раніше)(?![\p{L}])/iu;

/**
 * "was received on arrival at the Bandaranaike International Airport by Foreign Secretary X": the
 * protocol of an arrival, not a meeting; those who wait at the airport are not filed.
 */
const AIRPORT_WELCOME =
  /(?:received|welcomed|greeted|seen off|met)(?: on (?:arrival|departure))? at (?:the )?(?:[\p{Lu}][\p{L}'-]* ){0,5}(?:international )?(?:airport|airbase|air base)/iu;

/**
 * "During the conversation, Sheikh Abdullah and Hossein Amirabdollahian discussed …", "the minister
 * and the Ethiopian Ambassador, X, discussed …": two people who discussed together met, though no
 * meeting word is written. The discussion verb stands for the meeting.
 */
function jointDiscussion(
  text: string,
  mentions: readonly KeyedMention[],
  lang: Language,
): { kind: MeetingKind; index: number } | null {
  if (lang !== 'en') return null;
  const verb = TOPICAL.en.exec(text);
  if (!verb || !/^(?:discuss|review|exchang|talked)/i.test(verb[0])) return null;
  const subject = text.slice(0, verb.index);
  const named = mentions.filter((m) => m.mention.end <= verb.index);
  if (named.length === 0 || !/\sand\s/.test(subject) || /[.;:]\s/.test(subject)) return null;
  // The subject ends right before the verb: "X and Y (also) discussed", "X and the envoy, Y, discussed".
  if (!/(?:,|\p{L})\s+(?:also\s+|then\s+|further\s+)?$/u.test(subject)) return null;
  const people = new Set(named.map((m) => m.key));
  return people.size >= 2 || DEFINITE_PERSON.en.test(subject) ? { kind: 'meeting', index: verb.index } : null;
}

/**
 * "With his Egyptian counterpart, Sameh Shoukry, Jaishankar took stock of …": a round-up of
 * bilaterals fronts each counterpart with "with" and gives no meeting word. Two people named, the one
 * fronted and the subject after him, met.
 */
const FRONTED_COUNTERPART =
  /^(?:with|also with|and with)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:counterparts?|hosts?|guests?)\s*,?\s*/iu;

function frontedCounterpart(
  text: string,
  mentions: readonly KeyedMention[],
  lang: Language,
): { kind: MeetingKind; index: number } | null {
  if (lang !== 'en') return null;
  const front = FRONTED_COUNTERPART.exec(text);
  if (!front) return null;
  return new Set(mentions.map((m) => m.key)).size >= 2 ? { kind: 'meeting', index: 0 } : null;
}

/** "visited Tajikistan in 2003", "с 2015 года": a year before the report's, told as a time. */
export function tellsEarlierYear(text: string, day: string | null): boolean {
  if (!day) return false;
  const year = Number(day.slice(0, 4));
  for (const m of text.matchAll(BACKGROUND_YEAR)) if (Number(m[1]) < year) return true;
  return false;
}

function isBackground(text: string, ref: Reference, day: string | null): boolean {
  const recent = day !== null && ref.day !== null && day >= addDays(ref.day, -RECENT_DAYS);
  // "Ранее Лавров провел переговоры с Тиллерсоном": a sentence opening with "earlier" tells a past
  // meeting of its own, which the report says happened and is filed (no day: none is guessed).
  const background = recent ? text.replace(EARLIER, ' ') : text.replace(EARLIER_OPENING, ' ');
  if (BACKGROUND[ref.lang].test(background)) return true;
  if (tellsEarlierYear(text, ref.day)) return true;
  // An older meeting with its day written ("on 04 August" told in October, "18 апреля Кальюлайд
  // побывала в Москве" told in December) is still one the report says happened, and filed: its age
  // alone makes no background, in either rule set.
  return false;
}

/** The sentence's day: "today (20 March 2024)" is read from the date in brackets. */
function dateOf(text: string, ref: Reference, planned: boolean, cueIndex: number): AnalyzedSentence['date'] {
  const mentions = findDates(text, ref.dates ?? ref.lang, ref.day).filter(
    (m) =>
      !reportedOn(text, m) &&
      !(ref.lang === 'en' && earlierClause(text, m, cueIndex)) &&
      !(m.index < cueIndex && PRIOR_TO_EVENT.test(text.slice(Math.max(0, m.index - 80), m.index))) &&
      !OTHER_EVENT.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
      !inDatelineBrackets(text, m),
  );
  let chosen: DateMention | undefined = mentions[0];
  if (!chosen) return null;
  // "today (20 March 2024)", "on Monday and Tuesday, 25 and 26 March": the written date wins.
  const written = mentions.find((m) => !m.relative && m.index > (chosen as DateMention).index);
  if (chosen.relative && written && written.index - (chosen.index + chosen.text.length) <= 40)
    chosen = written;
  let day = chosen.date;
  if (chosen.weekdayOnly && ref.day)
    day = weekdayTowards(chosen, ref.day, chosen.towards ?? (planned ? 'future' : 'past'));
  else if (chosen.dayOnly && ref.day) {
    // "on the 28th" told on the 3rd happened last month; announced on the 28th for the 3rd, next month.
    if (!planned && day > addDays(ref.day, 1)) day = shiftMonth(day, -1) ?? day;
    if (planned && day < ref.day) day = shiftMonth(day, 1) ?? day;
  } else if (!chosen.yearGiven && ref.day) {
    // Told as done, a day without a year is last year's when this year's is still ahead ("18 April"
    // told in December), unless it is weeks away at most: "23 March" told on 19 March is a meeting to
    // come, whatever the verb, not one of a year ago.
    if (!planned && day > addDays(ref.day, 1) && daysBetween(ref.day, day) > SOON_DAYS)
      day = shiftYear(day, -1);
    if (planned && day < ref.day) day = shiftYear(day, 1);
  }
  const shift = Number(day.slice(0, 4)) - Number(chosen.date.slice(0, 4));
  const end = chosen.end && !chosen.weekdayOnly ? shiftYear(chosen.end, shift) : null;
  return { day, end, text: chosen.text };
}

const ACCOMPANYING = /^[وف]?(?:يرافق|رافق|يرافقه|رافقه)(?![\p{L}])/u;

/**
 * "…, the ministry spokesman said on Thursday", "disclosed this in a statement on Sunday": the day a
 * source spoke, not the day of the meeting it speaks of.
 */
const REPORTING_VERB =
  /(?<![\p{L}])(?:said|says|told (?:\p{L}+ ){0,2}|announced|disclosed|stated|reported|added|noted|posted|tweeted|wrote|confirmed|briefed (?:\p{L}+ ){0,2}|(?:in )?an? (?:\p{L}+ )?(?:statement|press release|post|briefing)(?: issued| released| posted)?)\s*$/iu;

/**
 * "after the new government assumed office on 22 September", "la présidentielle du 30 décembre": the
 * day of an event told as background.
 */
const OTHER_EVENT =
  /(?:(?:assumed|took|taking|assuming) (?:office|over|charge)|came to power|(?:was|were) (?:elected|appointed|sworn in|inaugurated)|took the oath|(?:elections?|polls?|vote|referendum|pr[ée]sidentielle|[ée]lections?|scrutin|l[ée]gislatives|r[ée]f[ée]rendum|elecci[óo]n(?:es)?|comicios|votaci[óo]n|refer[ée]ndum)(?: (?:pr[ée]sidentielles?|l[ée]gislatives|presidencial(?:es)?|legislativas|presidential|parliamentary|general))? (?:of|on|held on|du|de la|des|del|de)\s*(?:la |le )?)\s*$/iu;

/**
 * "NEW DELHI (UrduPoint News / Sputnik - 10th September, 2020) Indian External Affairs Minister …": a
 * dateline in brackets at the head of a sentence dates the copy, not the meeting.
 */
function inDatelineBrackets(text: string, m: DateMention): boolean {
  // "New York [USA], Sept 27 (ANI): Minister X on Thursday met …": a wire dateline run into the first
  // sentence, the agency in brackets and a colon or dash after the day, dates the copy too.
  const after = text.slice(m.index + m.text.length, m.index + m.text.length + 40);
  if (m.index < 60 && /^\s*\([^()]{1,30}\)\s*[:–—-]/u.test(after)) return true;
  const open = text.lastIndexOf('(', m.index);
  // Cut at the dash inside the brackets, the sentence opens with the date and its closing bracket.
  if (open < 0)
    return (
      m.index < 40 && /^[\s,.]*\)/.test(text.slice(m.index + m.text.length, m.index + m.text.length + 8))
    );
  if (open > 80 || text.slice(open, m.index).includes(')')) return false;
  return /^\([^)]*\p{Lu}[^)]*(?:\s[-–—/]\s|\/)/u.test(text.slice(open, m.index));
}

/**
 * "Our first in-person meeting after we had a very warm conversation on Thursday": a day inside an
 * "after/since/following we …" clause that comes after the meeting word dates the earlier event, not
 * the meeting. ("After they met on Thursday, …" opens with the clause and keeps its day.)
 */
const EARLIER_CLAUSE =
  /(?<![\p{L}])(?:after|since|following)\s+(?:we|they|he|she|i|the two|both)\s+[^,.;:]*$/iu;

function earlierClause(text: string, m: DateMention, cueIndex: number): boolean {
  if (cueIndex < 0 || m.index <= cueIndex) return false;
  const clause = EARLIER_CLAUSE.exec(text.slice(Math.max(cueIndex, m.index - 80), m.index));
  return clause !== null;
}

export function reportedOn(text: string, m: DateMention): boolean {
  // "said on Thursday", "said late Thursday": the little word may sit on either side of the mention's start.
  const before = text
    .slice(Math.max(0, m.index - 60), m.index)
    .replace(/(?<![\p{L}])(?:on|late|early)\s*$/iu, '');
  if (REPORTING_VERB.test(before)) return true;
  // "Correa, quien este jueves dijo que…", "who on Thursday said": the day of the words, after it.
  return SAID_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 24));
}

const SAID_AFTER =
  /^\s*,?\s*(?:dijo|declar[óo]|afirm[óo]|señal[óo]|asegur[óo]|indic[óo]|expres[óo]|said|told|stated|declared|a (?:dit|d[ée]clar[ée]|affirm[ée]))(?![\p{L}])/iu;

/** "Prior to the Bali Process forum on March 22-23, X is to meet Y": the day of the event named first. */
const PRIOR_TO_EVENT =
  /(?:prior to|ahead of|in the run-up to|on the eve of)\s+(?:the\s+)?(?:[\p{L}\d'-]+\s+){1,6}(?:on|of|from)?\s*$/iu;

function shiftMonth(day: string, months: number): string | null {
  const m = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  return isoDay(Math.floor(m / 12), (m % 12) + 1, Number(day.slice(8, 10)));
}

/** How far ahead a day without a year may lie and still be this year's, told without a future verb. */
const SOON_DAYS = 31;

function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

function shiftYear(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

/** A meeting being put together from its sentences. */
export interface MeetingBuild {
  kind: MeetingKind;
  planned: boolean;
  participants: string[];
  triggers: AnalyzedSentence[];
  context: AnalyzedSentence[];
}

/**
 * Sentences into meetings. A sentence with a meeting word and new people starts a meeting; one that
 * names only people already met, or "the sides", goes on with the current one; background sentences
 * ("visits regularly", "joined in 2002") and unrelated paragraphs end it.
 */
export function assembleMeetings(
  sentences: readonly AnalyzedSentence[],
  lang: Language,
  titles: ReadonlyMap<string, string | null> = new Map(),
): MeetingBuild[] {
  const meetings: MeetingBuild[] = [];
  let current: MeetingBuild | null = null;
  // "…вручили послы:" then "- Республики Армения – Гевондян Армен;": the items of a list a meeting
  // sentence opens with a colon are its people, one line each, with no verb of their own.
  let list = false;
  const opensList = (i: number) =>
    (sentences[i]?.sentence.text.endsWith(':') ?? false) &&
    LIST_ITEM.test(sentences[i + 1]?.sentence.text ?? '');
  // "The President of Uzbekistan received on Tuesday the heads of government … Shavkat Mirziyoyev held
  // bilateral meetings with …": a dated meeting sentence naming nobody gives its day to the next one.
  let unnamed: AnalyzedSentence | null = null;
  // "The Foreign Secretary received the Ambassador on Monday. During the meeting, Ambassador X and
  // Minister Y discussed…": a meeting sentence naming nobody, whose people the next sentence names.
  let nameless: AnalyzedSentence | null = null;
  for (const [i, s] of sentences.entries()) {
    // A caption or a line of background may stand between the two ("…met in Auckland on Saturday. /
    // Photo caption. / The talks between X and Y focused on…").
    const before = unnamed && s.sentence.index - unnamed.sentence.index <= CARRY_SENTENCES ? unnamed : null;
    if (s.kind && !s.background) unnamed = null;
    const open: AnalyzedSentence | null = nameless;
    nameless = null;
    const follows =
      open !== null &&
      !s.kind &&
      !s.background &&
      (nextTo(open, s) || (lang === 'en' && sourceBetween(open, s)));
    const speaking = follows ? speakersOf(s) : [];
    // "The foreign ministers of A and B spoke by phone. The ministry of A reports today. Minister X
    // congratulated Y…": a sentence naming nobody, and telling no meeting, leaves the unnamed one open.
    if (open && lang === 'en' && nextTo(open, s) && !s.kind && s.mentions.length === 0) {
      nameless = open;
      continue;
    }
    if (open && follows && (s.participants.length >= 2 || speaking.length > 0)) {
      current = {
        kind: open.kind as MeetingKind,
        planned: open.planned,
        participants: s.participants.length >= 2 ? [...s.participants] : speaking,
        triggers: [open],
        context: [s],
      };
      meetings.push(current);
      continue;
    }
    const item = LIST_ITEM.test(s.sentence.text);
    if (current && !s.kind && (item ? list : opensList(i))) {
      absorb(current, s, item ? s.participants : [], false);
      list = true;
      continue;
    }
    list = s.kind !== null && !s.background && opensList(i);
    if (s.kind && !s.background) {
      const people = [...s.participants];
      // "Iranian President X and Pakistani Prime Minister Y vowed to boost trade. The two leaders met
      // in Tehran.": a meeting sentence naming nobody, right after one naming two people or more.
      const previous = sentences[i - 1];
      if (
        people.length === 0 &&
        !current &&
        previous &&
        !previous.kind &&
        !previous.background &&
        previous.participants.length >= 2 &&
        nextTo(previous, s)
      )
        people.push(...previous.participants);
      // "Prime Minister X said Bangladesh wants … She said this when Ambassador Y paid a courtesy call
      // on her": with no meeting told before, "she" or "her" is the person the sentence before named first.
      const last = current ?? meetings[meetings.length - 1];
      const antecedent = previous?.participants[0];
      if (
        !last &&
        antecedent !== undefined &&
        previous &&
        !previous.kind &&
        !previous.background &&
        nextTo(previous, s) &&
        (s.pronoun || (s.lang === 'en' && PRONOUN_OBJECT.test(s.sentence.text))) &&
        !people.includes(antecedent)
      )
        people.unshift(antecedent);
      // "the Minister" or "he" a paragraph later still means someone of the last meeting told.
      const referred = last ? referredTo(last, s, lang, titles) : undefined;
      if (referred && !people.includes(referred)) people.unshift(referred);
      if (current && joins(current, s, people)) {
        // "X met Y. The delegation had arrived the day before …": a sentence naming nobody that tells
        // another kind of event goes on about the meeting, but does not date it.
        absorb(current, s, people, people.length > 0 || s.kind === current.kind);
      } else if (people.length > 0 || s.kind === 'conference') {
        const carried = before && !s.date && before.planned === s.planned;
        // "Nepal and India on Tuesday agreed to … The understanding was reached during a meeting
        // between X and Y": the lead sentence right before an undated first meeting gives its day.
        const lead =
          !carried && !s.date && !s.planned && meetings.length === 0 && previous && nextTo(previous, s)
            ? previous
            : undefined;
        const led =
          lead?.leadDate && !lead.kind && !lead.background ? { ...lead, date: lead.leadDate } : null;
        current = {
          kind: s.kind,
          planned: s.planned,
          participants: [...people],
          triggers: carried && before ? [s, before] : led ? [s, led] : [s],
          context: [],
        };
        meetings.push(current);
      } else if (current && (s.anaphor || s.topical)) {
        absorb(current, s, [], false);
      } else if (!current && s.date && lang === 'en') {
        unnamed = s;
        nameless = s;
      } else if (!current) {
        nameless = s;
      }
      continue;
    }
    if (!current) continue;
    if (s.lang === 'en' && LIST_GOES_ON.test(s.sentence.text) && toldIn(current, sentences[i - 1])) {
      absorb(current, s, s.participants, false);
      continue;
    }
    const roll = s.lang === 'en' && toldIn(current, sentences[i - 1]) ? rollOf(s) : [];
    if (roll.length >= 2) {
      absorb(current, s, roll, false);
      continue;
    }
    // "X met his Chinese counterpart on Tuesday. Wang Yi said…": a meeting told with one person
    // named takes the people who speak in the sentences right after it.
    if (
      current.participants.length < 2 &&
      current.kind !== 'conference' &&
      !s.background &&
      s.sentence.index - lastTriggerIndex(current) <= FOLLOW_UP_SENTENCES
    ) {
      const speakers = speakersOf(s).filter((k) => !takesPart(current, k));
      if (speakers.length > 0) {
        absorb(current, s, speakers, false);
        continue;
      }
    }
    const related =
      s.anaphor || s.topical || s.attendance || s.participants.some((k) => takesPart(current, k));
    if (related && !s.background) absorb(current, s, s.attendance ? s.participants : [], false);
    else if (!related && isFirstInParagraph(s, sentences)) current = null;
  }
  return meetings;
}

/** "paid a courtesy call on her", "held talks with him": the person met, as a pronoun. */
const PRONOUN_OBJECT =
  /(?<![\p{L}])(?:on|with|met|received|hosted|visited|called|welcomed|greeted)\s+(?:him|her)(?![\p{L}])/iu;

/** How far a dated meeting sentence naming nobody gives its day to the next meeting sentence. */
const CARRY_SENTENCES = 3;

/** How many sentences after a meeting's last trigger its missing counterpart may still speak. */
const FOLLOW_UP_SENTENCES = 3;

function lastTriggerIndex(m: MeetingBuild): number {
  return m.triggers[m.triggers.length - 1]?.sentence.index ?? -1;
}

/** "Wang Yi said", "Prime Minister X, who…, noted", "Лавров отметил": names that speak, as subjects. */
const SPEAKS: Record<Language, RegExp> = {
  en: /^(?:'s)?\s*(?:,[^,]{1,80},)?\s+(?:also\s+|further\s+)?(?:said|says|noted|stressed|emphasi[sz]ed|underlined|underscored|conveyed|expressed|welcomed|thanked|appreciated|briefed|highlighted|reiterated|assured|added|pointed out|informed|agreed|recalled|congratulated|invited|praised|lauded|hailed|told|shared|affirmed|reaffirmed|acknowledged|proposed|suggested)(?![\p{L}])/iu,
  ru: /^\s*(?:,[^,]{1,80},)?\s+(?:также\s+)?(?:отметил|подчеркнул|заявил|сказал|выразил|поблагодарил|пригласил|напомнил|сообщил|проинформировал|передал|высоко оценил|приветствовал|предложил|поздравил|пожелал|заверил|зазначив|наголосив|заявив|подякував|висловив)а?(?![\p{L}])/iu,
};

function speakersOf(s: AnalyzedSentence): string[] {
  const keys = s.mentions
    .filter((m) => SPEAKS[s.lang].test(s.sentence.text.slice(m.mention.end, m.mention.end + 120)))
    .map((m) => m.key);
  return [...new Set(keys)].filter((k) => s.participants.includes(k));
}

/** One sentence between the two, which the loop let pass because it names nobody and tells no meeting. */
function sourceBetween(a: AnalyzedSentence, b: AnalyzedSentence): boolean {
  return b.sentence.index === a.sentence.index + 2;
}

/** Two sentences one after the other, in one paragraph or across the break between two. */
function nextTo(a: AnalyzedSentence, b: AnalyzedSentence): boolean {
  return b.sentence.index === a.sentence.index + 1;
}

/**
 * "…hosted a luncheon for two outgoing ambassadors. The envoys are X and Y.", "…met his counterparts,
 * including X. Others include Y and Z.", "The rest are Mr Y of Z", "…received credentials from four
 * new envoys. They are X; Y; …": right after a meeting sentence, a group as the subject and
 * "are" or "include" name the people that sentence spoke of.
 */
const LIST_GOES_ON =
  /^(?:(?:the )?others|they|the rest|among (?:them|others|those)|(?:the|these|those) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+s) (?:are|were|include[ds]?|included)(?![\p{L}])/iu;

/**
 * "High Commissioners X (Nigeria), Y (Ghana) and Z (Barbados) presented their papers…", "Senators A
 * (R-Texas) and B (D-Va.) joined…": right after a meeting sentence, a list of names each followed by
 * its country or party in brackets is the roll of those who came, whatever verb follows.
 */
function rollOf(s: AnalyzedSentence): string[] {
  const text = s.sentence.text;
  const keys = s.mentions
    .filter((m) => BRACKETED_AFFILIATION.test(text.slice(m.mention.end, m.mention.end + 40)))
    .map((m) => m.key);
  return [...new Set(keys)].filter((k) => s.participants.includes(k));
}

function toldIn(m: MeetingBuild, s: AnalyzedSentence | undefined): boolean {
  return s !== undefined && (m.triggers.at(-1) === s || m.context.at(-1) === s);
}

/** A line of a list: a dash, bullet or number before the text. */
const LIST_ITEM = /^(?:[-–—•*·]|\d{1,2}[.)])\s/u;

function joins(current: MeetingBuild, s: AnalyzedSentence, people: readonly string[]): boolean {
  const fresh = people.filter((k) => !takesPart(current, k));
  const currentDay = firstDatedDay(current);
  if (s.date && currentDay && s.date.day !== currentDay && !s.date.text.match(/today|сегодня/i)) return false;
  if (s.planned !== current.planned && fresh.length > 0) return false;
  if (s.planned !== current.planned && !s.anaphor) return false;
  if (fresh.length === 0) return true;
  // "Ранее X провел переговоры с Y": another, earlier meeting, though it names "переговоры".
  if (EARLIER_OPENING.test(s.sentence.text)) return false;
  // "During the visit, a meeting is planned with …": the visit of one person goes on.
  if (s.anaphor && current.kind === 'visit' && current.participants.length <= 1) return true;
  // "… he would host the meeting with Erdogan, Niinisto and Andersson": more people at the same meeting.
  if (
    THE_MEETING[s.lang].test(s.sentence.text) &&
    !/\balso\b|также/i.test(s.sentence.text) &&
    !(current.kind === 'phone_call' && HELD_ANOTHER.test(s.sentence.text))
  )
    return true;
  // "Во встрече также принял участие посол X": "принял" of "принял участие" is no host's verb.
  if (s.attendance && !HOST_VERB_ANY.test(s.sentence.text.replace(ATTENDANCE[s.lang], ' '))) return true;
  if (current.participants.length <= 1 && people.some((k) => current.participants.includes(k))) return true;
  // "…received a courtesy call from Ambassador X. The Minister, Y, welcomed him": the one other person
  // who meets "him" is the side the meeting sentence left unnamed.
  if (
    current.participants.length === 1 &&
    fresh.length === 1 &&
    s.lang === 'en' &&
    PRONOUN_OBJECT.test(s.sentence.text)
  )
    return true;
  return current.participants.length === 0;
}

/**
 * "провел телефонные переговоры с X" after a call: talks held with someone new are another call, not
 * "the talks" of the one before (on a visit they are the visit's, with its hosts).
 */
const HELD_ANOTHER =
  /(?<![\p{L}])(?:провел|провёл|провела|провели|провів|провела|провели)\s+(?:\p{L}+\s+){0,2}(?:переговор|перемовин|встреч|зустріч|бесед|розмов)/iu;

/**
 * The day of a meeting's first dated trigger. Triggers are only ever appended, so the search goes on
 * from where it stopped: scanning them all for each new sentence made a long undated meeting quadratic.
 */
const firstDated = new WeakMap<MeetingBuild, { scanned: number; day: string | undefined }>();
function firstDatedDay(m: MeetingBuild): string | undefined {
  const seen = firstDated.get(m) ?? { scanned: 0, day: undefined };
  for (; seen.day === undefined && seen.scanned < m.triggers.length; seen.scanned++)
    seen.day = m.triggers[seen.scanned]?.date?.day;
  firstDated.set(m, seen);
  return seen.day;
}

const HOST_VERB_ANY = new RegExp(`${HOST_VERB.en.source}|${HOST_VERB.ru.source}`, 'iu');

/**
 * Whether a key is among a meeting's participants, from a set kept beside the list (which is only
 * appended to): a list search per sentence made a meeting attended by thousands quadratic.
 */
const participantSets = new WeakMap<MeetingBuild, { set: Set<string>; synced: number }>();
function takesPart(m: MeetingBuild | null, key: string): boolean {
  if (!m) return false;
  const known = participantSets.get(m) ?? { set: new Set<string>(), synced: 0 };
  participantSets.set(m, known);
  for (; known.synced < m.participants.length; known.synced++)
    known.set.add(m.participants[known.synced] as string);
  return known.set.has(key);
}

function absorb(m: MeetingBuild, s: AnalyzedSentence, people: readonly string[], trigger: boolean): void {
  for (const k of people) if (!takesPart(m, k)) m.participants.push(k);
  if (trigger) m.triggers.push(s);
  else m.context.push(s);
}

/**
 * Who a follow-up sentence means by "he" or "the Secretary General": the participant of the meeting
 * before whose title has those words, or for "he", "the envoy", "the guest" its visitor.
 */
function referredTo(
  m: MeetingBuild,
  s: AnalyzedSentence,
  lang: Language,
  titles: ReadonlyMap<string, string | null>,
): string | undefined {
  const definite = DEFINITE_PERSON[lang].exec(s.sentence.text);
  // "the Minister of Foreign Affairs of Georgia, Tamar Beruchashvili" is a title, not a reference back.
  const inTitle =
    definite &&
    s.mentions.some((k) => k.mention.phraseOffset <= definite.index && definite.index < k.mention.end);
  if (definite && !inTitle) {
    const words = (definite[1] ?? definite[0]).toLowerCase().replace(/-/g, ' ').split(/\s+/);
    const head = lang === 'ru' ? words[0]?.slice(0, 6) : words[words.length - 1];
    // "the Polish leader": a word the report never uses as a title, with the state's adjective that is.
    const adjective = lang === 'en' && words.length > 1 && head === 'leader' ? words[0] : undefined;
    const byTitle = m.participants.find((k) => {
      const title = spelledTitle(titles.get(k) ?? '')
        .toLowerCase()
        .replace(/-/g, ' ');
      return (
        head !== undefined &&
        (title.includes(head) || (adjective !== undefined && title.split(' ').includes(adjective))) &&
        !s.participants.includes(k)
      );
    });
    if (byTitle) return byTitle;
    // "the visiting leader": with no wording of sides, the one met ("A held talks with B") is the guest.
    if (/visiting/i.test(definite[0])) return protagonistOf(m, lang, true);
    if (/envoy|official|guest|diplomat|гост|дипломат/i.test(definite[0])) return protagonistOf(m, lang);
    // "the Minister Responsible for Defence Affairs met X": the protagonist, when the report never
    // gave them a title and nobody else of the meeting holds one with that word.
    const protagonist = lang === 'en' ? protagonistOf(m, lang) : undefined;
    if (protagonist && !titles.get(protagonist) && !s.participants.includes(protagonist)) return protagonist;
  }
  if (lang === 'en' && unnamedCounterpart(s)) return protagonistOf(m, lang);
  return s.pronoun ? protagonistOf(m, lang) : undefined;
}

/**
 * "Kazakhstan's Foreign Minister X has greeted his Turkish counterpart": a counterpart, guest or host
 * whom the sentence does not name is someone already told of, the protagonist of the meeting before.
 * ("his counterpart Y" names Y, who is no reference back.)
 */
const COUNTERPART =
  /(?<![\p{L}])(?:his|her|their) (?:[\p{L}-]+ ){0,2}?(?:counterparts?|guests?|hosts?)(?![\p{L}])/giu;

function unnamedCounterpart(s: AnalyzedSentence): boolean {
  for (const c of s.sentence.text.matchAll(COUNTERPART)) {
    const end = c.index + c[0].length;
    const named = s.mentions.some((k) => k.mention.end > c.index && k.mention.start <= end + 3);
    if (!named) return true;
  }
  return false;
}

/**
 * How many of a meeting's sentences (triggers first) decide who "he" is. A real meeting is told in a
 * few dozen at most; reading all of them again for every "he" made a report of many short sentences
 * about one meeting quadratic (35 s at 100 kB).
 */
const PROTAGONIST_EVIDENCE = 64;
/**
 * What protagonistOf keeps per meeting. Triggers, context and participants are only ever appended,
 * so counts say whether the input changed.
 */
interface ProtagonistMemo {
  /** the evidence read: counts of triggers and context sentences */
  evidence: string;
  /** the keys those sentences mention: only these can get a side from the wording */
  mentioned: Set<string>;
  /** the participants looked at so far, and the mentioned ones among them in their order */
  seen: number;
  relevant: string[];
  /** sides of the relevant participants, and what the unmentioned ones get (UNMENTIONED) */
  sides: Map<string, Side | null> | null;
}
const protagonists = new WeakMap<MeetingBuild, ProtagonistMemo>();
/** A participant no sentence mentions: the side it gets is the side of every such participant. */
const UNMENTIONED = '\u0000unmentioned';

/**
 * Who "he" is in a follow-up sentence: the visitor of the meeting before, else its first person.
 * Sides are assigned over the meeting's sentences to the participants they mention, plus one that
 * stands for all the others (assignSides gives every unmentioned participant the same side), so a
 * meeting joined by many people is not read again for each (4.5 s at 100 kB).
 */
function protagonistOf(m: MeetingBuild, lang: Language, guest = false): string | undefined {
  const triggers = Math.min(m.triggers.length, PROTAGONIST_EVIDENCE);
  const context = Math.min(m.context.length, PROTAGONIST_EVIDENCE - triggers);
  const sentences = () => [...m.triggers.slice(0, triggers), ...m.context.slice(0, context)];
  const evidence = `${triggers} ${context}`;
  let memo = protagonists.get(m);
  if (memo?.evidence !== evidence) {
    const mentioned = new Set(sentences().flatMap((s) => s.mentions.map((k) => k.key)));
    memo = { evidence, mentioned, seen: 0, relevant: [], sides: null };
    protagonists.set(m, memo);
  }
  for (; memo.seen < m.participants.length; memo.seen++) {
    const key = m.participants[memo.seen] as string;
    if (memo.mentioned.has(key)) {
      memo.relevant.push(key);
      memo.sides = null;
    }
  }
  memo.sides ??= assignSides(
    sentences().map((s) => ({ sentence: s.sentence.text, mentions: s.mentions })),
    [...memo.relevant, UNMENTIONED],
    new Map(),
    new Set(),
    false,
    lang,
  );
  const sides = memo.sides;
  const sideOf = (k: string) => (memo.mentioned.has(k) ? sides.get(k) : sides.get(UNMENTIONED));
  // The first participant whose side is "visitor": among the mentioned ones unless the others visit.
  const visitor =
    sides.get(UNMENTIONED) === 'visitor'
      ? m.participants.find((k) => sideOf(k) === 'visitor')
      : memo.relevant.find((k) => sides.get(k) === 'visitor');
  return visitor ?? (guest ? m.participants[m.participants.length - 1] : m.participants[0]);
}

function isFirstInParagraph(s: AnalyzedSentence, all: readonly AnalyzedSentence[]): boolean {
  // A sentence's index is its place in the list it was split into (indexOf per sentence was quadratic).
  const at = all[s.sentence.index] === s ? s.sentence.index : all.indexOf(s);
  const prev = all[at - 1];
  return !prev || prev.sentence.paragraph !== s.sentence.paragraph;
}
