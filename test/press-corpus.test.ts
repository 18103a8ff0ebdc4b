import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, MEETING_STATUSES } from '../src/schemas/dialogue/report.schema.js';

/**
 * The real press corpus (test/fixtures/press-corpus/README*.md): checks the shape of every annotated
 * report, never the extractor's scores. The split is decided by the URL alone so that nobody can
 * move a report between dev and test after seeing how the extractor does on it.
 */
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, 'fixtures', 'press-corpus');
const SPLITS = ['dev', 'test'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/;

interface Fixture {
  split: (typeof SPLITS)[number];
  folder: string;
  file: string;
  text: string;
  expected: Record<string, unknown>;
}

function loadFixtures(): Fixture[] {
  const found: Fixture[] = [];
  for (const split of SPLITS) {
    const splitDir = join(ROOT, split);
    if (!existsSync(splitDir)) continue;
    for (const folder of readdirSync(splitDir).sort()) {
      for (const file of readdirSync(join(splitDir, folder)).sort()) {
        if (!file.endsWith('.txt')) continue;
        const jsonPath = join(splitDir, folder, file.replace(/\.txt$/, '.expected.json'));
        found.push({
          split,
          folder,
          file,
          text: readFileSync(join(splitDir, folder, file), 'utf8'),
          expected: existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : {},
        });
      }
    }
  }
  return found;
}

/** A date that exists on the calendar (rejects 2023-02-30 as well as malformed strings). */
function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function splitFor(url: string): 'dev' | 'test' {
  const firstHexDigit = Number.parseInt(createHash('sha1').update(url).digest('hex')[0] ?? 'f', 16);
  return firstHexDigit <= 4 ? 'test' : 'dev';
}

const fixtures = loadFixtures();

describe('press corpus', () => {
  it('holds annotated reports', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('pairs every .expected.json with a .txt report', () => {
    for (const split of SPLITS) {
      const splitDir = join(ROOT, split);
      if (!existsSync(splitDir)) continue;
      for (const folder of readdirSync(splitDir)) {
        for (const file of readdirSync(join(splitDir, folder))) {
          if (file.endsWith('.expected.json'))
            expect(existsSync(join(splitDir, folder, file.replace(/\.expected\.json$/, '.txt'))), file).toBe(
              true,
            );
          else
            expect(file.endsWith('.txt'), `${folder}/${file} is neither a report nor its answers`).toBe(true);
        }
      }
    }
  });

  it('gives URLs that are unique across both splits and all languages', () => {
    const seen = new Map<string, string>();
    for (const f of fixtures) {
      const url = f.expected.url as string;
      expect(seen.get(url), `${f.file} repeats the URL of ${seen.get(url)}`).toBeUndefined();
      seen.set(url, f.file);
    }
  });

  for (const f of fixtures) {
    describe(`${f.split}/${f.folder}/${f.file}`, () => {
      const e = f.expected;

      it('is named <outlet>-<yyyy-mm-dd>-<slug>.txt and has a body', () => {
        expect(f.file).toMatch(FILE_NAME);
        expect(f.text.trim().length).toBeGreaterThan(80);
      });

      it('states language, outlet, url, licence and publication date', () => {
        expect(e.language).toBe(f.folder);
        expect(f.folder).toMatch(/^[a-z]{2}$/);
        expect(typeof e.outlet === 'string' && e.outlet.trim().length > 0).toBe(true);
        expect(typeof e.licence === 'string' && e.licence.trim().length > 0).toBe(true);
        expect(new URL(e.url as string).protocol).toMatch(/^https?:$/);
        // null only where the stored page shows no publication date; the README lists those.
        expect(e.published === null || isCalendarDate(e.published), String(e.published)).toBe(true);
        if ('truncated' in e) expect(typeof e.truncated).toBe('boolean');
      });

      it('sits in the split its URL decides', () => {
        expect(f.split).toBe(splitFor(e.url as string));
      });

      it('annotates at least one meeting in the existing shape', () => {
        const meetings = e.meetings as Record<string, unknown>[];
        expect(Array.isArray(meetings) && meetings.length > 0).toBe(true);
        for (const m of meetings) {
          expect(m.date === null || isCalendarDate(m.date), String(m.date)).toBe(true);
          const place = m.place as Record<string, unknown>;
          expect(Object.keys(place).sort()).toEqual(['city', 'country']);
          for (const v of Object.values(place)) expect(v === null || typeof v === 'string').toBe(true);
          const kinds = Array.isArray(m.kind) ? m.kind : [m.kind];
          expect(kinds.length).toBeGreaterThan(0);
          for (const k of kinds) expect(MEETING_KINDS).toContain(k);
          expect(MEETING_STATUSES).toContain(m.status);
          const participants = m.participants as { name: unknown; side: unknown }[];
          expect(participants.length).toBeGreaterThan(0);
          for (const p of participants) {
            expect(typeof p.name === 'string' && p.name.trim().length > 0).toBe(true);
            expect([null, 'host', 'visitor']).toContain(p.side);
            // Names are copied from the report: the stem of the last name word must occur in it
            // (a stem, because Russian, Ukrainian, Turkish and Arabic inflect or prefix names).
            const last = (p.name as string).trim().split(/\s+/).at(-1) ?? '';
            const stem = last.replace(/[.,]$/u, '').slice(0, 4).toLocaleLowerCase();
            expect(f.text.toLocaleLowerCase(), `${p.name} not found in the report`).toContain(stem);
          }
        }
      });
    });
  }
});
