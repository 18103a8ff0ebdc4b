import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, textOf, useBrowserApp } from '../support/browser.js';

describe.skipIf(!hasChromium)('draft people in Chromium', () => {
  const app = useBrowserApp();

  it('staff confirm a draft as a new person, and link another to a person of the registry', async () => {
    const page = await app.openPage('/dialogue/drafts');
    await app.signIn(page, 'staff');
    // The demo names only registered people: a meeting naming two unknown people makes two drafts.
    const meetingId = await page.evaluate(async () => {
      const session = (await fetch('/api/session').then((r) => r.json())) as { csrf_token: string };
      const res = await fetch('/api/meetings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
        body: JSON.stringify({
          partner_id: 'tj',
          kind: 'meeting',
          start_date: '2012-03-14',
          participants: [
            { name: 'Farrukh Sharipov', side: 'host' },
            { name: 'Dilshod Karimzoda', side: 'host' },
          ],
        }),
      });
      return ((await res.json()) as { id: string }).id;
    });
    expect(meetingId).toBeTruthy();

    // The meeting marks its draft participants, each a way to the page where drafts are confirmed.
    await page.goto(`${app.base}/dialogue/meetings/${meetingId}`);
    const before = page.getByRole('table', { name: 'Participants' });
    await before.getByRole('link', { name: 'draft person, to confirm' }).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Draft people' }).waitFor();
    await before.getByRole('link', { name: 'draft person, to confirm' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Draft people' }).waitFor();
    const table = page.getByRole('table', { name: 'Draft people and the meetings that name them' });
    await table.getByRole('cell', { name: 'Farrukh Sharipov', exact: true }).waitFor();
    expect(await textOf(table)).toMatch(/Dilshod Karimzoda\s+—\s+not known\s+1\s+To confirm/);
    await expectAccessible(page);
    await saveScreen(page, 'drafts-list');

    await page.getByRole('button', { name: 'Confirm as new person: Farrukh Sharipov' }).click();
    await table.getByRole('cell', { name: 'Farrukh Sharipov', exact: true }).waitFor({ state: 'detached' });

    // Linking, with the keyboard: search the registry, pick the person, submit.
    await page.getByRole('button', { name: 'Link to existing person: Dilshod Karimzoda' }).click();
    const dialog = page.getByRole('dialog', { name: /Link Dilshod Karimzoda/ });
    const person = dialog.getByRole('combobox', { name: /^Person/ });
    await person.fill('Appathurai');
    await page.getByRole('option', { name: 'James Appathurai' }).waitFor();
    await expectAccessible(page);
    await person.press('ArrowDown');
    await person.press('Enter');
    await dialog.getByRole('button', { name: 'Link' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('0 draft people', { exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Confirmed' }).click();
    await table.getByRole('cell', { name: 'Farrukh Sharipov', exact: true }).waitFor();
    await expectAccessible(page);

    // The meeting now names registered people, each a link to the registry.
    await page.goto(`${app.base}/dialogue/meetings/${meetingId}`);
    const participants = page.getByRole('table', { name: 'Participants' });
    await participants.getByRole('link', { name: 'Farrukh Sharipov' }).waitFor();
    await participants.getByRole('link', { name: /Appathurai|Dilshod Karimzoda/ }).waitFor();
    expect(await textOf(participants)).not.toContain('draft');
  }, 90_000);
});
