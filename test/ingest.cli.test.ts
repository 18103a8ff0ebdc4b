import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ingestCommand } from '../src/cli/ingest.command.js';
import { concord, REPO } from './support/cli.js';

// In CI the checkout sits elsewhere, with shared/ beside it.
const SEED = resolve(REPO, '../shared/seed/asia-plus-2011-06-23.txt');
const dir = mkdtempSync(join(tmpdir(), 'concord-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('concord ingest', () => {
  it.skipIf(!existsSync(SEED))(
    'proposes the one meeting of the seed report (needs ../shared/seed beside the checkout)',
    () => {
      const res = concord(['ingest', SEED, '--json']);
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const lines = res.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const report = JSON.parse(lines[0] as string);
      expect(report.dateline).toMatchObject({ place: 'Dushanbe', date: '2011-06-23' });
      expect(report.meetings).toHaveLength(1);
      const [meeting] = report.meetings;
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
      expect(['visit', 'talks']).toContain(meeting.kind);
      expect(meeting.participants).toHaveLength(2);
      expect(meeting.participants[0]).toMatchObject({
        name: 'Hamrokhon Zarifi',
        side: 'host',
        title: 'Foreign Minister',
      });
      expect(meeting.participants[0].organization).toMatch(/Tajik/);
      expect(meeting.participants[1]).toMatchObject({
        name: 'James Appathurai',
        side: 'visitor',
        title: "NATO Secretary General's Special Representative for the Caucasus and Central Asia",
      });
    },
  );

  it('reads in the language given by --language, and refuses one it does not know', () => {
    const file = join(dir, 'french.txt');
    writeFileSync(
      file,
      'Douchanbé, 4 mai 2011. Le ministre des Affaires étrangères Hamrokhon Zarifi a reçu hier James Appathurai.',
    );
    const detected = JSON.parse(concord(['ingest', file, '--json']).stdout);
    expect(detected.language).toBe('fr');
    const chosen = concord(['ingest', file, '--json', '--language', 'es']);
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).language).toBe('es');
    const unknown = concord(['ingest', file, '--language', 'xx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--language.*xx is not one of the languages reports are read in: en, ru/);
  });

  it('refuses a missing file with one line and exit code 2', () => {
    const missing = concord(['ingest', join(dir, 'absent.txt'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^concord: .*absent\.txt: no such file$/m);
  });

  // In process: spawning the CLI costs seconds on a shared machine.
  it('prints a readable summary per file without --json, using --published for a report without dateline', async () => {
    const path = join(dir, 'release.txt');
    writeFileSync(
      path,
      'Foreign Minister Sirojiddin Muhriddin yesterday received Javier Colomina, who is on a visit to Dushanbe.\n',
    );
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    try {
      await ingestCommand().parseAsync([path, '--published', '2022-11-17'], { from: 'user' });
    } finally {
      log.mockRestore();
    }
    const out = printed.join('\n');
    expect(out).toContain('no dateline');
    expect(out).toContain('2022-11-16 ("yesterday") · visit · held · Dushanbe, Tajikistan');
    expect(out).toMatch(/host: Sirojiddin Muhriddin.*\[sirojiddin-muhriddin\]/);
    expect(out).toMatch(/visitor: Javier Colomina/);
  });

  it('refuses a --published day that does not exist as a client error (exit code 2)', async () => {
    const path = join(dir, 'any.txt');
    writeFileSync(path, 'DUSHANBE, June 23, 2011 — Nothing happened.\n');
    const run = ingestCommand().parseAsync([path, '--published', '2011-02-30'], { from: 'user' });
    await expect(run).rejects.toThrow('--published: 2011-02-30 is not a date that exists');
    await expect(run).rejects.toMatchObject({ code: 'request.invalid', status: 400 });
  });
});
