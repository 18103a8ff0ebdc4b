import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  hasChromium,
  nextFrames,
  saveScreen,
  textOf,
  useBrowserApp,
} from '../support/browser.js';

const SEED_REPORT = readFileSync(
  join(import.meta.dirname, '..', '..', 'data', 'demo', 'dialogue', 'asia-plus-2011-06-23.txt'),
  'utf8',
);

describe.skipIf(!hasChromium)('dialogue in Chromium', () => {
  const app = useBrowserApp();

  it('journey 1: Tajikistan on 22 June 2011 — timeline, both sides in office, dialogue, exercises, briefing pack', async () => {
    const page = await app.openPage('/partners/tj?on=2011-06-22');
    // Staff read the whole record (programmes and the liaison officer's visits are not public).
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/partners/tj?on=2011-06-22`);
    await page.getByRole('heading', { level: 1, name: 'Tajikistan' }).waitFor();
    const timeline = page.getByRole('img', { name: /Timeline of memberships/ });
    await timeline.locator('canvas').first().waitFor();
    // The chart's label tells the memberships; every event is in the list beside it.
    const events = page.getByRole('list', { name: 'Events on the timeline' });
    await expect.poll(() => events.textContent()).toContain('22 June 2011');
    const summary = `${await timeline.getAttribute('aria-label')} ${await events.textContent()}`;
    expect(summary).toContain('10 March 1992');
    expect(summary).toContain('30 May 1997');
    expect(summary).toContain('20 February 2002');
    expect(summary).toMatch(/Visit on 22 June 2011 in Dushanbe with Hamrokhon Zarifi, James Appathurai/);
    expect(summary).toMatch(/IPP from 1 January 2011 to 31 December 2012/);
    expect(summary).toMatch(/hosts Illustrative PfP exercise 2010/);

    // Both sides in office that day: the partner's posts, and NATO's posts concerning the partner.
    await page
      .getByRole('table', { name: 'Office holders on 22 June 2011' })
      .getByRole('link', { name: 'Hamrokhon Zarifi' })
      .waitFor();
    await page
      .getByRole('table', { name: 'NATO posts concerning Tajikistan on 22 June 2011' })
      .getByRole('link', { name: 'James Appathurai' })
      .waitFor();

    const recent = page.getByRole('list', { name: 'Recent meetings up to 22 June 2011' });
    expect(await textOf(recent)).toMatch(/22 June 2011[\s\S]*Hamrokhon Zarifi \(Minister of Foreign Affairs/);
    const cadence = await textOf(page.getByRole('table', { name: 'Cadence by channel' }));
    expect(cadence).toMatch(/Secretary General[\s\S]*Overdue/);
    const exercises = await textOf(page.getByRole('table', { name: 'Exercises' }));
    expect(exercises).toMatch(/2010[\s\S]*Hosted/);
    // The exercise Tajikistan joins in August 2011 lies after the page's date (issue 14: true to its date).
    expect(exercises).not.toMatch(/2011[\s\S]*Joined/);

    await page.getByRole('button', { name: 'Export briefing pack' }).click();
    const pdf = page.getByRole('menuitem', { name: 'PDF document' });
    expect(await pdf.getAttribute('href')).toBe(
      // the UI's language goes with the link: the document opens outside the app
      '/api/partners/tj/dossier?format=pdf&on=2011-06-22&lang=en',
    );
    const json = await page.evaluate(() =>
      fetch('/api/partners/tj/dossier?format=json&on=2011-06-22').then((r) => r.json()),
    );
    expect(json.people.map((p: { name: string | null }) => p.name)).toEqual(
      expect.arrayContaining(['Hamrokhon Zarifi', 'James Appathurai']),
    );
    await page.keyboard.press('Escape');
    // The menu closes with a transition: checked while still closing, its half-gone list was a violation.
    await pdf.waitFor({ state: 'hidden' });
    await expectAccessible(page);
    await nextFrames(page);
    await saveScreen(page, 'journey-1-partner');

    // The dialogue screens.
    await page.getByRole('navigation').getByRole('link', { name: 'Dialogue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dialogue' }).waitFor();
    await page.getByText('14 meetings', { exact: true }).waitFor();
    await expectAccessible(page);
    // "Export this view": the file holds the same 14 meetings the list counts.
    const csvHref = await page.getByRole('link', { name: 'This view as CSV' }).getAttribute('href');
    expect(csvHref).toBe('/api/exports/meetings?format=csv');
    const csv = await page.evaluate((href) => fetch(href).then((r) => r.text()), csvHref as string);
    expect(csv.trim().split('\n')).toHaveLength(1 + 14);
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await page.getByRole('region', { name: 'June 2011' }).getByRole('link', { name: '22 June 2011' }).click();
    await page.getByRole('heading', { level: 1, name: /Visit — Tajikistan, 22 June 2011/ }).waitFor();
    const participants = await textOf(page.getByRole('table', { name: 'Participants' }));
    expect(participants).toMatch(/Hamrokhon Zarifi\s+Host\s+Minister of Foreign Affairs of Tajikistan/);
    expect(participants).toMatch(
      /James Appathurai\s+Visitor\s+NATO Secretary General's Special Representative/,
    );
    expect(await textOf(page.getByRole('main'))).toContain('CAMEO 042');
    await expectAccessible(page);
    await page.goto(`${app.base}/dialogue/follow-ups`);
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    await overdue.getByRole('article', { name: /next visit to Dushanbe/ }).waitFor();
    await expectAccessible(page);
  }, 90_000);

  it('journey 3: staff paste a report, review it beside the highlighted text, confirm, and find it on the timeline', async () => {
    const page = await app.openPage('/dialogue/ingest');
    await app.signIn(page, 'staff');
    await page.getByRole('heading', { level: 1, name: 'Paste a press report' }).waitFor();

    // The form first: a refused save says why next to the field and keeps what was typed.
    await page.goto(`${app.base}/dialogue/new`);
    await page.getByRole('heading', { level: 1, name: 'New meeting' }).waitFor();
    await page.getByLabel(/^City/).fill('Dushanbe');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.locator('.mantine-InputWrapper-error').first().waitFor();
    expect(await page.getByLabel(/^City/).inputValue()).toBe('Dushanbe');
    await expectAccessible(page);
    await page.goto(`${app.base}/dialogue/ingest`);
    // A later visit told the same way, so that confirming makes a new meeting beside the seed one.
    const report = SEED_REPORT.replace('June 23, 2011', 'September 15, 2011');
    await page.getByLabel(/^Report text/).fill(report);
    await page.getByLabel('Published on').fill('2011-09-15');
    await page.getByRole('button', { name: 'Read the report' }).click();
    const text = page.getByTestId('report-text');
    await text.locator('mark').first().waitFor();
    // The language it was read in, and the reader's choice of another: the report is read again.
    const language = page.getByTestId('ingest-language');
    await expect.poll(() => language.textContent()).toMatch(/^Read as English \(detected\)/);
    await page.getByRole('combobox', { name: 'Language of the report' }).click();
    await page.getByRole('option', { name: 'French' }).click();
    await expect.poll(() => language.textContent()).toBe('Read as French, as you chose.');
    await page.getByRole('combobox', { name: 'Language of the report' }).click();
    await page.getByRole('option', { name: 'Detect it' }).click();
    await expect.poll(() => language.textContent()).toMatch(/^Read as English \(detected\)/);
    await text.locator('mark').first().waitFor();
    expect(await text.locator('mark[data-kind="person"]').allInnerTexts()).toEqual(
      expect.arrayContaining(['Hamrokhon Zarifi', 'James Appathurai']),
    );
    expect(await text.locator('mark[data-kind="date"]').allInnerTexts()).toContain('yesterday');
    const draft = page.getByRole('region', { name: 'Draft meeting' });
    await expect.poll(() => draft.getByLabel(/^Partner/).inputValue()).toBe('Tajikistan');
    expect(await draft.getByLabel(/^Date/).inputValue()).toBe('2011-09-14');
    await draft.getByText(/Post on that day: Minister of Foreign Affairs of Tajikistan/).waitFor();
    await expectAccessible(page);
    await saveScreen(page, 'journey-3-ingest');

    await draft.getByRole('button', { name: 'Confirm and save' }).click();
    await page.getByRole('heading', { level: 1, name: /Visit — Tajikistan, 14 September 2011/ }).waitFor();
    const sources = await textOf(page.getByRole('region', { name: 'Sources' }));
    expect(sources).toMatch(/Asia-Plus, 15 September 2011/);
    expect(sources).toContain('Foreign Minister Hamrokhon Zarifi yesterday received');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tajikistan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Tajikistan' }).waitFor();
    const events = page.getByRole('list', { name: 'Events on the timeline' });
    await expect.poll(() => events.textContent()).toContain('Visit on 14 September 2011 in Dushanbe');
  });

  it('journey 4: a participant the reader proposed without a sentence saying so is marked for checking', async () => {
    const page = await app.openPage('/dialogue/ingest');
    await app.signIn(page, 'staff');
    await page.getByRole('heading', { level: 1, name: 'Paste a press report' }).waitFor();
    // A published transcript: "I also had a meeting with the NATO Secretary General, Mark Rutte."
    const transcript = readFileSync(
      'test/fixtures/press-corpus/dev/en/pm-gov-au-2025-06-16-albanese-lee-rutte-kananaskis.txt',
      'utf8',
    );
    await page.getByLabel(/^Report text/).fill(transcript);
    await page.getByLabel('Published on').fill('2025-06-16');
    await page.getByRole('button', { name: 'Read the report' }).click();
    const draft = page.getByRole('region', { name: 'Draft meeting' });
    const proposed = draft.getByTestId('proposed-participant');
    await proposed.first().waitFor();
    expect(await proposed.allInnerTexts()).toEqual([
      expect.stringMatching(/^Proposed: no sentence says this person took part, .* likely \(\d{2,3}%\)/),
    ]);
    await expectAccessible(page);
    await saveScreen(page, 'journey-4-proposed-participant');
  }, 90_000);
});
