import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './support/cli.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'feeds');
const dir = mkdtempSync(join(tmpdir(), 'concord-feeds-'));
let base = '';
let feedRequests = 0;

// The feed is served by this process, so the command runs asynchronously (a blocking spawn would
// keep the server from answering).
const server = createServer((req, res) => {
  if (req.url === '/b/feed.xml') {
    feedRequests++;
    const tag = '"b-v1"';
    if (req.headers['if-none-match'] === tag) return res.writeHead(304, { etag: tag }).end();
    const xml = readFileSync(join(FIXTURES, 'outlet-b.atom.xml'), 'utf8').replaceAll('{{BASE}}', base);
    return res.writeHead(200, { 'content-type': 'application/atom+xml', etag: tag }).end(xml);
  }
  if (req.url === '/b/appathurai-dushanbe.txt')
    return res
      .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      .end(readFileSync(join(FIXTURES, 'appathurai-dushanbe.txt'), 'utf8'));
  res.writeHead(404).end();
});

beforeAll(
  () =>
    new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      }),
    ),
);
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function concord(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(REPO, 'bin', 'concord.js'), ...args],
      {
        cwd: REPO,
        env: {
          ...process.env,
          LOG_LEVEL: 'warn',
          DATABASE_URL: `sqlite://${join(dir, 'feeds.db')}`,
          BACKUP_DIR: join(dir, 'backups'),
        },
        timeout: 120_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('concord feeds', () => {
  it('adds, lists and polls a feed: the new item becomes a draft, the next poll is not modified', async () => {
    const added = await concord('feeds', 'add', `${base}/b/feed.xml`);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^Watching http:\/\/127\.0\.0\.1:\d+\/b\/feed\.xml as 127-0-0-1-/);
    const bad = await concord('feeds', 'add', 'ftp://example.org/feed');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^concord: url: /);

    const first = await concord('feeds', 'poll', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).feeds).toEqual([
      expect.objectContaining({ status: '200', new_items: 1, drafts_created: 1, drafts_joined: 0 }),
    ]);
    const second = await concord('feeds', 'poll');
    expect(second.stdout.trim()).toBe(
      `${base}/b/feed.xml: 304, 0 new item(s), 0 new draft(s), 0 joined an open draft`,
    );
    expect(feedRequests).toBe(2);
    const list = await concord('feeds', 'list', '--json');
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        title: 'Central Asia Daily (test fixture)',
        items: 1,
        last_status: '304',
        failures: 0,
      }),
    ]);
  }, 240_000);
});
