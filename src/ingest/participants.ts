import type { MeetingKind, ParticipantDraft, Side } from '../schemas/dialogue/report.schema.js';
import {
  ACCOMPANYING,
  HOST_VERB,
  INVITER_BEFORE,
  NOT_PARTICIPANT_AFTER,
  NOT_PARTICIPANT_BEFORE,
  OWN_MEETING_BEFORE_SPEAKER,
  PASSIVE_HOST_VERB,
  SPEAKER_BEFORE,
  SPOKESPERSON,
  TOPICAL,
  VISITOR_MARK_AFTER,
  VISITOR_MARK_BEFORE,
  VISITOR_VERB,
} from './cues.js';
import {
  type CompiledGazetteer,
  type GazetteerPerson,
  looseKey,
  organizationName,
  postOn,
} from './gazetteer.js';
import { type NameMention, surnameKey, withoutSuffix } from './person-names.js';
import type { Language } from './text.js';
import { affiliationOf } from './titles.js';

/** One person as the whole report knows them: the fullest name and first title found. */
export interface ReportPerson {
  key: string;
  name: string;
  words: number;
  title: string | null;
  person: GazetteerPerson | null;
}

/** The people of a report, so that "Zarifi" in the third paragraph is the "Hamrokhon Zarifi" of the first. */
export class ReportPeople {
  private readonly byKey = new Map<string, ReportPerson>();
  private readonly bySurname = new Map<string, string>();

  /** Registers a mention on its own evidence; the key, or null when the mention is too weak alone. */
  add(mention: NameMention): string | null {
    if (!mention.strong) return null;
    const m = { ...mention, name: withoutSuffix(mention.name) };
    const surname = surnameKey(m.name);
    const words = m.name.split(/\s+/).length;
    // "Sheikh Abdullah bin Zayed … Sheikh Abdullah": an Arabic name is shortened to its given name;
    // "Wang Yi … Wang": a Chinese, Korean or Japanese one to its family name, which comes first.
    const given =
      /^(\S+) (?:bin|bint|ibn|ben) /iu.exec(m.name)?.[1] ??
      (words === 2 && /^\p{Script=Latin}/u.test(m.name) ? m.name.split(/\s+/)[0] : undefined);
    // "PM Shehbaz meets Erdogan" above "Prime Minister Shehbaz Sharif": the given name told first, on
    // its own (a headline, "Sheikh Mohamed"), is the person whose full name comes later.
    const shortFirst =
      given && !this.bySurname.has(surname) ? this.byKey.get(`name:${looseKey(given)}`) : undefined;
    let key = m.person
      ? `id:${m.person.id}`
      : (this.bySurname.get(surname) ?? (shortFirst?.words === 1 ? shortFirst.key : `name:${surname}`));
    // "Bharat Raj Paudyal … Bimala Rai Paudyal": the same surname with another first name is someone else.
    const same = this.byKey.get(key);
    if (
      !m.person &&
      same &&
      words > 1 &&
      same.words > 1 &&
      (/^\p{Script=Latin}/u.test(m.name)
        ? firstKey(same.name) !== firstKey(m.name)
        : // "Гурбангулы Бердымухамедов … Сердаром Бердымухамедовым": in Cyrillic the first name may
          // still carry its case ending ("Сергея", "Майей"), so only another stem is another person.
          /^\p{Script=Cyrillic}/u.test(m.name) && !sameCyrillicFirstName(same.name, m.name))
    )
      key = `name:${surname}:${firstKey(m.name)}`;
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, { key, name: m.name, words, title: m.title, person: m.person });
    } else {
      if (words > known.words) {
        known.name = m.name;
        known.words = words;
      }
      known.title = known.title ?? m.title;
    }
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, key);
    if (given && !this.bySurname.has(looseKey(given))) this.bySurname.set(looseKey(given), key);
    for (const name of m.person?.names ?? []) {
      const s = surnameKey(name);
      if (!this.bySurname.has(s)) this.bySurname.set(s, key);
    }
    return key;
  }

  /** The key of a weak mention (a bare surname) whose full name the report gives elsewhere. */
  resolve(m: NameMention): string | null {
    return this.bySurname.get(surnameKey(m.name)) ?? null;
  }

  /** The person of a key; a bare surname of a known person is completed from the gazetteer, in the report's script. */
  get(key: string): ReportPerson | undefined {
    const p = this.byKey.get(key);
    if (!p || p.words > 1 || !p.person) return p;
    const cyrillic = /\p{Script=Cyrillic}/u.test(p.name);
    const surname = surnameKey(p.name);
    const full = p.person.names.find(
      (n) =>
        /\p{Script=Cyrillic}/u.test(n) === cyrillic && n.split(/\s+/).length > 1 && surnameKey(n) === surname,
    );
    return full ? { ...p, name: full, words: full.split(/\s+/).length } : p;
  }
}

/**
 * Whether two Cyrillic full names open with the same first name, allowing for a case ending the
 * nominative rules missed ("Сергея"/"Сергей", "Майей"/"Майя") and for an initial ("С."/"Сергей").
 */
export function sameCyrillicFirstName(a: string, b: string): boolean {
  const x = (a.split(/\s+/)[0] ?? '').toLowerCase().replace(/ё/g, 'е');
  const y = (b.split(/\s+/)[0] ?? '').toLowerCase().replace(/ё/g, 'е');
  if (x.endsWith('.') || y.endsWith('.')) return x[0] === y[0];
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  return common >= Math.min(3, x.length, y.length) && common >= Math.min(x.length, y.length) - 2;
}

function firstKey(name: string): string {
  return looseKey(name.split(/\s+/)[0] ?? name);
}

export interface KeyedMention {
  mention: NameMention;
  key: string;
}

/** Names in a meeting sentence that only send greetings, are quoted or speak for someone. */
export function bystanders(
  sentence: string,
  mentions: readonly KeyedMention[],
  lang: Language,
  cueIndex: number,
  kind: MeetingKind | null = null,
): Set<string> {
  const out = new Set<string>();
  for (const m of namesAfterMarkers(sentence, mentions, NOT_PARTICIPANT_BEFORE[lang])) out.add(m.key);
  const speaker = SPEAKER_BEFORE[lang];
  if (speaker) {
    const own = OWN_MEETING_BEFORE_SPEAKER[lang]?.exec(sentence);
    for (const m of namesAfterMarkers(sentence, mentions, speaker))
      if (!own || own.index > m.mention.start) out.add(m.key);
  }
  if (kind !== 'visit')
    for (const m of namesAfterMarkers(sentence, mentions, INVITER_BEFORE[lang])) out.add(m.key);
  for (const m of mentions) {
    if (NOT_PARTICIPANT_AFTER[lang].test(sentence.slice(m.mention.end)) && mentions.length > 1)
      out.add(m.key);
    if (SPOKESPERSON.test(m.mention.title ?? '')) out.add(m.key);
    // "VNA/VNS Photo Dương Giang", "Photo by X": who took the picture.
    if (PHOTO_CREDIT.test(sentence.slice(Math.max(0, m.mention.phraseOffset - 12), m.mention.phraseOffset)))
      out.add(m.key);
    // "Special Assistant to the Minister on Media", "media adviser": who speaks for a participant.
    if (lang === 'en' && MEDIA_AIDE.test(m.mention.title ?? '')) out.add(m.key);
    // "Sanda said that Onyeama held a meeting with …": the source of the news, unless "said he met".
    // (Only when the clause names someone else: "X said it was a pleasure to meet Y" keeps X.)
    if (
      lang === 'en' &&
      m.mention.end <= cueIndex &&
      SOURCE_OF.test(sentence.slice(m.mention.end, cueIndex)) &&
      // "X told Y during their meeting": "their" puts the speaker in it.
      !THEIR_MEETING.test(sentence.slice(Math.max(0, cueIndex - 24), cueIndex)) &&
      (mentions.some(
        (o) => o.key !== m.key && o.mention.start > m.mention.end && o.mention.end <= cueIndex,
      ) ||
        // "X said the talks were productive": the meeting told before, spoken of.
        // (Spanish and French, read with these rules: "X mencionó que la llamada…", "X a dit que l'entretien…")
        /(?:^|\s)(?:the|la|el|los|las|le|les) $|(?:^|\s)l'$/i.test(
          sentence.slice(Math.max(0, cueIndex - 4), cueIndex),
        ))
    )
      out.add(m.key);
  }
  const before = (at: number) => mentions.some((m) => m.mention.end <= at && !out.has(m.key));
  // "It was their first talks since North Korea executed X, the uncle of Y": what the talks are
  // measured from. Set between commas, the clause ends at the second ("Z, the first to visit since X
  // took office, met Y" keeps Y).
  const since = lang === 'en' ? FIRST_SINCE.exec(sentence) : null;
  if (since) {
    const from = since.index + since[0].length;
    const comma = /,\s*the\s+$/i.test(sentence.slice(0, since.index)) ? sentence.indexOf(',', from) : -1;
    const to = comma < 0 ? sentence.length : comma;
    for (const m of mentions) if (m.mention.start > from && m.mention.start < to) out.add(m.key);
  }
  // "…, days after Putin visited Crimea": a later clause about another event.
  const clause = SIDE_CLAUSE[lang].exec(sentence.slice(cueIndex));
  if (clause && before(cueIndex + clause.index)) {
    for (const m of mentions) if (m.mention.start > cueIndex + clause.index) out.add(m.key);
  }
  // "discussed the proposals of President X": after the verb come topics, unless "discussed with X"
  // in any language the rules read ("обговорив із", "discutió con", "a discuté avec", "بحث مع").
  const topical = TOPICAL[lang].exec(sentence);
  if (topical && topical.index > cueIndex && before(topical.index)) {
    const end = topical.index + topical[0].length;
    for (const m of mentions) {
      if (
        m.mention.start > end &&
        !/^\s*(?:with|с|со|з|із|зі|con|avec|mit|مع)\s/iu.test(sentence.slice(end, m.mention.phraseOffset + 1))
      ) {
        out.add(m.key);
      }
    }
  }
  return out;
}

const FIRST_SINCE =
  /(?<![\p{L}])(?:[Ff]irst|[Ll]ast) (?:[\p{L}-]+ ){0,2}?(?:talks|meetings?|visits?|calls?|conversations?|contacts?|summits?) since (?=\p{Lu})/u;

const THEIR_MEETING = /(?:^|\s)(?:their|our)\s+(?:[\p{L}-]+\s+)?$/iu;

const MEDIA_AIDE =
  /(?:on|for) media|media (?:adviser|advisor|assistant|aide|officer)|press (?:officer|attach[eé]|aide)|director of (?:communications|information)/i;

/** A name, perhaps with its title in commas, then "said (that)" and a clause whose subject is someone else. */
const PHOTO_CREDIT = /(?:photo|photograph|picture|pic)s?(?: by| credit)?:?\s*$/iu;

const SOURCE_OF =
  /^(?:'s)?\s*(?:,[^,]{1,100},\s*)?(?:said|says|told(?: \p{L}+){0,3}|disclosed|noted|added|stated|announced|explained|revealed|informed(?: \p{L}+){0,3}|mencion[óo]|dijo|afirm[óo]|señal[óo]|declar[óo]|indic[óo]|explic[óo]|asegur[óo]|a (?:dit|d[ée]clar[ée]|indiqu[ée]|affirm[ée]|expliqu[ée]|pr[ée]cis[ée]|annonc[ée])|d[ée]clare|indique|affirme)(?![\p{L}])(?!(?:\s+on \p{L}+)?(?:\s+that)?\s+(?:he|she|they|we|I|both|the two)(?![\p{L}]))/iu;

const SIDE_CLAUSE: Record<Language, RegExp> = {
  en: /(?:,|;|\s—)\s*(?:(?:a|one|two|three|several|just)?\s*(?:days?|weeks?|months?|hours?)\s+(?:after|before)|(?:shortly\s+)?after|before|while|whereas|amid|since|when|en medio de|mientras|despu[ée]s de que|alors que|tandis que|apr[èe]s que|lorsque|pendant que|depuis que|au moment o[ùu])\s/i,
  ru: /(?:,|;|\s—)\s*(?:после того как|в то время как|тогда как|когда|пока|накануне того как)\s/iu,
};

// Between a marker and the name it marks: at most a place ("с визитом в Таджикистане") and an article.
// Or where the words were said: "сказал в интервью радио Baltkom 93,9 посол X", "заявил журналистам X".
const MARKER_GAP =
  /^\s*(?:(?:в|во|in|to)\s+\p{Lu}[\p{L}-]*\s*)?(?:(?:the|a|an)\s+)?$|^\s*(?:в (?:интервью|беседе с журналистами|эфире)|журналистам|агентству|изданию|телеканалу|радио|в інтерв'ю|журналістам|виданню)(?:\s+\S+){0,3}\s*$/u;

/** For each match of a global marker pattern, the name (with its title) written right after it. */
export function namesAfterMarkers(
  sentence: string,
  mentions: readonly KeyedMention[],
  pattern: RegExp,
): KeyedMention[] {
  const found: KeyedMention[] = [];
  for (const m of sentence.matchAll(pattern)) {
    const end = m.index + m[0].length;
    const next = mentions.find((k) => k.mention.start >= end);
    // The marker may end inside the name's title ("официальный представитель МИД РФ Мария Захарова").
    if (
      next &&
      MARKER_GAP.test(sentence.slice(end, Math.max(end, next.mention.phraseOffset))) &&
      !found.includes(next)
    ) {
      found.push(next);
    }
  }
  return found;
}

export interface SideEvidence {
  sentence: string;
  mentions: KeyedMention[];
}

/**
 * Who hosted and who travelled. Explicit wording decides first ("X received Y", "Y was received by
 * X", "visiting Y", "Y arrived in"); then people of the host country host; otherwise nobody gets a side.
 */
export function assignSides(
  evidence: readonly SideEvidence[],
  participants: readonly string[],
  affiliations: ReadonlyMap<string, string | null>,
  hostSide: ReadonlySet<string>,
  visitLike: boolean,
  lang: Language,
): Map<string, Side | null> {
  const sides = new Map<string, Side | null>(participants.map((k) => [k, null]));
  const set = (key: string, side: Side) => {
    if (sides.has(key) && sides.get(key) === null) sides.set(key, side);
  };
  for (const { sentence, mentions } of evidence) {
    const inMeeting = mentions.filter((m) => sides.has(m.key));
    const passive = PASSIVE_HOST_VERB[lang].exec(sentence);
    const active = passive ? null : HOST_VERB[lang].exec(sentence);
    const hostVerb = passive ?? active;
    if (hostVerb) {
      const beforeVerb = inMeeting.filter((m) => m.mention.end <= hostVerb.index);
      const afterVerb = inMeeting.filter((m) => m.mention.start >= hostVerb.index + hostVerb[0].length);
      const [hosts, visitors] = passive ? [afterVerb, beforeVerb] : [beforeVerb, afterVerb];
      for (const m of hosts) set(m.key, 'host');
      for (const m of visitors) set(m.key, 'visitor');
    }
    for (const m of namesAfterMarkers(sentence, inMeeting, VISITOR_MARK_BEFORE[lang])) set(m.key, 'visitor');
    for (const m of inMeeting)
      if (VISITOR_MARK_AFTER[lang].test(sentence.slice(m.mention.end))) set(m.key, 'visitor');
    const visitVerb = VISITOR_VERB[lang].exec(sentence);
    // "Y visited Kyiv": the nearest name before the verb, unless it sits in "X met Y, who arrived".
    if (
      visitVerb &&
      !hostVerb &&
      !/(?:who|which|котор\p{L}*)\s+(?:\p{L}+\s+){0,2}$/iu.test(sentence.slice(0, visitVerb.index))
    ) {
      const subject = inMeeting.filter((m) => m.mention.end <= visitVerb.index).pop();
      if (subject) set(subject.key, 'visitor');
    }
    for (const m of namesAfterMarkers(sentence, inMeeting, ACCOMPANYING[lang])) {
      const companion = inMeeting.find((k) => k.mention.end <= m.mention.start && sides.get(k.key));
      if (companion) set(m.key, sides.get(companion.key) as Side);
    }
  }
  fillFromAffiliation(sides, affiliations, hostSide, visitLike);
  return sides;
}

function fillFromAffiliation(
  sides: Map<string, Side | null>,
  affiliations: ReadonlyMap<string, string | null>,
  hostSide: ReadonlySet<string>,
  visitLike: boolean,
): void {
  const keys = [...sides.keys()];
  const of = (k: string) => affiliations.get(k) ?? null;
  if (!keys.some((k) => sides.get(k))) {
    // No wording says who travelled: on a visit, the people of the place host and the others visit.
    if (!visitLike || hostSide.size === 0) return;
    for (const k of keys) {
      const a = of(k);
      if (a) sides.set(k, hostSide.has(a) ? 'host' : 'visitor');
    }
    if (!keys.some((k) => sides.get(k))) return;
  }
  const visitors = keys.filter((k) => sides.get(k) === 'visitor');
  const hosts = keys.filter((k) => sides.get(k) === 'host');
  const visitorSides = new Set(visitors.map(of).filter(Boolean));
  const hostSides = new Set(hosts.map(of).filter(Boolean));
  for (const k of keys) {
    if (sides.get(k)) continue;
    const a = of(k);
    if (a && visitorSides.has(a)) sides.set(k, 'visitor');
    else if (a && hostSides.has(a)) sides.set(k, 'host');
    else if (visitors.length > 0 && hosts.length === 0) sides.set(k, 'host');
    else if (hosts.length > 0 && visitors.length === 0) sides.set(k, 'visitor');
    else if (a && hostSide.size > 0) sides.set(k, hostSide.has(a) ? 'host' : 'visitor');
  }
}

export interface Description {
  title: string | null;
  organization: string | null;
  /** the country or organization the person speaks for, to tell hosts from visitors */
  side: string | null;
}

/** Title and organization of a participant, from the report first and the gazetteer after. */
export function describe(p: ReportPerson, day: string | null, g: CompiledGazetteer): Description {
  const post = p.person ? postOn(p.person, day) : null;
  const postOrganization = post ? organizationName(g, post.organization) : null;
  const fromTitle = p.title ? affiliationOf(p.title, g) : null;
  const sideFromTitle = p.title ? affiliationOf(p.title, null) : null;
  const sideFromPost = postOrganization ? affiliationOf(postOrganization, null) : null;
  return {
    title: p.title ?? post?.label ?? null,
    organization: fromTitle?.name ?? postOrganization ?? null,
    side: sideFromTitle?.name ?? sideFromPost?.name ?? null,
  };
}

export function toDraft(p: ReportPerson, side: Side | null, description: Description): ParticipantDraft {
  return {
    name: p.name,
    title: description.title,
    organization: description.organization,
    side,
    person_id: p.person?.id ?? null,
  };
}
