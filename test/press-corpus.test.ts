import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The shape of the real press corpus (test/fixtures/press-corpus/README*.md): every report is a
 * verbatim page text with its hand-made answer, its source and its licence, filed once in the split the
 * URL decides. These checks keep the corpus honest as it grows; they do not score the extractor.
 */
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, 'fixtures', 'press-corpus');
const PARTS = ['dev', 'test'] as const;
const KINDS = new Set(['visit', 'meeting', 'talks', 'phone_call', 'conference', 'video_call']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Fixture {
  part: (typeof PARTS)[number];
  folder: string;
  name: string;
  text: string;
  expected: Record<string, unknown>;
}

function isDay(value: unknown): boolean {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  // A real calendar day: 2023-02-30 does not survive the round trip.
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function loadFixtures(): { fixtures: Fixture[]; orphans: string[] } {
  const fixtures: Fixture[] = [];
  const orphans: string[] = [];
  for (const part of PARTS) {
    const partDir = join(ROOT, part);
    if (!existsSync(partDir)) continue;
    for (const folder of readdirSync(partDir).sort()) {
      const dir = join(partDir, folder);
      const files = readdirSync(dir);
      for (const file of files.sort()) {
        if (file.endsWith('.txt')) {
          const json = file.replace(/\.txt$/, '.expected.json');
          if (!files.includes(json)) {
            orphans.push(`${part}/${folder}/${file}`);
            continue;
          }
          fixtures.push({
            part,
            folder,
            name: file.replace(/\.txt$/, ''),
            text: readFileSync(join(dir, file), 'utf8'),
            expected: JSON.parse(readFileSync(join(dir, json), 'utf8')) as Record<string, unknown>,
          });
        } else if (file.endsWith('.expected.json')) {
          if (!files.includes(file.replace(/\.expected\.json$/, '.txt')))
            orphans.push(`${part}/${folder}/${file}`);
        } else {
          orphans.push(`${part}/${folder}/${file}`);
        }
      }
    }
  }
  return { fixtures, orphans };
}

/**
 * A name is "as written" when each of its words shows up in the text. Russian, Ukrainian and German
 * decline names ("с Сергеем Лавровым"), so a word counts when its stem (all but the last two letters,
 * at least three) occurs.
 */
function nameIsInText(name: string, text: string): boolean {
  const haystack = text.toLocaleLowerCase();
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'’-]/gu, '').toLocaleLowerCase())
    .filter((w) => w.length >= 3)
    .every((w) => haystack.includes(w.slice(0, Math.max(3, w.length - 2))));
}

describe('the press corpus', () => {
  const { fixtures, orphans } = loadFixtures();

  it('pairs every report with its answer and holds nothing else', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(orphans).toEqual([]);
  });

  it('gives every report its language, outlet, URL, licence and publication day', () => {
    const problems: string[] = [];
    for (const f of fixtures) {
      const e = f.expected;
      const where = `${f.part}/${f.folder}/${f.name}`;
      if (typeof e.language !== 'string' || !/^[a-z]{2}$/.test(e.language))
        problems.push(`${where}: language`);
      if (e.language !== f.folder)
        problems.push(`${where}: language ${String(e.language)} in folder ${f.folder}`);
      if (typeof e.outlet !== 'string' || e.outlet.trim() === '') problems.push(`${where}: outlet`);
      if (typeof e.licence !== 'string' || e.licence.trim() === '') problems.push(`${where}: licence`);
      if (!isDay(e.published)) problems.push(`${where}: published`);
      if (typeof e.url !== 'string' || !/^https?:$/.test(new URL(e.url).protocol))
        problems.push(`${where}: url`);
      // File names carry the publication day: <outlet>-<yyyy-mm-dd>-<slug>.
      if (!f.name.includes(`-${String(e.published)}-`))
        problems.push(`${where}: name lacks ${String(e.published)}`);
      if (f.text.trim().length < 80) problems.push(`${where}: text too short`);
    }
    expect(problems).toEqual([]);
  });

  it('annotates meetings in the shape of the development set', () => {
    const problems: string[] = [];
    for (const f of fixtures) {
      const where = `${f.part}/${f.folder}/${f.name}`;
      const meetings = f.expected.meetings;
      if (!Array.isArray(meetings) || meetings.length === 0) {
        problems.push(`${where}: no meetings`);
        continue;
      }
      meetings.forEach((m: Record<string, unknown>, i: number) => {
        const at = `${where} meeting ${i + 1}`;
        if (m.date !== null && !isDay(m.date)) problems.push(`${at}: date ${String(m.date)}`);
        const place = m.place as Record<string, unknown> | undefined;
        if (!place || !('city' in place) || !('country' in place)) problems.push(`${at}: place`);
        const kinds = Array.isArray(m.kind) ? m.kind : [m.kind];
        if (kinds.length === 0 || !kinds.every((k) => KINDS.has(k as string))) problems.push(`${at}: kind`);
        if (m.status !== 'held' && m.status !== 'planned') problems.push(`${at}: status`);
        const people = m.participants;
        if (!Array.isArray(people) || people.length === 0) {
          problems.push(`${at}: participants`);
          return;
        }
        for (const p of people as Record<string, unknown>[]) {
          if (typeof p.name !== 'string' || p.name.trim() === '') problems.push(`${at}: participant name`);
          else if (!nameIsInText(p.name, f.text)) problems.push(`${at}: ${p.name} is not in the text`);
          if (!(p.side === null || p.side === 'host' || p.side === 'visitor')) problems.push(`${at}: side`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('holds each URL once', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const f of fixtures) {
      const url = f.expected.url as string;
      const before = seen.get(url);
      if (before) duplicates.push(`${url}: ${before} and ${f.name}`);
      seen.set(url, f.name);
    }
    expect(duplicates).toEqual([]);
  });

  it('files each report by the split rule: test when sha1(url) starts with 0–4, else dev', () => {
    const misfiled = fixtures
      .filter((f) => {
        const first = Number.parseInt(
          createHash('sha1')
            .update(f.expected.url as string)
            .digest('hex')[0] ?? '',
          16,
        );
        return (first <= 4 ? 'test' : 'dev') !== f.part;
      })
      .map((f) => `${f.part}/${f.folder}/${f.name}`);
    expect(misfiled).toEqual([]);
  });
});
