import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, textOf, useBrowserApp } from '../support/browser.js';

const SEED_REPORT = readFileSync(
  join(import.meta.dirname, '..', '..', 'data', 'demo', 'dialogue', 'asia-plus-2011-06-23.txt'),
  'utf8',
);

/** What the API holds for Tajikistan around 22 June 2011, read as the signed-in page reads it. */
const meetingsOn22June = (page: Page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/meetings?partner_id=tj&from=2011-06-21&to=2011-06-23');
    const body = (await res.json()) as {
      total: number;
      items: { id: string; sources: { source_id: string }[] }[];
    };
    return body.items.map((m) => ({ id: m.id, sources: [...new Set(m.sources.map((s) => s.source_id))] }));
  });

describe.skipIf(!hasChromium)('duplicates caught in Chromium', () => {
  const app = useBrowserApp();

  it('pasting the seed report twice leaves one 22 June 2011 meeting with one Asia-Plus source', async () => {
    const page = await app.openPage('/dialogue/ingest');
    await app.signIn(page, 'staff');
    expect(await meetingsOn22June(page)).toEqual([
      { id: 'tj-2011-06-22-zarifi-appathurai', sources: ['asia-plus-2011-06-23'] },
    ]);

    for (const paste of [1, 2]) {
      await page.goto(`${app.base}/dialogue/ingest`);
      await page.getByRole('heading', { level: 1, name: 'Paste a press report' }).waitFor();
      await page.getByLabel(/^Report text/).fill(SEED_REPORT);
      await page.getByRole('button', { name: 'Read the report' }).click();
      const draft = page.getByRole('region', { name: 'Draft meeting' });
      // The review says the report is stored already, and offers the recorded meeting first.
      await draft
        .getByRole('status')
        .getByText(/stored already as the source “Asia-Plus: Tajik FM meets NATO special envoy”/)
        .waitFor();
      const choice = draft.getByRole('radiogroup', {
        name: 'This report may describe a meeting already recorded',
      });
      const attach = choice.getByRole('radio', {
        name: /Add this report to the recorded meeting: 22 June 2011/,
      });
      await attach.waitFor();
      expect(await attach.isChecked()).toBe(true);
      expect(await textOf(choice)).toMatch(
        /Hamrokhon Zarifi, James Appathurai \(same participants, same place\)/,
      );
      expect(await choice.getByRole('radio', { name: 'Record a new meeting' }).isChecked()).toBe(false);
      await expectAccessible(page);
      if (paste === 2) await saveScreen(page, 'duplicates-second-paste');
      await draft.getByRole('button', { name: 'Add the report to the meeting' }).click();
      await page.getByRole('heading', { level: 1, name: /22 June 2011/ }).waitFor();
      expect(page.url()).toContain('/dialogue/meetings/tj-2011-06-22-zarifi-appathurai');
    }
    expect(await meetingsOn22June(page)).toEqual([
      { id: 'tj-2011-06-22-zarifi-appathurai', sources: ['asia-plus-2011-06-23'] },
    ]);
  }, 150_000);
});
