import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, textOf, useBrowserApp } from '../support/browser.js';

describe.skipIf(!hasChromium)('individual programmes in Chromium', () => {
  const app = useBrowserApp();

  /** A fresh profile on the programme, signed in as the account whose move it is. */
  async function as(username: string, path: string): Promise<Page> {
    const page = await app.openPage(path);
    page.setDefaultTimeout(8000);
    await app.signIn(page, username);
    await page.getByRole('heading', { level: 2, name: 'Agreement' }).waitFor();
    return page;
  }

  async function move(page: Page, button: string, status: string) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('region', { name: 'Agreement' }).getByText(status, { exact: true }).waitFor();
  }

  it('drafts a programme as staff, accepts it as the partner official: it becomes jointly agreed; an edit afterwards requires an amendment', async () => {
    const page = await app.openPage('/programmes');
    page.setDefaultTimeout(8000);
    await app.signIn(page, 'staff');
    await page.getByRole('heading', { level: 1, name: 'Individual programmes' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /programmes?$/ })
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New programme' }).click();
    await page
      .getByLabel(/^Partner/)
      .first()
      .selectOption('kz');
    await page.getByLabel(/^Start/).fill('2013-01-01');
    // The period defaults to two years.
    expect(await page.getByLabel(/^End/).inputValue()).toBe('2014-12-31');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.getByRole('heading', { level: 2, name: 'Agreement' }).waitFor();
    const path = new URL(page.url()).pathname;
    expect(path).toMatch(/^\/programmes\/kz-ipp-2013/);

    // The objectives tree, with the menu beside it.
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByLabel(/^Objective 1 title/).fill('Interoperability of the peacekeeping battalion');
    await page.getByLabel(/^Area of objective 1/).selectOption('SEC');
    await page.getByRole('button', { name: 'Add a goal to objective 1' }).click();
    await page.getByLabel(/^Goal 1\.1 title/).fill('Staff officers trained in NATO procedures');
    const add = page.getByRole('button', { name: /^Add to goal 1\.1/ }).first();
    await add.waitFor();
    const chosenName = (await add.getAttribute('aria-label'))?.split(': ').at(-1) ?? '';
    await add.click();
    const chosen = page.getByRole('list', { name: 'Activities of goal 1.1' });
    await chosen.getByRole('link', { name: new RegExp(`^${chosenName}`) }).waitFor();

    // A refused save keeps what was typed and says why next to the field.
    await page.getByLabel(/^End/).fill('2012-06-30');
    await page.getByRole('button', { name: 'Save the programme' }).click();
    await page.getByText('2012-06-30 is before 2013-01-01').waitFor();
    expect(await page.getByLabel(/^Objective 1 title/).inputValue()).toBe(
      'Interoperability of the peacekeeping battalion',
    );
    await expectAccessible(page);
    await page.getByLabel(/^End/).fill('2014-12-31');
    await page.getByRole('button', { name: 'Save the programme' }).click();
    await page.getByText('No unsaved changes').waitFor();
    // Consultation is the partner's move.
    await page.getByText('Waiting for the partner (').waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectAccessible(page);
    await saveScreen(page, 'programme-editor');

    const partner = await as('kazakhstan', path);
    await move(partner, 'Submit for consultation', 'In consultation');
    const staff = await as('staff', path);
    await move(staff, 'Approve', 'Approved by the organization');
    const signed = await textOf(staff.getByRole('table', { name: 'Sign-offs of the content' }));
    expect(signed).toContain('version 2');
    const accepting = await as('kazakhstan', path);
    await move(accepting, 'Accept', 'Jointly agreed');

    // Agreed: the editor gives way to an amendment.
    expect(await accepting.getByRole('button', { name: 'Save the programme' }).count()).toBe(0);
    expect(await accepting.getByLabel(/^Objective 1 title/).count()).toBe(0);
    await expectAccessible(accepting);
    await accepting.getByRole('button', { name: 'Propose an amendment' }).click();
    await accepting.getByRole('button', { name: 'Add an objective' }).click();
    await accepting.getByLabel(/^Objective 2 title/).fill('Border security cooperation');
    await accepting.getByRole('button', { name: 'Save the amendment' }).click();
    await accepting.getByRole('heading', { level: 2, name: /^Amendment proposed/ }).waitFor();
    const diff = await textOf(accepting.getByTestId('diff-changes'));
    expect(diff).toContain('Added objective “Border security cooperation”');
    await accepting.getByRole('button', { name: 'Sign the amendment' }).click();
    await accepting.getByText('Signed for your side; waiting for the organization.').waitFor();
    await expectAccessible(accepting);
    await saveScreen(accepting, 'journey-2-programme');

    // The history holds every version; any two compare.
    await accepting.getByRole('tab', { name: 'History' }).click();
    await accepting.getByRole('heading', { level: 2, name: 'Versions' }).waitFor();
    await accepting.getByLabel(/^From/).selectOption('1');
    await accepting.getByLabel(/^To/).selectOption('3');
    await accepting.getByRole('button', { name: 'Compare' }).click();
    await accepting.getByRole('heading', { name: 'Changes from version 1 to version 3' }).waitFor();
    expect(await textOf(accepting.getByTestId('diff-changes'))).toContain('Border security cooperation');
    await expectAccessible(accepting);
  }, 90_000);

  it("keeps a partner official of another country out of Tajikistan's programme", async () => {
    const page = await app.openPage('/programmes/tj-ipp-2011');
    await app.signIn(page, 'kazakhstan');
    await page.getByRole('heading', { level: 1, name: 'Record not available' }).waitFor();
    await page.getByText('Not found: this record does not exist, or you may not see it.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Individual programmes' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /programmes?$/ })
      .waitFor();
    expect(await page.locator('a[href="/programmes/tj-ipp-2011"]').count()).toBe(0);
    await expectAccessible(page);
    await saveScreen(page, 'journey-6-other-partner');
  });

  it('shows the review of the agreed Tajik programme by area and its versions', async () => {
    const page = await as('staff', '/programmes/tj-ipp-2011');
    await page.getByRole('tab', { name: 'Review report' }).click();
    await page.getByRole('heading', { level: 2, name: 'Implementation by area of cooperation' }).waitFor();
    const table = await textOf(page.getByRole('table', { name: 'Implementation by objective and goal' }));
    expect(table).toContain('Total');
    await page.getByRole('link', { name: 'Review report (PDF)' }).waitFor();
    await expectAccessible(page);
    await saveScreen(page, 'programme-review');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('heading', { level: 2, name: 'Versions' }).waitFor();
    await expectAccessible(page);

    // Renewal starts the next period's draft and opens it.
    await page.getByRole('button', { name: "Start the next period's programme" }).click();
    await page.waitForURL(/\/programmes\/tj-ipp-2013/);
    // The programme it renews, named by its title (its id is in the link's address only).
    await page
      .getByRole('link', { name: /^Individual Partnership Programme NATO–Tajikistan 2011/ })
      .waitFor();
    await page.getByRole('region', { name: 'Agreement' }).getByText('Draft', { exact: true }).waitFor();
    await expectAccessible(page);
  }, 60_000);
});
