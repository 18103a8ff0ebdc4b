import { DomainError } from '../domain/core/errors.js';
import { partialDateError } from '../domain/core/partial-date.js';
import type { MeetingDraft, ReportExtraction } from '../schemas/dialogue/report.schema.js';
import { areasOf } from './areas.js';
import { withBylinePerson, withCaptionPerson } from './byline.js';
import { CAPTION, HEAD_OF_STATE, NO_MEETING_TOLD, SPOKESPERSON } from './cues.js';
import { type Layout, readLayout } from './dateline.js';
import { findDates } from './dates.js';
import { type CompiledGazetteer, compileGazetteer, type Gazetteer } from './gazetteer.js';
import { detectReportLanguage, type ReportLanguage, rulesFor } from './language.js';
import { type PersonEvidence, personEvidence, withLikelyParticipants } from './likely-participants.js';
import { placeOf } from './meeting-place.js';
import {
  type AnalyzedSentence,
  analyzeSentence,
  assembleMeetings,
  EARLIER_OPENING,
  kindOf,
  type MeetingBuild,
  tellsEarlierYear,
} from './meetings.js';
import { RU_SURNAME } from './name-words.js';
import {
  assignSides,
  type Description,
  describe,
  type KeyedMention,
  ReportPeople,
  toDraft,
} from './participants.js';
import {
  compromisePeople,
  coordinatedName,
  coordinatedSurname,
  findNames,
  maySurname,
  type NameMention,
  rosterName,
  surnameKey,
} from './person-names.js';
import { type Sentence, splitSentences } from './sentences.js';
import { type Language, normalizeText, tokenize } from './text.js';
import { topicsOf } from './topics.js';

export interface ExtractOptions {
  file?: string;
  /** publication day, YYYY-MM-DD: the reference for "yesterday" when the report has no dated dateline */
  published?: string;
  /** known people, places and organizations; the built-in places when absent */
  gazetteer?: Gazetteer;
  /** the language to read the report in, when the reader knows better than the detection */
  language?: ReportLanguage;
}

/** Without a gazetteer only the built-in places are known. */
const PLACES_ONLY: Gazetteer = { people: [], places: [], organizations: [] };

/**
 * Proposes the meetings a press report describes or announces. Pure: the same text, options and
 * gazetteer give the same answer, with no clock or network involved (the participant model's weights
 * are constants in the code).
 */
export function extractReport(raw: string, options: ExtractOptions = {}): ReportExtraction {
  const { rules, evidence, g } = extractWithEvidence(raw, options);
  return { ...rules, meetings: withLikelyParticipants(rules.meetings, evidence, g) };
}

/**
 * What the rules read in a report, and the evidence about every person it names, before the
 * participant model adds the likely ones (bench/train-participant-model.ts learns from both).
 */
export function extractWithEvidence(
  raw: string,
  options: ExtractOptions = {},
): { rules: ReportExtraction; evidence: PersonEvidence[]; g: CompiledGazetteer } {
  const text = normalizeText(raw);
  const language = options.language ?? detectReportLanguage(text);
  const lang = rulesFor(language);
  const g = compileGazetteer(options.gazetteer ?? PLACES_ONLY);
  const published = options.published ?? null;
  if (published && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || partialDateError(published))) {
    throw DomainError.field('request.invalid', 'published', `${published} is not a day written YYYY-MM-DD`);
  }
  const layout = readLayout(text, lang, published, g, language);
  const publication = published ?? layout.headerDate;
  const sentences = splitSentences(layout.body, layout.bodyOffset);
  const reference =
    layout.dateline.date ??
    publication ??
    firstWrittenDay(
      sentences.map((s) => s.text),
      language,
    );

  const common = lowercaseWords(layout.body);
  // A reading's meetings, and whom its rules set aside for a reason (a source, a sender of greetings,
  // a meeting denied, a habit): the participant model does not bring them back.
  const meetingsOf = (read: readonly Sentence[]): { drafts: MeetingDraft[]; setAside: Set<string> } => {
    const { analyzed, people, keys } = readSentences(
      read,
      { lang, dates: language },
      g,
      reference,
      common,
      layout.bodyOffset,
    );
    const titles = new Map([...keys].map((k) => [k, people.get(k)?.title ?? null]));
    // A spokesman named with his title once ("ministry spokesman Anurag Srivastava said") is the
    // source of every later sentence that names him bare ("…, Srivastava said at a press conference").
    for (const a of analyzed)
      a.participants = a.participants.filter((k) => !SPOKESPERSON.test(titles.get(k) ?? ''));
    const setAside = bystanderSurnames(analyzed, people, reference);
    const builds = frameLast(
      leadWithCounterpart(mergeRepeats(assembleMeetings(captionsLast(analyzed, text), lang, titles))),
    );
    let previousDay = reference;
    const drafts = builds
      .map((b) => {
        // A later meeting the report gives no day for happened on the day of the one before it.
        const draft = draftMeeting(b, { lang, g, layout, reference: previousDay, people });
        if (draft.status === 'held' && draft.date) previousDay = draft.date;
        return draft;
      })
      // A later one-person trip ("The Secretary General will travel to Sweden") is an aside, not a meeting.
      .filter(
        (m, i, all) =>
          m.participants.length > (i === 0 ? 0 : 1) ||
          m.kind === 'conference' ||
          (m.kind === 'visit' &&
            HEAD_OF_STATE.test(m.participants[0]?.title ?? '') &&
            !all.some((o, j) => j !== i && o.participants.some((p) => p.name === m.participants[0]?.name))),
      );
    return { drafts, setAside };
  };
  let reading = meetingsOf(sentences);
  // A transcript ("Remarks With Foreign Minister X After Their Meeting") tells its meeting only in
  // the headline above the story: with nothing found in the story, or when the headline says it is a
  // transcript of a meeting, the headline lines are read too.
  // The report read with its headline lines, once, for the two uses below.
  let withHeadline: ReturnType<typeof meetingsOf> | undefined;
  const readWithHeadline = () => {
    withHeadline ??= meetingsOf(splitSentences(text, 0));
    return withHeadline;
  };
  if (
    layout.bodyOffset > 0 &&
    (reading.drafts.length === 0 || TRANSCRIPT.test(text.slice(0, layout.bodyOffset)))
  )
    reading = readWithHeadline();
  // "Зеленський провів телефонну розмову з Байденом" above a story whose call names Biden alone (the
  // other side speaks in a quote): the headline gives the main meeting its missing participant.
  const first = reading.drafts[0];
  const lone = first?.participants.length === 1 ? first.participants[0]?.name : undefined;
  if (layout.bodyOffset > 0 && lone !== undefined) {
    const whole = readWithHeadline();
    const main = whole.drafts[0];
    if (main && main.participants.length > 1 && main.participants.some((p) => p.name === lone))
      reading = whole;
  }
  let meetings = reading.drafts;
  // The headline and photo captions (a few: a caption is read again here only for a lone main meeting).
  if (language === 'en' && meetings[0]?.participants.length === 1) {
    const captions = text
      .split('\n')
      .filter((line) => CAPTION.test(line))
      .slice(0, 8);
    meetings = withCaptionPerson(meetings, [text.slice(0, layout.bodyOffset), ...captions].join('\n'), g);
  }
  if (language === 'en' && layout.bodyOffset > 0)
    meetings = withBylinePerson(
      meetings,
      text.slice(0, layout.bodyOffset),
      layout.body,
      g,
      TRANSCRIPT.test(text.slice(0, layout.bodyOffset)),
    );

  const rules = {
    file: options.file ?? null,
    language,
    publication_date: publication,
    dateline: { place: layout.dateline.place, date: layout.dateline.date, outlet: layout.dateline.outlet },
    meetings,
  };
  const evidence =
    meetings.length > 0
      ? personEvidence(text, layout.bodyOffset, { lang, language }, g, common).filter(
          (e) => !reading.setAside.has(surnameKey(e.person.name)),
        )
      : [];
  return { rules, evidence, g };
}

/**
 * How many sentences of a report compromise's tagger may judge. It costs about half a millisecond a
 * sentence: a 100 kB report of short meeting sentences with doubtful names ("Zarkov Rice met Uiov.")
 * took 2.8 s. A real report has a handful of such sentences; past this many, the rules' answer stands.
 */
const TAGGED_SENTENCES = 100;

/**
 * Names first, over the whole report, so that a bare "Zarifi" finds the "Hamrokhon Zarifi" of
 * another sentence; then what each sentence says about meetings.
 */
function readSentences(
  sentences: readonly Sentence[],
  { lang, dates }: { lang: Language; dates: ReportLanguage },
  g: CompiledGazetteer,
  reference: string | null,
  common: ReadonlySet<string>,
  /** where the story starts: the sentences before it are the headline's */
  bodyOffset = 0,
): { analyzed: AnalyzedSentence[]; people: ReportPeople; keys: Set<string> } {
  const people = new ReportPeople();
  const found = sentences.map((s) => {
    const tokens = tokenize(s.text);
    return { s, tokens, names: findNames(s.text, tokens, lang, g, common, dates === 'de') };
  });
  const keyed = new Map<NameMention, string>();
  const fullNames = new Set(
    found.flatMap((f) => f.names.filter((n) => n.strong).map((n) => surnameKey(n.name))),
  );
  const titledTwice = repeatedTitledWords(found.flatMap((f) => f.names));
  for (const { s, names } of found) {
    // "Лавров и Мухриддин провели переговоры": surnames alone, in a meeting sentence, are people.
    const meeting = lang === 'ru' && kindOf(s.text, lang) !== null;
    const english = lang === 'en' && kindOf(s.text, lang) !== null;
    const promoted = names.map(
      (m) =>
        meeting &&
        m.single &&
        !m.strong &&
        ((RU_SURNAME.test(m.name.toLowerCase()) && !ADJECTIVE_PHRASE.test(s.text.slice(m.end))) ||
          (RU_SURNAME_OBLIQUE.test(m.name.toLowerCase()) && !NOUN_AFTER.test(s.text.slice(m.end)))),
    );
    // "Лавров и Блинкен встретились": a bare surname joined by "и" to a surname taken is one too,
    // whatever its ending.
    for (let i = 0; i < names.length; i++) {
      const m = names[i] as NameMention;
      if (!meeting || !m.single || m.strong || promoted[i] || ADJECTIVE_PHRASE.test(s.text.slice(m.end)))
        continue;
      const joinedTo = (k: number) => {
        const other = names[k];
        if (!other || !(other.strong || promoted[k])) return false;
        const [left, right] = k < i ? [other, m] : [m, other];
        return COORDINATION.test(s.text.slice(left.end, right.start));
      };
      promoted[i] = joinedTo(i - 1) || joinedTo(i + 1);
    }
    names.forEach((m, i) => {
      // "Zarif and Lavrov will meet": an English surname joined by "and" to a name already taken.
      const coordinated =
        (english &&
          ((coordinatedSurname(s.text, m, names) && names.some((o) => o.strong || people.resolve(o))) ||
            // The headline comes first: the other side's full name is in the story below it.
            (headlineSurname(s, m, bodyOffset) &&
              names.some(
                (o) => o !== m && (o.strong || people.resolve(o) || fullNames.has(surnameKey(o.name))),
              )) ||
            coordinatedName(s.text, m, names) ||
            surnameBesideMeetingVerb(s.text, m))) ||
        (lang === 'en' && rosterName(s.text, m, names));
      const key = people.add(
        promoted[i]
          ? { ...m, name: surnameNominative(m.name), strong: true }
          : coordinated || titledTwice.has(m.name)
            ? { ...m, strong: true }
            : m,
      );
      if (key) keyed.set(m, key);
    });
  }
  let taggerRuns = 0;
  const analyzed = found.map(({ s, tokens, names }) => {
    const mentions = names.flatMap((m): KeyedMention[] => {
      const key = keyed.get(m) ?? people.resolve(m);
      return key ? [{ mention: m, key }] : [];
    });
    const first = analyzeSentence(s, tokens, mentions, { day: reference, lang, dates });
    const doubtful = names.some((m) => !m.strong && !m.single);
    if (!first.kind || mentions.length > 0 || !doubtful || lang !== 'en') return first;
    if (++taggerRuns > TAGGED_SENTENCES) return first;
    // A meeting sentence with a name the rules could not vouch for: let compromise's tagger judge.
    const tagged = compromisePeople(s.text, tokens, g).flatMap((m): KeyedMention[] => {
      const key = people.add(m);
      return key ? [{ mention: m, key }] : [];
    });
    return tagged.length ? analyzeSentence(s, tokens, tagged, { day: reference, lang, dates }) : first;
  });
  const keys = new Set(analyzed.flatMap((a) => a.mentions.map((m) => m.key)));
  return { analyzed, people, keys };
}

interface DraftContext {
  lang: Language;
  g: CompiledGazetteer;
  layout: Layout;
  reference: string | null;
  people: ReportPeople;
}

function draftMeeting(b: MeetingBuild, ctx: DraftContext): MeetingDraft {
  const { lang, g, layout } = ctx;
  const dated =
    b.triggers.find((t) => t.date) ?? b.context.find((c) => c.date && c.anaphor && c.planned === b.planned);
  // "Ранее X провел переговоры с Y" with no day: some day before the report's, which is not guessed.
  const earlier = b.triggers.every((t) => EARLIER_OPENING.test(t.sentence.text));
  const date = dated?.date?.day ?? (b.planned || earlier ? null : ctx.reference);
  const place = placeOf(b, lang, g, layout.dateline);
  const sentences = [...b.triggers, ...b.context].sort((x, y) => x.sentence.index - y.sentence.index);

  const descriptions = new Map<string, Description>();
  for (const key of b.participants) {
    const p = ctx.people.get(key);
    if (p) descriptions.set(key, describe(p, date, g));
  }
  const withSides = b.kind !== 'phone_call' && b.kind !== 'conference';
  const hostSide = new Set<string>(place.country ? [place.country] : []);
  if (place.city === 'Brussels' || place.city === 'Mons') hostSide.add('NATO');
  const sides = withSides
    ? assignSides(
        sentences.map((s) => ({ sentence: s.sentence.text, mentions: s.mentions })),
        b.participants,
        new Map([...descriptions].map(([k, d]) => [k, d.side])),
        hostSide,
        b.kind === 'visit',
        lang,
      )
    : new Map<string, null>();

  const topics = topicsOf(
    sentences.map((s) => s.sentence.text),
    lang,
  );
  return {
    date,
    end_date: dated?.date?.end ?? null,
    date_text: dated?.date?.text ?? null,
    place,
    kind: b.kind,
    status: b.planned ? 'planned' : 'held',
    participants: b.participants.flatMap((key) => {
      const p = ctx.people.get(key);
      const d = descriptions.get(key);
      return p && d ? [toDraft(p, sides.get(key) ?? null, d)] : [];
    }),
    topics,
    areas: areasOf(topics),
    evidence: sentences.map((s) => s.sentence.text),
  };
}

/** "прибытия Зеленского", "с Зеленським": a "-ский" surname in an oblique case, nothing governing it. */
const RU_SURNAME_OBLIQUE = /(?:ск|цк|ськ|цьк)(?:ого|ому|им)$/;

/**
 * "Московский государственный университет", "Славянский университет", "Казанская ратуша": a
 * "-ский" word before a lower-case adjective or the noun of an institution or a place is that
 * place's adjective, not a surname (a surname is followed by a verb or a comma).
 */
const ADJECTIVE_PHRASE =
  /^ (?:[а-яёіїєґ]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ій)|университет|институт|собор|театр|музей|дворец|проспект|парк|завод|комбинат|вокзал|аэропорт|монастыр|мост|фонд|інститут|палац|аеропорт|міст)(?![\p{L}])/u;

/** "Анталийского дипломатического форума": a word in the same case after it makes it an adjective. */
const NOUN_AFTER = /^ [а-яёіїєґ]{2,}(?:ого|ому|им|ых|их|ого|а|ы|и|у|ом|е|ів|ої)(?![\p{L}])/u;

/**
 * "In Yerevan, Mirzoyan hosted Iranian Foreign Minister Abbas Araghchi", "Earlier, Blinken met with …",
 * "Kishida and Biden will meet at Camp David":
 * wire copy names a person told of before (in a headline or caption the rules did not read) by the
 * surname alone, as the subject of the meeting verb. A lone word the lexicon does not know as a common
 * word, opening a clause right before that verb, is a surname. (Places and countries are no names.)
 */
const SUBJECT_BEFORE = /(?:^|[,;:]\s|\s(?:and|then|while|as)\s)$/u;
const MEETING_VERB_AFTER =
  /^(?:\s+and(?:\s+\p{Lu}[\p{L}'.-]*){1,4})?\s+(?:(?:also|later|then|first|separately|will|are to)\s+)?(?:met|meet|meets|hosted|hosts|received|receives|welcomed|welcomes|held (?:talks|a meeting|a phone call|a telephone)|holds? (?:talks|a meeting)|spoke (?:with|to|by phone)|talked (?:with|to)|called on|paid (?:a )?(?:courtesy )?(?:call|visit))(?![\p{L}])/u;

/** "held talks with Fidan", "met Kuleba": the same surname as the verb's object. */
const MEETING_VERB_BEFORE =
  /(?<![\p{L}])(?:met|meets|met with|meets with|talks with|meeting with|call with|conversation with|spoke (?:with|to)|talked (?:with|to)|received|receives|hosted|hosts|welcomed|welcomes)\s$/u;

function surnameBesideMeetingVerb(text: string, m: NameMention): boolean {
  if (!m.single || m.strong || !maySurname(m.name)) return false;
  // "received Letters of Credence": a plural of a common noun is none.
  if (/s$/.test(m.name) && !maySurname(m.name.slice(0, -1))) return false;
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  return (
    (SUBJECT_BEFORE.test(before.slice(-8)) && MEETING_VERB_AFTER.test(text.slice(m.end, m.end + 40))) ||
    // "met External Affairs Minister X": a word that opens a longer capitalized phrase is no surname.
    (MEETING_VERB_BEFORE.test(before) && !/^ \p{Lu}/u.test(text.slice(m.end, m.end + 2)))
  );
}

/**
 * "Jaishankar meets Lavrov in Moscow", "PM Modi holds talks with Japanese PM Kishida": a headline
 * names both sides by surname, the story often only one ("held talks with his Russian counterpart").
 * In a headline that tells a meeting, a lone word the lexicon does not know as a common word, beside
 * a name already taken, is the other side's surname.
 */
function headlineSurname(s: Sentence, m: NameMention, bodyOffset: number): boolean {
  // Not its first word: "Readout of the Secretary-General's meeting with …".
  const inHeadline = s.start + s.text.length <= bodyOffset;
  return inHeadline && m.single && !m.strong && m.tokenStart > 0 && maySurname(m.name);
}

/**
 * "الرئيس بايدن … الرئيس بايدن": in Arabic one word after a title is a verb as often as a surname
 * ("الوزير تحدث"), so alone it waits for a full name elsewhere. The same word after a title in two
 * places of one report is the person's name: the verb after a title changes with what is told.
 */
function repeatedTitledWords(names: readonly NameMention[]): Set<string> {
  const seen = new Map<string, number>();
  for (const m of names) {
    if (!m.single || m.strong || m.title === null || !/^\p{Script=Arabic}/u.test(m.name)) continue;
    seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** "Зеленского" → "Зеленский", "Зеленським" → "Зеленський": the dictionary form of such a surname. */
export function surnameNominative(name: string): string {
  return name.replace(/(ск|цк|ськ|цьк)(?:ого|ому|им)$/u, '$1ий');
}

const COORDINATION = /^\s+(?:и|та|і|й)\s+$/u;

/** "Remarks With Kazakh Foreign Minister X After Their Meeting", "Joint Press Availability With X". */
const TRANSCRIPT =
  /^(?:Joint )?(?:Remarks|Press Availability|Press Conference|Statements?)\b[^\n]{0,120}\b(?:With|and)\b[^\n]{0,120}\b(?:Meeting|Talks)\b/i;

/**
 * A later meeting of the same people with no other day is the first one told again. The earlier
 * meetings looked at are those of the participant of `b` in the fewest of them (a meeting holding all
 * of b's people holds that one), in their order: comparing every meeting with every earlier one was
 * quadratic in a report of many short meetings (200 ms of 1 s at 100 kB).
 */
function mergeRepeats(builds: MeetingBuild[]): MeetingBuild[] {
  const kept: MeetingBuild[] = [];
  const withPerson = new Map<string, MeetingBuild[]>();
  // Merging adds context only: a kept meeting's triggers, and so its day, do not change.
  const dayOf = new Map<MeetingBuild, string | undefined>();
  for (const b of builds) {
    const day = b.triggers.find((t) => t.date)?.date?.day;
    dayOf.set(b, day);
    const candidates = b.participants
      .map((p) => withPerson.get(p) ?? [])
      .reduce<MeetingBuild[] | null>((fewest, c) => (fewest && fewest.length <= c.length ? fewest : c), null);
    const earlier = candidates?.find(
      (k) =>
        k.planned === b.planned &&
        b.participants.length > 0 &&
        b.participants.every((p) => k.participants.includes(p)) &&
        (!day || day === dayOf.get(k)),
    );
    if (earlier) earlier.context.push(...b.triggers, ...b.context);
    else {
      kept.push(b);
      for (const p of new Set(b.participants)) {
        const list = withPerson.get(p) ?? [];
        list.push(b);
        withPerson.set(p, list);
      }
    }
  }
  return kept;
}

/**
 * "Onyeama is on a two-day visit to Namibia. … He is expected to meet his counterpart X on Monday",
 * "Jaishankar held bilateral meetings with his counterparts … In particular, he held talks with
 * Lavrov on Wednesday": when the first meeting found names one person only, the main meeting is the
 * first later one where that person meets someone named. The lone opening becomes part of it, and
 * gives it its day only when the meeting has none of its own.
 */
function leadWithCounterpart(builds: MeetingBuild[]): MeetingBuild[] {
  const [first] = builds;
  if (first?.participants.length !== 1 || first.kind === 'conference') return builds;
  const who = first.participants[0] as string;
  const at = builds.findIndex((b, i) => i > 0 && b.participants.length > 1 && b.participants.includes(who));
  if (at < 0) return builds;
  const main = builds[at] as MeetingBuild;
  const dated = main.triggers.some((t) => t.date);
  const merged: MeetingBuild = {
    ...main,
    // "X arrived on a visit. X will discuss with Y …": the talks belong to the visit under way, and
    // take its day when they have none of their own.
    planned: main.planned && (dated || first.planned),
    triggers: dated ? main.triggers : [...main.triggers, ...first.triggers],
    context: [...main.context, ...(dated ? first.triggers : []), ...first.context],
  };
  return [merged, ...builds.slice(1, at), ...builds.slice(at + 1)];
}

/**
 * "Встреча министров обороны прошла в рамках визита президента X в Москву": a lone visitor's visit
 * named only as the frame of the story's meeting is not the main one; the first meeting of two
 * people or more after it goes first.
 */
const FRAME = /(?<![\p{L}])(?:в|у) рамках (?:\p{L}+ ){0,2}?(?:визит|візит)/iu;

function frameLast(builds: MeetingBuild[]): MeetingBuild[] {
  const [first] = builds;
  if (first?.participants.length !== 1 || !first.triggers.every((t) => FRAME.test(t.sentence.text)))
    return builds;
  const at = builds.findIndex((b, i) => i > 0 && b.participants.length > 1);
  if (at < 0) return builds;
  return [builds[at] as MeetingBuild, first, ...builds.slice(1, at), ...builds.slice(at + 1)];
}

/**
 * "Foreign Minister X leaves after attending the SCO meeting in Goa, Friday, May 5, 2023. / Photo: AP
 * Archive": a scraped page keeps the photo caption above the story. The meeting a caption shows is an
 * older one, told only to illustrate; the story's own meeting is the main one, so a meeting told only
 * on caption lines goes after the others (it is still filed, with its own day): the caption's
 * sentences are read after the story's. (CAPTION, in cues.ts, tells a caption line.)
 */
function captionsLast(analyzed: AnalyzedSentence[], text: string): AnalyzedSentence[] {
  // The caption lines, found in one pass: looking for each sentence's line from its start was
  // quadratic in a long report written on one line.
  const lines: [number, number][] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    if (CAPTION.test(line)) lines.push([from, from + line.length]);
    from += line.length + 1;
  }
  if (lines.length === 0) return analyzed;
  // Sentences come in the order of the text: one pointer walks the caption lines beside them.
  let at = 0;
  const onCaption = (a: AnalyzedSentence) => {
    while (at < lines.length && (lines[at]?.[1] ?? 0) < a.sentence.start) at++;
    const line = lines[at];
    return line !== undefined && a.sentence.start >= line[0];
  };
  const caption = new Set(analyzed.filter(onCaption));
  if (caption.size === 0) return analyzed;
  return [...analyzed.filter((a) => !caption.has(a)), ...caption];
}

/**
 * The surnames of those the rules set aside, whom no meeting sentence takes: named in a meeting
 * sentence but left out of it (a source, a sender of greetings, a photographer), named only to be
 * denied a meeting ("did not meet", the officials at the airport), or named only in the background
 * ("regularly visits", "visited in 2003").
 */
function bystanderSurnames(
  analyzed: readonly AnalyzedSentence[],
  people: ReportPeople,
  day: string | null,
): Set<string> {
  const told = (a: AnalyzedSentence) =>
    a.kind !== null &&
    !NO_MEETING_TOLD[a.lang].test(a.sentence.text) &&
    !tellsEarlierYear(a.sentence.text, day);
  const taken = new Set(analyzed.flatMap((a) => (told(a) ? a.participants : [])));
  const leftOut = new Set<string>();
  const inForeground = new Set<string>();
  for (const a of analyzed) {
    for (const m of a.mentions) {
      if (a.denied || (a.kind && !a.participants.includes(m.key))) leftOut.add(m.key);
      else if (!a.background) inForeground.add(m.key);
    }
  }
  const out = new Set<string>();
  for (const key of new Set(analyzed.flatMap((a) => a.mentions.map((m) => m.key)))) {
    const name = people.get(key)?.name;
    if (name && !taken.has(key) && (leftOut.has(key) || !inForeground.has(key))) out.add(surnameKey(name));
  }
  return out;
}

/** Words the report writes in lower case somewhere: capitalized at a sentence start they are no names. */
function lowercaseWords(body: string): Set<string> {
  const words = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}])[\p{Ll}][\p{L}-]+/gu)) words.add(m[0]);
  return words;
}

/** With no dateline and no publication date, the first full date in the opening sentences anchors the rest. */
function firstWrittenDay(texts: readonly string[], lang: ReportLanguage): string | null {
  // The opening sentences, then the last ones, where a scraped page keeps "Posted 23.06.2011".
  for (const t of [...texts.slice(0, 4), ...texts.slice(Math.max(4, texts.length - 2))]) {
    const m = findDates(t, lang, null).find((d) => d.yearGiven && !d.relative);
    if (m) return m.date;
  }
  return null;
}
