import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportExtractionSchema } from '../schemas/dialogue/report.schema.js';
import { extractReport, extractWithEvidence } from './extract.js';
import { compileGazetteer } from './gazetteer.js';
import {
  PARTICIPANT_FEATURES,
  type PersonEvidence,
  participantLikelihood,
  withLikelyParticipants,
} from './likely-participants.js';
import type { ReportPerson } from './participants.js';

const none = compileGazetteer({ people: [], places: [], organizations: [] });

function evidenceOf(text: string, published = '2024-05-14'): PersonEvidence[] {
  return extractWithEvidence(text, { published }).evidence;
}

function feature(
  e: PersonEvidence | undefined,
  name: (typeof PARTICIPANT_FEATURES)[number],
): number | undefined {
  return e?.features[PARTICIPANT_FEATURES.indexOf(name)];
}

const byName = (all: PersonEvidence[], name: string) => all.find((e) => e.person.name === name);

describe('the evidence the participant model weighs', () => {
  const report =
    'Foreign Minister Amal Haddad receives Kenyan envoy\n\n' +
    'Foreign Minister Amal Haddad received Kenyan Foreign Secretary Joseph Mwangi in Amman on Monday. ' +
    'The talks were also attended by Ambassador Grace Otieno. ' +
    'Ministry spokesperson Omar Salem said the talks were productive.';

  it('reads the headline, the lead, the titles and the meeting sentences of each person', () => {
    const all = evidenceOf(report);
    const haddad = byName(all, 'Amal Haddad');
    expect(feature(haddad, 'headline')).toBe(1);
    expect(feature(haddad, 'lead')).toBe(1);
    expect(feature(haddad, 'minister')).toBe(1);
    expect(feature(haddad, 'firstInMeeting')).toBe(1);
    const otieno = byName(all, 'Grace Otieno');
    expect(feature(otieno, 'headline')).toBe(0);
    expect(feature(otieno, 'lead')).toBe(0);
    expect(feature(otieno, 'titled')).toBe(1);
  });

  it('holds back those the rules set aside: a source, a meeting denied, a habit', () => {
    const names = (text: string) => evidenceOf(text).map((e) => e.person.name);
    // The spokesperson of the report above speaks of the talks: the rules leave him out, the model too.
    expect(names(report)).not.toContain('Omar Salem');
    expect(
      names(
        'Prime Minister Hari Thapa held talks with President Ana Lopes on Thursday. Foreign Minister Raj Verma did not meet President Ana Lopes.',
      ),
    ).not.toContain('Raj Verma');
    expect(
      names(
        'Prime Minister Hari Thapa held talks with President Ana Lopes on Thursday. The special envoy, Ambassador Paul Reed, regularly visits the region.',
      ),
    ).not.toContain('Paul Reed');
  });

  it('leaves a person named only in a photo caption to the rules', () => {
    const all = evidenceOf(
      'PRETORIA - President Cyril Ramaphosa on Tuesday welcomed the Chinese President on a state visit.\n\n' +
        'Photo caption: Minister Naledi Pandor at the Union Buildings.',
    );
    expect(all.map((e) => e.person.name)).not.toContain('Naledi Pandor');
  });
});

describe('the participant model', () => {
  const at = (values: Partial<Record<(typeof PARTICIPANT_FEATURES)[number], number>>) =>
    PARTICIPANT_FEATURES.map((f) => values[f] ?? 0);
  const minister = {
    headline: 1,
    lead: 1,
    firstThree: 1,
    mentions: Math.log1p(3),
    meetingMentions: Math.log1p(2),
    firstInMeeting: 1,
    titled: 1,
    minister: 1,
    fullName: 1,
    people: Math.log1p(3),
  };

  it('finds a minister named in the headline and in the meeting sentences of the lead likely', () => {
    expect(participantLikelihood(at(minister))).toBeGreaterThan(0.8);
  });

  it('finds a spokesperson, or someone named only as the sender of greetings, unlikely', () => {
    const inStory = {
      lead: 1,
      firstThree: 1,
      mentions: Math.log1p(1),
      meetingMentions: Math.log1p(1),
      titled: 1,
    };
    const spokesperson = { ...inStory, fullName: 1, spokesperson: 1, people: Math.log1p(3) };
    expect(participantLikelihood(at(spokesperson))).toBeLessThan(0.2);
    expect(participantLikelihood(at({ ...minister, onlyConveyed: 1 }))).toBeLessThan(
      participantLikelihood(at(minister)),
    );
  });

  it('finds a name mentioned once, late, outside any meeting sentence, unlikely', () => {
    expect(
      participantLikelihood(
        at({ firstPosition: 0.9, mentions: Math.log1p(1), fullName: 1, people: Math.log1p(4) }),
      ),
    ).toBeLessThan(0.5);
  });
});

describe('extracting a report with the model', () => {
  it('takes a side the rules miss: "I also had a meeting with the NATO Secretary General, Mark Rutte"', () => {
    const file = 'test/fixtures/press-corpus/dev/en/pm-gov-au-2025-06-16-albanese-lee-rutte-kananaskis.txt';
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const { rules } = extractWithEvidence(text, { published: '2025-06-16' });
    const got = extractReport(text, { published: '2025-06-16' });
    const names = (meetings: typeof got.meetings) =>
      meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names(rules.meetings)).not.toContain('Mark Rutte');
    expect(names(got.meetings)).toContain('Mark Rutte');
    // The draft says the person was proposed, and how likely; those the rules read say nothing.
    const rutte = got.meetings.flatMap((m) => m.participants).find((p) => p.name === 'Mark Rutte');
    expect(rutte?.likelihood).toBeGreaterThanOrEqual(0.8);
    expect(
      got.meetings[0]?.participants.find((p) => p.name === 'Anthony Albanese')?.likelihood,
    ).toBeUndefined();
    expect(reportExtractionSchema.safeParse(got).success).toBe(true);
    expect(got.meetings[0]?.evidence).toContain(
      'I also had a meeting with the NATO Secretary General, Mark Rutte.',
    );
  });

  it('does not take the president whose greetings a visitor conveyed', () => {
    const got = extractReport(
      'Foreign Minister Amal Haddad receives Kenyan delegation\n\n' +
        'AMMAN, May 13 (Petra) -- Foreign Minister Amal Haddad received Kenyan Foreign Secretary Joseph Mwangi on Monday. ' +
        'Mwangi conveyed the greetings of President Luis Moreno.',
      { published: '2024-05-14' },
    );
    expect(got.meetings[0]?.participants.map((p) => p.name)).toEqual(['Amal Haddad', 'Joseph Mwangi']);
  });
});

describe('likely people join the main meeting', () => {
  const person = (name: string): ReportPerson => ({
    key: `name:${name}`,
    name,
    words: 2,
    title: null,
    person: null,
  });
  const meeting = {
    date: '2024-05-13',
    end_date: null,
    date_text: 'on Monday',
    place: { city: 'Amman', country: 'Jordan' },
    kind: 'meeting' as const,
    status: 'held' as const,
    participants: [
      { name: 'Amal Haddad', title: 'Foreign Minister', organization: null, side: null, person_id: null },
    ],
    topics: [],
    areas: [],
    evidence: ['Foreign Minister Amal Haddad received Joseph Mwangi on Monday.'],
  };
  const model = { bias: 0, weights: [10], threshold: 0.8 };
  const likely = (name: string, sentence: string): PersonEvidence => ({
    person: person(name),
    sentence,
    features: [1],
  });

  it('adds a likely person with the sentence that names them as evidence', () => {
    const [main] = withLikelyParticipants(
      [meeting],
      [likely('Joseph Mwangi', 'Foreign Minister Amal Haddad received Joseph Mwangi on Monday.')],
      none,
      model,
    );
    expect(main?.participants.map((p) => p.name)).toEqual(['Amal Haddad', 'Joseph Mwangi']);
    expect(main?.evidence).toEqual(['Foreign Minister Amal Haddad received Joseph Mwangi on Monday.']);
  });

  it('adds nobody already drafted under the same surname, nobody unlikely, and nothing without a meeting', () => {
    expect(withLikelyParticipants([meeting], [likely('Haddad', 'Haddad said.')], none, model)).toEqual([
      meeting,
    ]);
    expect(
      withLikelyParticipants([meeting], [{ ...likely('Grace Otieno', 'x'), features: [0] }], none, model),
    ).toEqual([meeting]);
    expect(withLikelyParticipants([], [likely('Grace Otieno', 'x')], none, model)).toEqual([]);
  });
});
