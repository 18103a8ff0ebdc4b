import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { concord, REPO } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-cli-json-'));
const db = (name: string) => ({ DATABASE_URL: `sqlite://${join(dir, name)}` });
const env = db('main.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command that must succeed and print one JSON document on standard output. */
function json(args: string[], environment: Record<string, string> = env) {
  const res = concord(args, environment);
  expect(res.code, `${args.join(' ')}: ${res.stderr}`).toBe(0);
  // Not a terminal: nothing but the answer, no progress on standard error.
  expect(res.stderr, args.join(' ')).toBe('');
  return JSON.parse(res.stdout);
}

describe('--json on every reporting command', { timeout: 240_000 }, () => {
  let saved: { rows: number; tables: Record<string, { rows: number; checksum: string }> };

  it('prints parseable JSON for accounts', () => {
    const added = json(['users', 'add', 'alice', '--role', 'admin', '--json']);
    expect(added).toMatchObject({ username: 'alice', role: 'admin', password: expect.any(String) });
    expect(added.password.length).toBeGreaterThanOrEqual(12);
    expect(json(['users', 'list', '--json']).map((u: { username: string }) => u.username)).toEqual(['alice']);
    expect(json(['users', 'disable', 'alice', '--json'])).toEqual({ username: 'alice', disabled: true });
    const reset = json(['users', 'reset', 'alice', '--json']);
    expect(reset.username).toBe('alice');
    expect(reset.password).not.toBe(added.password);
  });

  it('prints parseable JSON for the audit trail, backup, restore and copy', () => {
    expect(json(['audit', 'verify', '--json'])).toMatchObject({ intact: true });
    const file = join(dir, 'b.jsonl');
    saved = json(['backup', file, '--json']);
    expect(saved.tables.app_user?.rows).toBe(1);
    const restored = json(['restore', file, '--json'], db('restored.db'));
    expect(restored).toMatchObject({ rows: saved.rows, verified: true });
    expect(restored.tables.app_user).toEqual(saved.tables.app_user);
    const copied = json(['db', 'copy', '--to', `sqlite://${join(dir, 'copy.db')}`, '--json']);
    expect(copied).toMatchObject({ rows: saved.rows, verified: true });
    expect(copied.to).toContain('copy.db');
    expect(existsSync(join(dir, 'copy.db'))).toBe(true);
  });

  it('prints parseable JSON for the lists and the Popolo export', () => {
    expect(json(['feeds', 'list', '--json'])).toEqual([]);
    expect(json(['menu', 'list', '--json'])).toMatchObject({ total: 0 });
    expect(json(['programmes', 'list', '--json'])).toEqual([]);
    const popolo = json(['export', 'popolo']);
    expect(popolo).toMatchObject({ persons: [], organizations: [], memberships: [], posts: [] });
  });

  it('shows progress on a terminal, and only there', () => {
    const file = join(dir, 'tty.jsonl');
    // script(1) gives the command a pseudo-terminal, as a person at a shell has.
    const res = spawnSync(
      'script',
      ['-qec', `node ${join(REPO, 'bin', 'concord.js')} backup ${file}`, '/dev/null'],
      { cwd: REPO, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(res.status, res.stdout).toBe(0);
    expect(res.stdout).toMatch(/backup .*\d+\/\d+ tables/);
    expect(res.stdout).toMatch(/Backed up \d+ rows/);
  });
});
