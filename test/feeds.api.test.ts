import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'feeds');

/**
 * Two outlets' feeds served by a real local HTTP server: an RSS feed whose item links to an HTML
 * article page and another to a plain-text note about the weather, and an Atom feed whose entry links
 * to a plain-text report of the same meeting. Feeds answer 304 to a matching If-None-Match.
 */
function feedServer() {
  const seen: { url: string; headers: IncomingHttpHeaders; status: number }[] = [];
  const files: Record<string, { file: string; type: string }> = {
    '/a/feed.xml': { file: 'outlet-a.rss.xml', type: 'application/rss+xml' },
    '/b/feed.xml': { file: 'outlet-b.atom.xml', type: 'application/atom+xml' },
    '/a/zarifi-appathurai.html': { file: 'zarifi-appathurai.html', type: 'text/html; charset=utf-8' },
    '/a/weather.txt': { file: 'weather.txt', type: 'text/plain; charset=utf-8' },
    '/b/appathurai-dushanbe.txt': { file: 'appathurai-dushanbe.txt', type: 'text/plain; charset=utf-8' },
  };
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const entry = files[url];
    const answer = (status: number, headers: Record<string, string> = {}, body = '') => {
      seen.push({ url, headers: req.headers, status });
      res.writeHead(status, headers).end(body);
    };
    if (!entry) return answer(url === '/broken/feed.xml' ? 500 : 404);
    const body = readFileSync(join(FIXTURES, entry.file), 'utf8').replaceAll('{{BASE}}', base);
    const tag = `"${entry.file}-v1"`;
    if (url.endsWith('feed.xml') && req.headers['if-none-match'] === tag) return answer(304, { etag: tag });
    answer(
      200,
      { 'content-type': entry.type, etag: tag, 'last-modified': 'Thu, 15 Mar 2012 12:00:00 GMT' },
      body,
    );
  });
  return {
    seen,
    get base() {
      return base;
    },
    start: () =>
      new Promise<void>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          resolve();
        }),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const local = feedServer();
beforeAll(local.start);
afterAll(local.stop);

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`news feeds and the press desk on ${db.name}`, () => {
    const api = useApi(db);

    it('turns two outlets’ reports of one meeting into one draft with two sources, and polls conditionally', async () => {
      const requestsBefore = local.seen.length;
      await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      for (const path of ['/a/feed.xml', '/b/feed.xml']) {
        const added = await api.call('POST', '/api/feeds', { url: `${local.base}${path}` });
        expect(added.status).toBe(201);
        expect(added.json).toMatchObject({ polled_at: null, failures: 0, items: 0 });
      }
      const again = await api.call('POST', '/api/feeds', { url: `${local.base}/a/feed.xml` });
      expect(again.status).toBe(409);
      expect(again.json.errors[0].field).toBe('url');

      const poll = await api.call('POST', '/api/feeds/poll');
      expect(poll.status).toBe(200);
      const byUrl = Object.fromEntries(
        poll.json.feeds.map((f: { url: string }) => [f.url.replace(local.base, ''), f]),
      );
      // Outlet A: the meeting report makes a draft; the weather note is taken but makes none.
      expect(byUrl['/a/feed.xml']).toMatchObject({
        status: '200',
        new_items: 2,
        drafts_created: 1,
        drafts_joined: 0,
      });
      expect(byUrl['/b/feed.xml']).toMatchObject({
        status: '200',
        new_items: 1,
        drafts_created: 0,
        drafts_joined: 1,
      });

      const drafts = await api.call('GET', '/api/press-drafts?status=open');
      expect(drafts.json.total).toBe(1);
      const [draft] = drafts.json.items;
      expect(draft).toMatchObject({ status: 'open', start_date: '2012-03-14', meeting_id: null });
      expect(draft.meeting.participants.map((p: { person_id: string }) => p.person_id).sort()).toEqual([
        'hamrokhon-zarifi',
        'james-appathurai',
      ]);
      expect(draft.sources.map((s: { url: string }) => s.url.replace(local.base, ''))).toEqual([
        '/a/zarifi-appathurai.html',
        '/b/appathurai-dushanbe.txt',
      ]);
      expect(draft.sources[0].text).toBeUndefined();
      // The article page was read with Readability: the report's paragraphs, not the navigation.
      const detail = await api.call('GET', `/api/press-drafts/${draft.id}`);
      expect(detail.status).toBe(200);
      expect(detail.json.sources[0].text).toContain('Foreign Minister Hamrokhon Zarifi yesterday received');
      expect(detail.json.sources[0].text).not.toContain('Subscribe to our newsletter');

      // The second poll sends the validators and is answered 304: nothing new.
      const second = await api.call('POST', '/api/feeds/poll');
      expect(
        second.json.feeds.map((f: { status: string; new_items: number }) => [f.status, f.new_items]),
      ).toEqual([
        ['304', 0],
        ['304', 0],
      ]);
      const conditional = local.seen
        .slice(requestsBefore)
        .filter((s) => s.url.endsWith('feed.xml') && s.status === 304);
      expect(conditional.map((s) => s.headers['if-none-match'])).toEqual([
        '"outlet-a.rss.xml-v1"',
        '"outlet-b.atom.xml-v1"',
      ]);
      expect(
        conditional.every((s) => s.headers['if-modified-since'] === 'Thu, 15 Mar 2012 12:00:00 GMT'),
      ).toBe(true);
      const feeds = await api.call('GET', '/api/feeds');
      expect(
        feeds.json.items.map((f: { items: number; last_status: string }) => [f.items, f.last_status]),
      ).toEqual([
        [2, '304'],
        [1, '304'],
      ]);

      // One click confirms the draft: one meeting resting on both outlets' reports.
      const meeting = {
        partner_id: 'tj',
        kind: 'visit',
        start_date: '2012-03-14',
        city: 'Dushanbe',
        participants: [
          { person_id: 'hamrokhon-zarifi', side: 'host' },
          { person_id: 'james-appathurai', side: 'visitor' },
        ],
      };
      const stale = await api.call('POST', `/api/press-drafts/${draft.id}/confirm`, {
        version: draft.version + 1,
        meeting,
      });
      expect(stale.status).toBe(409);
      // The duplicate check runs: the liaison officer's visit to Dushanbe the day before is a candidate.
      const checked = await api.call('POST', `/api/press-drafts/${draft.id}/confirm`, {
        version: draft.version,
        meeting,
      });
      expect(checked.status).toBe(409);
      expect(checked.json.duplicates).toEqual([
        expect.objectContaining({ id: 'tj-2012-03-13-nlo-visit', reasons: ['place'] }),
      ]);
      const confirmed = await api.call('POST', `/api/press-drafts/${draft.id}/confirm`, {
        version: draft.version,
        meeting: { ...meeting, confirm_new: true },
      });
      expect(confirmed.status, confirmed.body).toBe(200);
      expect(confirmed.json.draft).toMatchObject({
        status: 'confirmed',
        meeting_id: confirmed.json.meeting.id,
      });
      const urls = new Set(
        confirmed.json.meeting.sources.map((s: { url: string }) => s.url.replace(local.base, '')),
      );
      expect(urls).toEqual(new Set(['/a/zarifi-appathurai.html', '/b/appathurai-dushanbe.txt']));
      const onDay = await api.call('GET', '/api/meetings?partner_id=tj&from=2012-03-14&to=2012-03-14');
      expect(onDay.json.total).toBe(1);
      const twice = await api.call('POST', `/api/press-drafts/${draft.id}/confirm`, {
        version: confirmed.json.draft.version,
        meeting,
      });
      expect(twice.status).toBe(409);
    }, 180_000);

    it('waits twice as long after each failure, and says what failed', async () => {
      const added = await api.call('POST', '/api/feeds', { url: `${local.base}/broken/feed.xml` });
      const before = Date.now();
      const poll = await api.call('POST', '/api/feeds/poll');
      expect(poll.json.feeds.find((f: { id: string }) => f.id === added.json.id).status).toBe('failed');
      const feed = (await api.call('GET', '/api/feeds')).json.items.find(
        (f: { id: string }) => f.id === added.json.id,
      );
      expect(feed).toMatchObject({ failures: 1, last_status: 'failed', last_error: 'HTTP 500' });
      // The default interval is 30 minutes: after one failure, an hour.
      const wait = Date.parse(feed.next_poll_at) - before;
      expect(wait).toBeGreaterThan(59 * 60_000);
      expect(wait).toBeLessThan(61 * 60_000);
    }, 60_000);

    it('dismisses a draft, and keeps feeds and drafts from everyone but the organization', async () => {
      const open = await api.call('GET', '/api/press-drafts');
      expect(open.status).toBe(200);
      const readers = {
        anonymous: {},
        partnerTj: await api.signIn('partner', 'tj'),
        partnerKz: await api.signIn('partner', 'kz'),
        provider: await api.signIn('provider', 'nato'),
        observer: await api.signIn('observer'),
      };
      const some = open.json.items[0];
      for (const [who, headers] of Object.entries(readers)) {
        for (const [method, url, body] of [
          ['GET', '/api/feeds', undefined],
          ['POST', '/api/feeds', { url: `${local.base}/a/feed.xml` }],
          ['POST', '/api/feeds/poll', undefined],
          ['GET', '/api/press-drafts', undefined],
          ['GET', `/api/press-drafts/${some.id}`, undefined],
          ['POST', `/api/press-drafts/${some.id}/dismiss`, { version: some.version }],
        ] as const) {
          const res = await api.raw(method, url, body, headers);
          expect(res.status, `${who} ${method} ${url}`).toBe(who === 'anonymous' ? 401 : 403);
          expect(res.body).not.toContain('Zarifi');
        }
      }
      const gone = await api.call('POST', '/api/press-drafts/no-such-draft/dismiss', { version: 1 });
      expect(gone.status).toBe(404);
    });
  });
}
