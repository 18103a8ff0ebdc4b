import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { concord, startServer } from './support/cli.js';
import { freePort } from './support/ports.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-cli-'));
const env = { DATABASE_URL: `sqlite://${join(dir, 'cli.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('the concord command', { timeout: 120_000 }, () => {
  it('has --help on every command', () => {
    for (const args of [
      [],
      ['serve'],
      ['db', 'migrate'],
      ['demo', 'load'],
      ['import'],
      ['users', 'add'],
      ['audit', 'verify'],
    ]) {
      const res = concord([...args, '--help']);
      expect(res.code).toBe(0);
      expect(res.stdout).toMatch(/Usage: concord/);
    }
  });

  it('exits 2 for a usage error (unknown option or command, missing argument), 1 for a failure', () => {
    for (const args of [['--nope'], ['db', 'migrate', '--nope'], ['no-such-command'], ['users', 'add']]) {
      const res = concord(args, env);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toMatch(/^error: /);
    }
    const failure = concord(['restore', join(dir, 'absent.jsonl')], env);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/^concord: /m);
  });

  it('checks options with the API’s own schemas and names the option it refuses', () => {
    const cases: [string[], RegExp][] = [
      [['meetings', 'list', '--limit', 'many'], /--limit: /],
      [['meetings', 'list', '--limit', '501'], /--limit: /],
      [['followups', '--on', '2011-13-45'], /--on: /],
      [['followups', '--due', 'someday'], /--due: /],
      [['menu', 'list', '--limit', '0'], /--limit: /],
      [['rounds', 'propose', '--provider', 'at', '--cap', 'two'], /--cap: /],
      [['users', 'add', 'x', '--role', 'staff'], /username: /],
    ];
    for (const [args, message] of cases) {
      const res = concord(args, env);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr, args.join(' ')).toMatch(message);
      expect(res.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it('reports as JSON with --json: audit verify, backup', () => {
    const audit = concord(['audit', 'verify', '--json'], env);
    expect(audit.code, audit.stderr).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ intact: true, entries: expect.any(Number) });
    const saved = concord(['backup', join(dir, 'json-backup.jsonl'), '--json'], env);
    expect(saved.code, saved.stderr).toBe(0);
    const report = JSON.parse(saved.stdout);
    expect(report.file).toBe(join(dir, 'json-backup.jsonl'));
    expect(report.tables.organization).toMatchObject({
      rows: expect.any(Number),
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('migrates the database it is pointed at', () => {
    const res = concord(['db', 'migrate'], env);
    expect(res.stdout).toMatch(/0001-registry|up to date/);
    expect(res.stdout).toContain('sqlite');
  });

  it('imports the good rows of a JSON file and reports each bad row by number, field and reason', () => {
    const path = file(
      'orgs.json',
      JSON.stringify([
        { id: 'ok-one', kind: 'framework', names: [{ name: 'First' }] },
        { id: 'bad-date', kind: 'framework', founding_date: '2013-11-31', names: [{ name: 'Second' }] },
        { id: 'bad-field', kind: 'framework', colour: 'blue', names: [{ name: 'Third' }] },
        { id: 'ok-two', kind: 'body', parent_id: 'ok-one', names: [{ name: 'Fourth' }] },
        { id: 'bad-parent', kind: 'body', parent_id: 'nowhere', names: [{ name: 'Fifth' }] },
      ]),
    );
    const res = concord(['import', 'organizations', path, '--json'], env);
    expect(res.code).toBe(2);
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({ rows: 5, imported: 2, failed: 3, committed: true });
    expect(report.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'founding_date'],
      [3, 'colour'],
      [5, 'parent_id'],
    ]);
    const again = concord(['import', 'organizations', path], env);
    expect(again.stdout).toMatch(/row 1: id: a organization with id ok-one exists already/);
  });

  it('imports nothing with --strict when a row is bad', () => {
    const path = file(
      'people.csv',
      'id,name,nationality,birth_date\nperson-a,Alpha Person,TJ,1960\nperson-b,Beta Person,ZZ,1961\n',
    );
    const strict = concord(['import', 'people', path, '--strict', '--json'], env);
    expect(JSON.parse(strict.stdout)).toMatchObject({ imported: 0, committed: false, failed: 1 });
    expect(JSON.parse(strict.stdout).errors[0]).toMatchObject({ row: 2, field: 'nationality' });
    const lenient = concord(['import', 'people', path, '--json'], env);
    expect(JSON.parse(lenient.stdout)).toMatchObject({ imported: 1, committed: true });
  });

  it('says clearly when the file cannot be read or is not JSON, without a stack trace', () => {
    const missing = concord(['import', 'people', join(dir, 'nope.json')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^concord: file: cannot read/);
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
    const broken = concord(['import', 'people', file('broken.json', '[{')], env);
    expect(broken.stderr).toMatch(/not valid JSON/);
    const kind = concord(['import', 'planets', file('x.json', '[]')], env);
    expect(kind.code).not.toBe(0);
    expect(kind.stderr).toMatch(/Allowed choices are areas, sources, organizations/);
  });

  it('adds, lists, disables and resets accounts, and verifies the audit trail', () => {
    const added = concord(['users', 'add', 'chief', '--role', 'admin'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Password: \S{12,}/);
    expect(concord(['users', 'add', 'official', '--role', 'partner'], env).stderr).toMatch(/organization_id/);
    expect(concord(['users', 'add', 'chief', '--role', 'staff'], env).stderr).toMatch(
      /username: chief is taken/,
    );
    expect(concord(['users', 'disable', 'chief'], env).code).toBe(0);
    expect(concord(['users', 'list'], env).stdout).toMatch(/chief\tadmin\t-\tdisabled/);
    expect(concord(['users', 'reset', 'chief'], env).stdout).toMatch(/New password of chief: \S{12,}/);
    const verified = concord(['audit', 'verify'], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Audit trail intact: \d+ entries verified/);
  });

  it('serve alone, or any production start, loads no demo data and creates no account', async () => {
    const port = freePort();
    for (const [name, extra, args] of [
      ['plain.db', {}, []],
      ['production.db', { NODE_ENV: 'production' }, ['--demo']],
      ['production-env.db', { NODE_ENV: 'production', CONCORD_DEMO: 'on' }, []],
    ] as const) {
      const url = `sqlite://${join(dir, name)}`;
      const server = await startServer({ DATABASE_URL: url, ...extra }, port, process.execPath, [...args]);
      try {
        expect(server.output()).not.toMatch(/loaded the demo data/);
        const orgs = await fetch(`http://localhost:${port}/api/organizations`);
        expect(((await orgs.json()) as { total: number }).total).toBe(0);
        const instance = await fetch(`http://localhost:${port}/api/instance`);
        expect(await instance.json()).toEqual({ demo: false });
        const signIn = await fetch(`http://localhost:${port}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'concord-demo' }),
        });
        expect(signIn.status).toBe(401);
      } finally {
        await server.stop();
      }
      const users = concord(['users', 'list'], { DATABASE_URL: url });
      expect(users.stdout.trim()).toBe('');
    }
  });

  it('serves the demo data on an empty database with --demo, and keeps data across restarts', async () => {
    const fresh = { DATABASE_URL: `sqlite://${join(dir, 'serve.db')}` };
    const port = freePort();
    const first = await startServer(fresh, port);
    try {
      const instance = await fetch(`http://localhost:${port}/api/instance`);
      expect(await instance.json()).toEqual({ demo: true });
      const res = await fetch(`http://localhost:${port}/api/organizations/TJ/memberships`);
      const body = (await res.json()) as { items: { organization_id: string }[] };
      expect(body.items.map((m) => m.organization_id).sort()).toEqual(['eapc', 'pfp']);
      const signIn = await fetch(`http://localhost:${port}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'staff', password: 'concord-demo' }),
      });
      expect(signIn.status).toBe(200);
      const { csrf_token } = (await signIn.json()) as { csrf_token: string };
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const created = await fetch(`http://localhost:${port}/api/sources`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf_token },
        body: JSON.stringify({ id: 'kept-source', title: 'Survives a restart' }),
      });
      expect(created.status).toBe(201);
    } finally {
      await first.stop();
    }
    const second = await startServer(fresh, port);
    try {
      expect(second.output()).not.toMatch(/loaded the demo data/);
      const res = await fetch(`http://localhost:${port}/api/sources/kept-source`);
      expect(res.status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
