import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../src/domain/core/search-text.js';
import { extractReport } from '../src/ingest/extract.js';
import { BUILT_IN_GAZETTEER } from '../src/ingest/known-people.js';
import type { MeetingDraft, ReportExtraction } from '../src/schemas/dialogue/report.schema.js';
import { reportExtractionSchema } from '../src/schemas/dialogue/report.schema.js';

/**
 * The development set: hand-written reports (test/fixtures/press/README.md) with the answers a reader
 * would give. Scored as the independent evaluation will be: participant-name F1 over all meetings
 * of a report, and whether the main meeting's date is right.
 */
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, 'fixtures', 'press');
const SEED = resolve(here, '..', '..', 'shared', 'seed', 'asia-plus-2011-06-23.txt');

interface ExpectedMeeting {
  date: string | null;
  place: { city: string | null; country: string | null };
  kind: string | string[];
  status: 'held' | 'planned';
  participants: { name: string; side: 'host' | 'visitor' | null }[];
}

interface Expected {
  published?: string;
  meetings: ExpectedMeeting[];
}

interface Case {
  name: string;
  text: string;
  expected: Expected;
}

function loadCases(): Case[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(FIXTURES, f), 'utf8'),
      expected: JSON.parse(
        readFileSync(join(FIXTURES, f.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as Expected,
    }));
}

const HONORIFICS = new Set(['lord', 'mr', 'mrs', 'ms', 'dr', 'sir', 'ambassador']);

/** Name words that identify a person: folded, without honorifics and initials. */
function nameWords(name: string): string[] {
  return foldForSearch(name)
    .split(/\s+/)
    .filter((w) => !HONORIFICS.has(w) && !/^\p{L}\.$/u.test(w));
}

/** One name matches another when the surnames agree and, if both give one, the first names too. */
function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0 || x[x.length - 1] !== y[y.length - 1]) return false;
  return x.length === 1 || y.length === 1 || x[0] === y[0];
}

function uniqueNames(meetings: readonly { participants: readonly { name: string }[] }[]): string[] {
  const names: string[] = [];
  for (const m of meetings)
    for (const p of m.participants) if (!names.some((n) => sameName(n, p.name))) names.push(p.name);
  return names;
}

interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  dateRight: boolean;
  notes: string[];
}

function score(got: ReportExtraction, expected: Expected): Score {
  const predictedNames = uniqueNames(got.meetings);
  const expectedNames = uniqueNames(expected.meetings);
  const truePositives = expectedNames.filter((e) => predictedNames.some((p) => sameName(e, p))).length;
  const main: MeetingDraft | undefined = got.meetings[0];
  const want = expected.meetings[0];
  const notes: string[] = [];
  if (want && main) {
    const kinds = Array.isArray(want.kind) ? want.kind : [want.kind];
    if (!kinds.includes(main.kind)) notes.push(`kind ${main.kind}, want ${kinds.join('|')}`);
    if (main.status !== want.status) notes.push(`status ${main.status}, want ${want.status}`);
    if (main.place.city !== want.place.city || main.place.country !== want.place.country) {
      notes.push(
        `place ${main.place.city}/${main.place.country}, want ${want.place.city}/${want.place.country}`,
      );
    }
    for (const p of want.participants) {
      const found = main.participants.find((q) => sameName(q.name, p.name));
      if (found && found.side !== p.side) notes.push(`${p.name} side ${found.side}, want ${p.side}`);
    }
  }
  if (got.meetings.length !== expected.meetings.length) {
    notes.push(`${got.meetings.length} meetings, want ${expected.meetings.length}`);
  }
  const missing = expectedNames.filter((e) => !predictedNames.some((p) => sameName(e, p)));
  const extra = predictedNames.filter((p) => !expectedNames.some((e) => sameName(e, p)));
  if (missing.length) notes.push(`missing ${missing.join(', ')}`);
  if (extra.length) notes.push(`extra ${extra.join(', ')}`);
  return {
    truePositives,
    predicted: predictedNames.length,
    expected: expectedNames.length,
    dateRight: (main?.date ?? null) === (want?.date ?? null),
    notes,
  };
}

describe('the ingest development set', () => {
  const cases = loadCases();

  it('has at least 15 reports in English and Russian, each with its answer', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const languages = new Set(cases.map((c) => extractReport(c.text).language));
    expect([...languages].sort()).toEqual(['en', 'ru']);
  });

  it('reaches participant-name F1 ≥ 0.85 and main-date accuracy ≥ 0.8', () => {
    let tp = 0;
    let predicted = 0;
    let expectedCount = 0;
    let datesRight = 0;
    const lines: string[] = [];
    for (const c of cases) {
      const got = extractReport(c.text, {
        file: c.name,
        published: c.expected.published,
        gazetteer: BUILT_IN_GAZETTEER,
      });
      expect(reportExtractionSchema.safeParse(got).success).toBe(true);
      const s = score(got, c.expected);
      tp += s.truePositives;
      predicted += s.predicted;
      expectedCount += s.expected;
      if (s.dateRight) datesRight++;
      else
        s.notes.unshift(
          `date ${got.meetings[0]?.date ?? null}, want ${c.expected.meetings[0]?.date ?? null}`,
        );
      if (s.notes.length) lines.push(`  ${c.name}: ${s.notes.join('; ')}`);
    }
    const precision = predicted ? tp / predicted : 0;
    const recall = expectedCount ? tp / expectedCount : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const dateAccuracy = datesRight / cases.length;
    console.log(
      `ingest dev set: ${cases.length} reports, participant F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)}), main-date accuracy ${dateAccuracy.toFixed(3)}`,
    );
    if (lines.length) console.log(`differences:\n${lines.join('\n')}`);
    expect(f1).toBeGreaterThanOrEqual(0.85);
    expect(dateAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it.skipIf(!existsSync(SEED))(
    'reads the seed report exactly (needs ../shared/seed beside the checkout)',
    () => {
      const got = extractReport(readFileSync(SEED, 'utf8'), { gazetteer: BUILT_IN_GAZETTEER });
      expect(got.dateline).toMatchObject({ place: 'Dushanbe', date: '2011-06-23' });
      expect(got.meetings).toHaveLength(1);
      const [meeting] = got.meetings;
      expect(meeting).toMatchObject({
        date: '2011-06-22',
        place: { city: 'Dushanbe', country: 'Tajikistan' },
        status: 'held',
        topics: [
          'relations between Tajikistan and NATO',
          'Partnership for Peace',
          'developments in Central Asia',
          'border security',
          'peace and stability in Afghanistan',
        ],
      });
      expect(['visit', 'talks']).toContain(meeting?.kind);
      expect(meeting?.participants).toEqual([
        {
          name: 'Hamrokhon Zarifi',
          title: 'Foreign Minister',
          organization: 'Ministry of Foreign Affairs of Tajikistan',
          side: 'host',
          person_id: 'hamrokhon-zarifi',
        },
        {
          name: 'James Appathurai',
          title: "NATO Secretary General's Special Representative for the Caucasus and Central Asia",
          organization: 'NATO',
          side: 'visitor',
          person_id: 'james-appathurai',
        },
      ]);
    },
  );
});
