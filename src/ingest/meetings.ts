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
import { addDays, type DateMention, findDates, weekdayTowards } from './dates.js';
import type { ReportLanguage } from './language.js';
import { assignSides, bystanders, type KeyedMention } from './participants.js';
import type { Sentence } from './sentences.js';
import type { Language, Token } from './text.js';

/** What one sentence says about meetings, read once and used by the assembly below. */
export interface AnalyzedSentence {
  sentence: Sentence;
  lang: Language;
  tokens: Token[];
  mentions: KeyedMention[];
  /** the people taking part: mentions minus those only sending greetings or quoted */
  participants: string[];
  kind: MeetingKind | null;
  cueIndex: number;
  planned: boolean;
  background: boolean;
  anaphor: boolean;
  topical: boolean;
  attendance: boolean;
  pronoun: boolean;
  date: { day: string; end: string | null; text: string } | null;
}

export interface Reference {
  day: string | null;
  lang: Language;
  /** the report's own language, for its dates; the rule set's when absent */
  dates?: ReportLanguage;
}

const BACKGROUND_YEAR = /(?<![\p{L}])(?:in|since|by|until|в|с|до)\s+((?:19|20)\d\d)(?!\d)/giu;
/** A sentence dated this many days before the report tells background, not news. */
const BACKGROUND_AFTER_DAYS = 45;

export function analyzeSentence(
  sentence: Sentence,
  tokens: Token[],
  mentions: KeyedMention[],
  ref: Reference,
): AnalyzedSentence {
  const { lang } = ref;
  const text = sentence.text;
  const cue = kindOf(text, lang);
  const anaphor = ANAPHOR[lang].test(text);
  const excluded = cue ? bystanders(text, mentions, lang, cue.index) : new Set<string>();
  const participants = [...new Set(mentions.map((m) => m.key).filter((k) => !excluded.has(k)))];
  const plannedMatch = PLANNED[lang].exec(text);
  let planned = Boolean(cue && plannedMatch && plannedMatch.index <= cue.index + 30);
  const date = cue || anaphor ? dateOf(text, ref, planned) : null;
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
    cueIndex: cue?.index ?? -1,
    planned,
    background: isBackground(text, ref, date?.day ?? null, planned),
    anaphor,
    topical: TOPICAL[lang].test(text),
    attendance: ATTENDANCE[lang].test(text),
    pronoun: PRONOUN_SUBJECT[lang].test(text),
    date,
  };
}

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

function isBackground(text: string, ref: Reference, day: string | null, planned: boolean): boolean {
  if (BACKGROUND[ref.lang].test(text)) return true;
  if (!ref.day) return false;
  const year = Number(ref.day.slice(0, 4));
  for (const m of text.matchAll(BACKGROUND_YEAR)) if (Number(m[1]) < year) return true;
  return !planned && day !== null && day < addDays(ref.day, -BACKGROUND_AFTER_DAYS);
}

/** The sentence's day: "today (20 March 2024)" is read from the date in brackets. */
function dateOf(text: string, ref: Reference, planned: boolean): AnalyzedSentence['date'] {
  const mentions = findDates(text, ref.dates ?? ref.lang, ref.day);
  let chosen: DateMention | undefined = mentions[0];
  if (!chosen) return null;
  // "today (20 March 2024)", "on Monday and Tuesday, 25 and 26 March": the written date wins.
  const written = mentions.find((m) => !m.relative && m.index > (chosen as DateMention).index);
  if (chosen.relative && written && written.index - (chosen.index + chosen.text.length) <= 40)
    chosen = written;
  let day = chosen.date;
  if (chosen.weekdayOnly && ref.day)
    day = weekdayTowards(chosen, ref.day, chosen.towards ?? (planned ? 'future' : 'past'));
  else if (!chosen.yearGiven && ref.day) {
    if (!planned && day > addDays(ref.day, 1)) day = shiftYear(day, -1);
    if (planned && day < ref.day) day = shiftYear(day, 1);
  }
  const shift = Number(day.slice(0, 4)) - Number(chosen.date.slice(0, 4));
  const end = chosen.end && !chosen.weekdayOnly ? shiftYear(chosen.end, shift) : null;
  return { day, end, text: chosen.text };
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
  for (const s of sentences) {
    if (s.kind && !s.background) {
      const people = [...s.participants];
      const referred = current ? referredTo(current, s, lang, titles) : undefined;
      if (referred && !people.includes(referred)) people.unshift(referred);
      if (current && joins(current, s, people)) {
        absorb(current, s, people, true);
      } else if (people.length > 0 || s.kind === 'conference') {
        current = { kind: s.kind, planned: s.planned, participants: [...people], triggers: [s], context: [] };
        meetings.push(current);
      } else if (current && (s.anaphor || s.topical)) {
        absorb(current, s, [], false);
      }
      continue;
    }
    if (!current) continue;
    const related =
      s.anaphor || s.topical || s.attendance || s.participants.some((k) => takesPart(current, k));
    if (related && !s.background) absorb(current, s, s.attendance ? s.participants : [], false);
    else if (!related && isFirstInParagraph(s, sentences)) current = null;
  }
  return meetings;
}

function joins(current: MeetingBuild, s: AnalyzedSentence, people: readonly string[]): boolean {
  const fresh = people.filter((k) => !takesPart(current, k));
  const currentDay = firstDatedDay(current);
  if (s.date && currentDay && s.date.day !== currentDay && !s.date.text.match(/today|сегодня/i)) return false;
  if (s.planned !== current.planned && fresh.length > 0) return false;
  if (s.planned !== current.planned && !s.anaphor) return false;
  if (fresh.length === 0) return true;
  // "During the visit, a meeting is planned with …": the visit of one person goes on.
  if (s.anaphor && current.kind === 'visit' && current.participants.length <= 1) return true;
  // "… he would host the meeting with Erdogan, Niinisto and Andersson": more people at the same meeting.
  if (THE_MEETING[s.lang].test(s.sentence.text) && !/\balso\b|также/i.test(s.sentence.text)) return true;
  if (s.attendance && !HOST_VERB_ANY.test(s.sentence.text)) return true;
  if (current.participants.length <= 1 && people.some((k) => current.participants.includes(k))) return true;
  return current.participants.length === 0;
}

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
    const byTitle = m.participants.find((k) => {
      const title = (titles.get(k) ?? '').toLowerCase().replace(/-/g, ' ');
      return head !== undefined && title.includes(head) && !s.participants.includes(k);
    });
    if (byTitle) return byTitle;
    if (/envoy|official|guest|diplomat|гост/i.test(definite[0])) return protagonistOf(m, lang);
  }
  return s.pronoun ? protagonistOf(m, lang) : undefined;
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
function protagonistOf(m: MeetingBuild, lang: Language): string | undefined {
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
  return visitor ?? m.participants[0];
}

function isFirstInParagraph(s: AnalyzedSentence, all: readonly AnalyzedSentence[]): boolean {
  // A sentence's index is its place in the list it was split into (indexOf per sentence was quadratic).
  const at = all[s.sentence.index] === s ? s.sentence.index : all.indexOf(s);
  const prev = all[at - 1];
  return !prev || prev.sentence.paragraph !== s.sentence.paragraph;
}
