import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, textOf, useBrowserApp } from '../support/browser.js';

// The server started for this file keeps attached files here (it inherits the environment).
const FILES = mkdtempSync(join(tmpdir(), 'concord-e2e-files-'));
process.env.ATTACHMENTS_DIR = FILES;
afterAll(() => rmSync(FILES, { recursive: true, force: true }));

const MINUTES = Buffer.from(
  '%PDF-1.4\n% Minutes of the meeting, 22 June 2011\ntrailer <<>>\n%%EOF\n',
  'latin1',
);

// A new desk officer's everyday writes, in Chromium alone, against `concord serve` on the demo data.
describe.skipIf(!hasChromium)('create, edit and undo in the browser', { timeout: 120_000 }, () => {
  const app = useBrowserApp();

  it('adds a person with names in two scripts and the post they take up', async () => {
    const page = await app.openPage('/people');
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/people`);
    await page.getByRole('link', { name: 'New person' }).click();
    await page.getByRole('heading', { level: 1, name: 'New person' }).waitFor();

    // Checked in the browser with the API's schema before anything is sent: the first name is required.
    const name = (n: number) => page.getByLabel(new RegExp(`^Name ${n}\\s*\\*?$`));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => name(1).getAttribute('aria-invalid')).toBe('true');
    expect(await name(1).getAttribute('maxlength')).toBe('300');

    await name(1).fill('Dilshod Rahimzoda');
    await name(2).fill('Дилшод Рахимзода');
    await page.getByRole('button', { name: 'Add a transliteration' }).click();
    await name(3).fill('Dilshod Rakhimzoda');
    await page.getByLabel('Nationality').fill('tj');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dilshod Rahimzoda' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/people\/dilshod-rahimzoda/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Take up a post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Take up a post' });
    await dialog.getByRole('combobox', { name: 'Post' }).fill('Liaison');
    await page.getByRole('option', { name: /NATO Liaison Officer in Central Asia/ }).click();
    // A date the API would refuse is refused here first, next to its field.
    await dialog.getByLabel('In post from').fill('2024-13-01');
    await dialog.getByRole('button', { name: 'Take up the post' }).click();
    await dialog.getByText(/must be a date|is not a date that exists/).waitFor();
    await dialog.getByLabel('In post from').fill('2030-09-01');
    await dialog.getByLabel('Acting (interim) holder').check();
    await dialog.getByRole('button', { name: 'Take up the post' }).click();
    await dialog.waitFor({ state: 'detached' });
    const held = page.getByRole('table', { name: 'Posts held' });
    await held.getByRole('link', { name: 'NATO Liaison Officer in Central Asia', exact: true }).waitFor();
    expect(await textOf(held)).toMatch(/acting[\s\S]*1 September 2030/);

    // Where the post comes from: a source cited with its quote on the nationality.
    await page.getByRole('button', { name: 'Cite a source' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite a source' });
    await cite.getByRole('combobox', { name: 'Source' }).fill('Asia-Plus');
    await page.getByRole('option', { name: 'Asia-Plus: Tajik FM meets NATO special envoy' }).click();
    await cite.getByRole('combobox', { name: 'Field it states' }).click();
    await page.getByRole('option', { name: 'nationality', exact: true }).click();
    await cite.getByLabel(/^Value it states/).fill('TJ');
    await cite.getByLabel('Quoted passage').fill('Tajik diplomat Dilshod Rahimzoda');
    await cite.getByRole('button', { name: 'Cite', exact: true }).click();
    await cite.waitFor({ state: 'detached' });
    const cited = await page.evaluate(
      (id) => fetch(`/api/claims?subject_type=person&subject_id=${id}`).then((r) => r.json()),
      new URL(page.url()).pathname.split('/').pop(),
    );
    expect(cited.items).toMatchObject([
      { field: 'nationality', value: 'TJ', excerpt: 'Tajik diplomat Dilshod Rahimzoda' },
    ]);

    // The Russian spelling and the transliteration find the same person.
    for (const q of ['Рахимзода', 'Rakhimzoda']) {
      const found = await page.evaluate(
        (text) => fetch(`/api/people?q=${encodeURIComponent(text)}`).then((r) => r.json()),
        q,
      );
      expect(found.items.map((p: { name: string }) => p.name)).toEqual(['Dilshod Rahimzoda']);
    }
  });

  it('corrects a wrong meeting date, then undoes the change from the history', async () => {
    const page = await app.openPage('/dialogue');
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/dialogue/meetings/tj-2013-04-10-rahmon-nato-hq`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const facts = page.locator('dl.facts');
    expect(await textOf(facts)).toContain('10 April 2013');

    await page.getByRole('button', { name: 'Edit meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit meeting' });
    await dialog.getByLabel(/^Date/).fill('2013-04-11');
    await dialog.getByLabel('Summary').fill('Date corrected from the communiqué.');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => textOf(facts)).toContain('11 April 2013');
    expect(await textOf(facts)).toContain('Date corrected from the communiqué.');

    // The history shows the change and offers the version before it.
    const history = page.getByRole('table', { name: 'History' });
    // The field changed, named in words (not its column name).
    await expect.poll(() => textOf(history)).toMatch(/changed[\s\S]*start date/);
    await expectAccessible(page);
    await history.getByRole('button', { name: 'Restore version 1' }).click();
    await page.getByText('Version restored').waitFor();
    await expect.poll(() => textOf(facts)).toContain('10 April 2013');
    expect(await textOf(facts)).not.toContain('Date corrected');
    const meeting = await page.evaluate(() =>
      fetch('/api/meetings/tj-2013-04-10-rahmon-nato-hq').then((r) => r.json()),
    );
    expect(meeting).toMatchObject({ start_date: '2013-04-10', note: null, version: 3 });
  });

  it('resolves a source conflict: the value that holds, with a reason', async () => {
    const page = await app.openPage('/conflicts');
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/conflicts`);
    await page.getByRole('status').filter({ hasText: '6 open conflicts' }).waitFor();
    const card = page.getByRole('article', { name: /Bulgaria — North Atlantic Treaty Organization/ });
    // A reason is required (the schema says so), before anything is sent.
    await card.getByRole('radio', { name: '29 March 2004' }).check();
    await card.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => card.getByLabel(/^Reason/).getAttribute('aria-invalid')).toBe('true');
    await card.getByLabel(/^Reason/).fill('Bulgaria deposited its instrument of accession on 29 March 2004.');
    await card.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('status').filter({ hasText: '5 open conflicts' }).waitFor();
    await card.waitFor({ state: 'detached' });
    await expectAccessible(page);

    const claims = await page.evaluate(() =>
      fetch('/api/claims?subject_type=membership&subject_id=bg-nato').then((r) => r.json()),
    );
    const onStart = claims.items.filter((c: { field: string }) => c.field === 'start_date');
    const summary = onStart.map(
      (c: { value: string; status: string; followed: boolean; excerpt: string }) => [
        c.value,
        c.status,
        c.followed,
      ],
    );
    expect(summary).toEqual(
      expect.arrayContaining([
        ['2004-03-12', 'rejected', false],
        ['2004-03-29', 'active', true],
      ]),
    );
    expect(
      onStart.some((c: { excerpt: string | null }) => c.excerpt?.includes('instrument of accession')),
    ).toBe(true);
  });

  it('attaches the minutes to a meeting: downloaded by staff, refused to the public', async () => {
    const page = await app.openPage('/dialogue');
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/dialogue/meetings/tj-2011-06-22-zarifi-appathurai`);
    const section = page.getByRole('region', { name: 'Attachments' });
    await section.getByText('No file attached.').waitFor();
    // Nothing chosen: said next to the file field, before anything is sent.
    await section.getByRole('button', { name: 'Attach the file' }).click();
    await section.getByText(/Too small|expected string/).waitFor();

    await section.locator('input[type=file]').setInputFiles({
      name: 'minutes-2011-06-22.pdf',
      mimeType: 'application/pdf',
      buffer: MINUTES,
    });
    await section.getByLabel('What it is').fill('Minutes, signed by both sides');
    await section.getByRole('combobox', { name: 'Marking' }).click();
    await page.getByRole('option', { name: 'Organization only' }).click();
    await section.getByRole('button', { name: 'Attach the file' }).click();
    const table = section.getByRole('table', { name: 'Attachments' });
    await table.getByRole('link', { name: 'minutes-2011-06-22.pdf' }).waitFor();
    expect(await textOf(table)).toMatch(/Minutes, signed by both sides[\s\S]*Organization only/);
    await expectAccessible(page);

    const href = await table.getByRole('link', { name: 'minutes-2011-06-22.pdf' }).getAttribute('href');
    const download = await page.evaluate(async (url) => {
      const r = await fetch(url ?? '');
      return {
        status: r.status,
        type: r.headers.get('content-type'),
        bytes: [...new Uint8Array(await r.arrayBuffer())],
      };
    }, href);
    expect(download.status).toBe(200);
    expect(download.type).toBe('application/pdf');
    expect(createHash('sha256').update(Buffer.from(download.bytes)).digest('hex')).toBe(
      createHash('sha256').update(MINUTES).digest('hex'),
    );

    // The meeting is public, the minutes are not: the public reads the one and not the other.
    const anonymous = await app.openPage('/dialogue/meetings/tj-2011-06-22-zarifi-appathurai');
    await anonymous.getByRole('region', { name: 'Attachments' }).getByText('No file attached.').waitFor();
    const refused = await anonymous.evaluate((url) => fetch(url ?? '').then((r) => r.status), href);
    expect(refused).toBe(404);
  });
});
