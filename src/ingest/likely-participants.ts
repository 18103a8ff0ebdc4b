import type { MeetingDraft } from '../schemas/dialogue/report.schema.js';
import { CAPTION, HEAD_OF_STATE, SPOKESPERSON } from './cues.js';
import type { CompiledGazetteer } from './gazetteer.js';
import type { ReportLanguage } from './language.js';
import { kindOf } from './meetings.js';
import { PARTICIPANT_MODEL } from './participant-model.weights.js';
import { describe, ReportPeople, type ReportPerson, toDraft } from './participants.js';
import { findNames, type NameMention, surnameKey } from './person-names.js';
import { type Sentence, splitSentences } from './sentences.js';
import { type Language, tokenize } from './text.js';

/**
 * The rules take a person into a meeting when a sentence says so in a shape they know. On outlets they
 * were not written for, most people they miss are nonetheless found as names: in the headline, in the
 * lead, titled as ministers, in the sentences that tell the meeting. A logistic model over such
 * evidence, trained on the annotated reports (bench/train-participant-model.ts), tells how likely a
 * person the rules left out is a participant; a likely one joins the main meeting.
 */

/** The evidence about one person of a report that the model weighs, in the order of its weights. */
export const PARTICIPANT_FEATURES = [
  'headline',
  'lead',
  'firstThree',
  'firstPosition',
  'mentions',
  'meetingMentions',
  'firstInMeeting',
  'onlySpeaks',
  'onlyConveyed',
  'titled',
  'headOfState',
  'minister',
  'spokesperson',
  'fullName',
  'people',
  'russian',
  'otherLanguage',
] as const;

export interface PersonEvidence {
  person: ReportPerson;
  /** the first sentence of the story that names the person (the headline's when the story does not) */
  sentence: string;
  features: number[];
}

const MINISTER = /minister|secretary|министр|міністр|секретар|ministre|ministro|canciller|وزير/i;
const SPEAKS =
  /(?<![\p{L}])(?:said|says|stated|noted|told|added|заявил|заявила|отметил|отметила|сказал|сказала|подчеркнул|подчеркнула|a déclaré|a affirmé|dijo|afirmó|declaró|قال|وأكد|أكد)(?![\p{L}])/iu;

/**
 * "conveyed the greetings of President X", "at the invitation of", "on behalf of", "a message from":
 * a person named only so is spoken for, not present.
 */
const CONVEYED =
  /(?:greetings|regards|wishes|message|letter|invitation|behalf|instructions?|leadership|administration|government|envoy|приветстви[ея]|послани[ея]|приглашени[юя]|от имени|по поручению|руководством|поздравлени[ея]|salutations|message|invitation|au nom|saludos?|mensaje|invitación|en nombre|تحيات|رسالة|دعوة|نيابة|توجيهات)\s+(?:\p{L}+\s+){0,4}$/iu;

interface Mention {
  m: NameMention;
  sentence: string;
  /** index among the story's sentences; -1 in the headline */
  index: number;
  meeting: boolean;
  speaks: boolean;
  conveyed: boolean;
}

/** Every person the report names, with the evidence the model weighs. */
export function personEvidence(
  text: string,
  bodyOffset: number,
  { lang, language }: { lang: Language; language: ReportLanguage },
  g: CompiledGazetteer,
  common: ReadonlySet<string>,
): PersonEvidence[] {
  const sentences = splitSentences(text, 0);
  const people = new ReportPeople();
  const found: { s: Sentence; names: NameMention[]; meeting: boolean; speaks: boolean }[] = sentences.map(
    (s) => ({
      s,
      names: findNames(s.text, tokenize(s.text), lang, g, common, language === 'de'),
      meeting: kindOf(s.text, lang) !== null,
      speaks: SPEAKS.test(s.text),
    }),
  );
  for (const f of found) for (const m of f.names) people.add(m);
  const byKey = new Map<string, Mention[]>();
  // The headline's lines end before the story; a dateline opens the lead sentence, which is the story's.
  const inHeadline = (s: Sentence) => s.start + s.text.length <= bodyOffset;
  const story = found.filter((f) => !inHeadline(f.s));
  let index = -1;
  for (const f of found) {
    const headline = inHeadline(f.s);
    if (!headline) index++;
    for (const m of f.names) {
      const key = people.resolve(m);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      const conveyed = CONVEYED.test(f.s.text.slice(Math.max(0, m.phraseOffset - 60), m.phraseOffset));
      list.push({
        m,
        sentence: f.s.text,
        index: headline ? -1 : index,
        meeting: f.meeting,
        speaks: f.speaks,
        conveyed,
      });
      byKey.set(key, list);
    }
  }
  const out: PersonEvidence[] = [];
  for (const [key, mentions] of byKey) {
    const person = people.get(key);
    // Whom a photo caption names the rules weigh themselves (withCaptionPerson).
    if (!person || mentions.every((x) => CAPTION.test(x.sentence))) continue;
    const inStory = mentions.filter((x) => x.index >= 0);
    const first = inStory[0];
    const titles = mentions.map((x) => x.m.title ?? '').join(' ');
    const values: Record<(typeof PARTICIPANT_FEATURES)[number], number> = {
      headline: mentions.some((x) => x.index < 0) ? 1 : 0,
      lead: inStory.some((x) => x.index === 0) ? 1 : 0,
      firstThree: inStory.some((x) => x.index <= 2) ? 1 : 0,
      firstPosition: first ? first.index / Math.max(1, story.length) : 1,
      mentions: Math.log1p(mentions.length),
      meetingMentions: Math.log1p(mentions.filter((x) => x.meeting).length),
      firstInMeeting: first?.meeting ? 1 : 0,
      onlySpeaks: mentions.every((x) => x.speaks && !x.meeting) ? 1 : 0,
      onlyConveyed: mentions.every((x) => x.conveyed) ? 1 : 0,
      titled: titles.trim() ? 1 : 0,
      headOfState: HEAD_OF_STATE.test(titles) ? 1 : 0,
      minister: MINISTER.test(titles) ? 1 : 0,
      spokesperson: SPOKESPERSON.test(titles) ? 1 : 0,
      fullName: mentions.some((x) => !x.m.single) ? 1 : 0,
      people: Math.log1p(byKey.size),
      russian: lang === 'ru' ? 1 : 0,
      otherLanguage: language !== 'en' && language !== 'ru' && language !== 'uk' ? 1 : 0,
    };
    out.push({
      person,
      sentence: (first ?? mentions[0])?.sentence ?? '',
      features: PARTICIPANT_FEATURES.map((f) => values[f]),
    });
  }
  return out;
}

export interface ParticipantModel {
  bias: number;
  weights: readonly number[];
  /** the probability from which a person joins the main meeting */
  threshold: number;
}

/** The model's probability that the person took part. */
export function participantLikelihood(
  features: readonly number[],
  model: ParticipantModel = PARTICIPANT_MODEL,
): number {
  const z = features.reduce((sum, x, i) => sum + x * (model.weights[i] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** The main meeting with the people the model finds likely, each with the sentence that names them. */
export function withLikelyParticipants(
  meetings: readonly MeetingDraft[],
  evidence: readonly PersonEvidence[],
  g: CompiledGazetteer,
  model: ParticipantModel = PARTICIPANT_MODEL,
): MeetingDraft[] {
  const main = meetings[0];
  if (!main) return [...meetings];
  // The same person as a participant already drafted: the same registry record or the same surname.
  const drafted = meetings.flatMap((m) => m.participants);
  const ids = new Set(drafted.map((p) => p.person_id));
  const surnames = new Set(drafted.map((p) => surnameKey(p.name)));
  const added = evidence.flatMap((e) => {
    const likelihood = participantLikelihood(e.features, model);
    const already =
      (e.person.person && ids.has(e.person.person.id)) || surnames.has(surnameKey(e.person.name));
    return likelihood >= model.threshold && !already ? [{ ...e, likelihood }] : [];
  });
  if (added.length === 0) return [...meetings];
  return [
    {
      ...main,
      participants: [
        ...main.participants,
        // The reviewer is told the person was proposed, and how likely: no sentence said they took part.
        ...added.map((e) => ({
          ...toDraft(e.person, null, describe(e.person, main.date, g)),
          likelihood: Math.round(e.likelihood * 100) / 100,
        })),
      ],
      evidence: [...new Set([...(main.evidence ?? []), ...added.map((e) => e.sentence).filter(Boolean)])],
    },
    ...meetings.slice(1),
  ];
}
