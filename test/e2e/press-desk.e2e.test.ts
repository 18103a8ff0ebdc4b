import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, textOf, useBrowserApp } from '../support/browser.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const FILES: Record<string, { file: string; type: string }> = {
  '/a/feed.xml': { file: 'outlet-a.rss.xml', type: 'application/rss+xml' },
  '/b/feed.xml': { file: 'outlet-b.atom.xml', type: 'application/atom+xml' },
  '/a/zarifi-appathurai.html': { file: 'zarifi-appathurai.html', type: 'text/html; charset=utf-8' },
  '/a/weather.txt': { file: 'weather.txt', type: 'text/plain; charset=utf-8' },
  '/b/appathurai-dushanbe.txt': { file: 'appathurai-dushanbe.txt', type: 'text/plain; charset=utf-8' },
};

let base = '';
const outlets = createServer((req, res) => {
  const entry = FILES[req.url ?? ''];
  if (!entry) return res.writeHead(404).end();
  const body = readFileSync(join(FIXTURES, entry.file), 'utf8').replaceAll('{{BASE}}', base);
  res.writeHead(200, { 'content-type': entry.type }).end(body);
});
beforeAll(
  () =>
    new Promise<void>((resolve) =>
      outlets.listen(0, '127.0.0.1', () => {
        base = `http://127.0.0.1:${(outlets.address() as AddressInfo).port}`;
        resolve();
      }),
    ),
);
afterAll(() => new Promise<void>((resolve) => outlets.close(() => resolve())));

describe.skipIf(!hasChromium)('the press desk in Chromium', () => {
  const app = useBrowserApp();

  it('staff watch two feeds, find one draft with two outlets, review it and record one meeting', async () => {
    const page = await app.openPage('/dialogue/press-desk');
    await app.signIn(page, 'staff');
    await page.getByRole('heading', { level: 1, name: 'Press desk' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Press desk' }).waitFor();
    await page.getByText('No feed is watched yet.').waitFor();
    await page.getByText('Nothing to review.').waitFor();

    for (const path of ['/a/feed.xml', '/b/feed.xml']) {
      await page.getByLabel(/^Feed address/).fill(`${base}${path}`);
      await page.getByRole('button', { name: 'Watch this feed' }).click();
      await page.getByRole('cell', { name: new RegExp(`${base}${path}`.replace(/[./]/g, '\\$&')) }).waitFor();
    }
    await page.getByRole('button', { name: 'Poll now' }).click();
    await page
      .getByRole('status')
      .getByText('3 new item(s): 1 new draft(s), 1 joined a draft of the same meeting.')
      .waitFor();
    const inbox = page.getByRole('table', { name: 'Inbox' });
    await inbox.getByRole('cell', { name: '14 March 2012' }).waitFor();
    expect(await textOf(inbox)).toMatch(/2 reports: Dushanbe Wire \(test fixture\); Central Asia Daily/);
    const feeds = page.getByRole('table', { name: 'News feeds' });
    expect(await textOf(feeds)).toMatch(/Dushanbe Wire \(test fixture\).*new content\s*2/s);
    await expectAccessible(page);
    await saveScreen(page, 'press-desk');

    await inbox.getByRole('link', { name: 'Review' }).click();
    await page
      .getByRole('status')
      .getByText(/From the press desk: 2 report\(s\) of this meeting/)
      .waitFor();
    await page.getByRole('button', { name: 'Read the report' }).click();
    const draft = page.getByRole('region', { name: 'Draft meeting' });
    await expect.poll(() => draft.getByLabel(/^Partner/).inputValue()).toBe('Tajikistan');
    // The liaison officer's visit to Dushanbe the day before is offered; this is another meeting.
    const choice = draft.getByRole('radiogroup', {
      name: 'This report may describe a meeting already recorded',
    });
    await choice.getByRole('radio', { name: /13 March 2012/ }).waitFor();
    await choice.getByRole('radio', { name: 'Record a new meeting' }).check();
    await expectAccessible(page);
    await draft.getByRole('button', { name: 'Confirm and save' }).click();
    await page.getByRole('heading', { level: 1, name: /14 March 2012/ }).waitFor();
    const sources = await textOf(page.getByRole('region', { name: 'Sources' }));
    expect(sources).toContain('Tajik Foreign Minister receives NATO envoy');
    expect(sources).toContain("NATO's special representative holds talks in Dushanbe");

    await page.goto(`${app.base}/dialogue/press-desk`);
    await page.getByText('Nothing to review.').waitFor();
  }, 180_000);
});
