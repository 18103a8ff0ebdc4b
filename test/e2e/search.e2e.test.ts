import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, useBrowserApp } from '../support/browser.js';

// One search box across the registry, the menu, the dialogue and the programmes, per role; and the
// dashboards that sum up programmes and dialogue (one server for both, to keep the run short).
describe.skipIf(!hasChromium)('the search page and the dashboards in Chromium', () => {
  const app = useBrowserApp();

  async function search(username: string) {
    const page = await app.openPage('/');
    await app.signIn(page, username);
    await page.keyboard.press('/');
    await page.keyboard.type('Tajik');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search results for “Tajik”' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /result/ })
      .waitFor();
    return page;
  }

  it('shows staff partners, posts, meetings and programmes, each group with its count', async () => {
    const page = await search('staff');
    await page
      .getByRole('region', { name: /Partner countries/ })
      .getByRole('link', { name: 'Tajikistan' })
      .waitFor();
    await page.getByRole('region', { name: /Posts/ }).getByRole('link').first().waitFor();
    const meetings = page.getByRole('region', { name: /^Meetings \d+$/ });
    await meetings.getByRole('link').first().waitFor();
    const programmes = page.getByRole('region', { name: /^Programmes \d+$/ });
    await programmes.getByRole('link').first().waitFor();
    const count = Number((await meetings.getByRole('heading').textContent())?.replace(/\D/g, ''));
    expect(await meetings.getByRole('link').count()).toBe(Math.min(count, 100));
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page);
    await saveScreen(page, 'search-staff');

    await programmes.getByRole('link').first().click();
    await page.waitForURL(/\/programmes\//);
    // After a client-side navigation the keyboard focus is on the new page's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  });

  it('suggests as one types, forgiving a misspelt name, and opens a suggestion from the keyboard', async () => {
    const page = await app.openPage('/');
    // The "/" shortcut listens once the app has rendered its first screen.
    await page.getByRole('heading', { level: 1, name: 'Concord' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('Appaturai');
    const listbox = page.getByRole('listbox');
    await listbox
      .getByRole('option', { name: /^James Appathurai/ })
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people\//);
    await page.getByRole('heading', { level: 1, name: /Appathurai/ }).waitFor();
  });

  it('leaves out, without an error, the groups an observer may not read', async () => {
    const page = await search('observer');
    await page
      .getByRole('region', { name: /Partner countries/ })
      .getByRole('link', { name: 'Tajikistan' })
      .waitFor();
    expect(await page.getByRole('region', { name: /^Meetings/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Programmes/ }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page);
  });

  it('charts programme implementation and dialogue frequency for an observer, each with its table', async () => {
    const page = await app.openPage('/');
    await app.signIn(page, 'observer');
    await page.goto(`${app.base}/dashboards`);
    await page.getByRole('heading', { level: 1, name: 'Dashboards' }).waitFor();
    const implementation = page.getByRole('region', { name: /^Programme implementation/ });
    await implementation.getByRole('table').waitFor();
    // Aggregates only: the observer reads the totals, never a programme's own row.
    expect(await implementation.getByRole('row').count()).toBeGreaterThanOrEqual(1);
    expect(await implementation.getByRole('link', { name: /IPP|programme/i }).count()).toBe(0);
    await implementation.getByRole('button', { name: /Download CSV/ }).waitFor();
    const dialogue = page.getByRole('region', { name: /^Dialogue: meetings per year/ });
    await dialogue.getByRole('table').waitFor();
    expect(await dialogue.getByRole('row').count()).toBeGreaterThan(1);
    await page
      .getByRole('region', { name: /^Dialogue: meetings per partner/ })
      .getByRole('table')
      .waitFor();
    await page.getByText(/programmes? in force in the period/).waitFor();
    await expectAccessible(page);
    await saveScreen(page, 'dashboard-observer');
  });

  it('lets staff merge a duplicate person into another from the person page, by keyboard', async () => {
    const page = await app.openPage('/');
    await app.signIn(page, 'staff');
    page.setDefaultTimeout(8000);
    const created = await page.evaluate(async () => {
      const session = await (await fetch('/api/session')).json();
      const make = (id: string, name: string) =>
        fetch('/api/people', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
          // A duplicate on purpose, to merge: past the duplicate check (issue 13).
          body: JSON.stringify({ id, names: [{ name, lang: 'en' }], confirm_new: true }),
        }).then((r) => r.status);
      return [await make('e2e-kept', 'Keptova Merjana'), await make('e2e-dup', 'Keptova Merdjana')];
    });
    expect(created).toEqual([201, 201]);
    await page.goto(`${app.base}/people/e2e-dup`);
    await page.getByRole('heading', { level: 1, name: 'Keptova Merdjana' }).waitFor();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: /Merge Keptova Merdjana into another person/ });
    await dialog.waitFor();
    await dialog.getByLabel(/^Person to keep/).fill('Keptova');
    await page.getByRole('option', { name: /e2e-kept/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Merge and delete this record' }).click();
    await page.waitForURL(/\/people\/e2e-kept$/);
    await page.getByRole('heading', { level: 1, name: 'Keptova Merjana' }).waitFor();
    await page.getByText('Keptova Merdjana').first().waitFor();
    const gone = await page.evaluate(async () => (await fetch('/api/people/e2e-dup')).status);
    expect(gone).toBe(404);
  });
});
