import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, textOf, useBrowserApp } from '../support/browser.js';

interface IterationRow {
  id: string;
  seats: number;
  seats_taken: number;
  version: number;
  start_date: string;
}

/** The demo's full iteration: open, every seat taken, and more nominations than seats. */
async function fullIteration(page: Page): Promise<IterationRow> {
  const rows = await page.evaluate(() =>
    fetch('/api/iterations?status=open&limit=50').then((r) => r.json() as Promise<{ items: IterationRow[] }>),
  );
  const full = rows.items.find((i) => i.seats > 0 && i.seats_taken >= i.seats);
  if (!full) throw new Error('the demo has no full open iteration');
  return full;
}

/**
 * The demo's menu lies in 2010–2013, so its deadlines have passed: as staff, the test moves the full
 * iteration into the future (through the API, as an editor would) so that it takes nominations again.
 */
async function reopen(page: Page, it: IterationRow) {
  const status = await page.evaluate(async ({ id, version }) => {
    const session = (await fetch('/api/session').then((r) => r.json())) as { csrf_token: string };
    const res = await fetch(`/api/iterations/${id}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': session.csrf_token,
        'if-match': `"${version}"`,
      },
      body: JSON.stringify({ start_date: '2030-02-13', end_date: '2030-02-20', deadline: '2029-12-30' }),
    });
    return res.status;
  }, it);
  expect(status).toBe(200);
}

async function nominateByName(page: Page, name: string, priority: number) {
  await page.getByLabel(/^Nominating partner/).selectOption('tj');
  await page.getByRole('radio', { name: 'A new person' }).check();
  await page.getByLabel(/^Full name/).fill(name);
  await page.getByLabel(/^Priority/).fill(String(priority));
  await page.getByRole('button', { name: 'Nominate', exact: true }).click();
  await page.getByText(`${name} is nominated.`).waitFor();
}

describe.skipIf(!hasChromium)('the cooperation menu in Chromium', () => {
  const app = useBrowserApp();

  it('narrows the menu by a facet and a search, and shows the calendar by month', async () => {
    const page = await app.openPage('/menu');
    await page.getByRole('heading', { level: 1, name: 'Partnership cooperation menu' }).waitFor();
    const count = page.getByRole('status').filter({ hasText: /activities$/ });
    await count.waitFor();
    const all = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
    expect(all).toBeGreaterThanOrEqual(240);
    await expectAccessible(page);

    await page.getByLabel('Type').selectOption('exercise');
    await page
      .getByRole('status')
      .filter({ hasText: /^4 activities$/ })
      .waitFor();
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(5); // a header and the four exercises
    expect(await textOf(page.getByRole('table'))).toContain('Exercise');

    await page.getByLabel('Type').selectOption('');
    await page.getByLabel('Search the menu').fill('civil emergency');
    // The count follows the search once its answer arrives: read it until it does.
    const shown = async () => Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
    await expect.poll(shown, { timeout: 15_000 }).toBeLessThan(all);
    expect(await shown()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Calendar' }).click();
    const title = page.getByRole('heading', { level: 2, name: /^Calendar \d{4}$/ });
    await title.waitFor();
    await page.getByRole('button', { name: /^Previous year/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Calendar \d{4}$/ }).waitFor();
    await page.goto(`${app.base}/menu?view=calendar&year=2011`);
    await page.getByRole('heading', { level: 2, name: 'Calendar 2011' }).waitFor();
    const months = page.getByRole('heading', { level: 3 });
    await months.first().waitFor();
    const names = await months.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names[0]).toMatch(/^January 2011 \(\d+\)$/);
    expect(names.every((n) => n.includes('2011'))).toBe(true);
    await expectAccessible(page);
  }, 90_000);

  it('nominates three participants to a full iteration, runs an allocation round and applies it', async () => {
    const page = await app.openPage('/menu');
    await app.signIn(page, 'staff');
    const it0 = await fullIteration(page);

    // The demo's iteration lies in the past: it reads as held, and nothing offers to nominate to it.
    await page.goto(`${app.base}/menu/iterations/${it0.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(/of \d+ seats taken/).waitFor();
    await page.getByRole('table', { name: 'Iteration details' }).getByText('Held', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Nominate', exact: true }).count()).toBe(0);

    await reopen(page, it0);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await nominateByName(page, 'Farrukh Illustrative', 1);
    await nominateByName(page, 'Zarina Illustrative', 2);
    // The third from the registry, found by typing part of the name.
    await page.getByLabel(/^Nominating partner/).selectOption('tj');
    await page.getByRole('radio', { name: 'A person of the registry' }).check();
    await page.getByRole('combobox', { name: /^Person \(type/ }).fill('Zarifi');
    await page.getByRole('option', { name: 'Hamrokhon Zarifi' }).click();
    await page.getByLabel(/^Priority/).fill('3');
    await page.getByRole('button', { name: 'Nominate', exact: true }).click();
    await page.getByText('Hamrokhon Zarifi is nominated.').waitFor();

    const nominations = page.getByRole('table', { name: 'Nominations' });
    for (const name of ['Farrukh Illustrative', 'Zarina Illustrative', 'Hamrokhon Zarifi']) {
      await nominations
        .getByRole('row', { name: new RegExp(name) })
        .getByText('Awaiting decision', { exact: true })
        .waitFor();
    }
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Propose an allocation round' }).click();
    const summary = page.getByText(/^Proposed: \d+ accepted, \d+ wait-listed/);
    await summary.waitFor();
    const proposal = page.getByRole('table', { name: /^Proposed:/ });
    const farrukh = proposal.getByRole('row', { name: /Farrukh Illustrative/ });
    // The explanation says why: the seats were all taken before the round.
    expect(await textOf(farrukh)).toMatch(/wait-listed: seats full/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Apply the round' }).click();
    await page.getByText("The round is applied: the nominations' statuses are updated.").waitFor();
    for (const name of ['Farrukh Illustrative', 'Zarina Illustrative', 'Hamrokhon Zarifi']) {
      await nominations
        .getByRole('row', { name: new RegExp(name) })
        .getByText('Wait-listed', { exact: true })
        .waitFor();
    }
    expect(await textOf(page.getByText(/of \d+ seats taken/).first())).toContain(
      `${it0.seats} of ${it0.seats}`,
    );
    await expectAccessible(page);
    await saveScreen(page, 'journey-4-allocation');
  }, 90_000);

  it('decides ticked nominations all at once, or none when one is refused', async () => {
    const page = await app.openPage('/menu');
    await app.signIn(page, 'staff');
    const it0 = await fullIteration(page);
    // Seats are decided only before an iteration begins: move the demo's (past) one into the future.
    await reopen(page, it0);
    await page.goto(`${app.base}/menu/iterations/${it0.id}`);
    const nominations = page.getByRole('table', { name: 'Nominations' });
    const kz = nominations.getByRole('row', { name: /Illustrative Nominee KZ-1\.8/ });
    const tj = nominations.getByRole('row', { name: /Illustrative Nominee TJ-1\.8/ });
    await kz.getByText('Wait-listed', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Select Illustrative Nominee KZ-1.8' }).check();
    await page.getByRole('checkbox', { name: 'Select Illustrative Nominee TJ-1.8' }).check();
    await page.getByText('2 selected').waitFor();

    // Every seat is taken: accepting is refused for the first, and so nothing of the batch is saved.
    await page.getByRole('button', { name: 'Accept selected' }).click();
    await page.getByText(/^Nothing was decided\. The iteration has no seat left:$/).waitFor();
    expect(await textOf(page.getByRole('alert'))).toMatch(/Illustrative Nominee KZ-1\.8: .*all taken/);
    await tj.getByText('Wait-listed', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Reason (optional)').fill('withdrawn by the partner by telephone');
    await page.getByRole('button', { name: 'Decline selected' }).click();
    await kz.getByText('Declined', { exact: true }).waitFor();
    await tj.getByText('Declined', { exact: true }).waitFor();
    expect(await textOf(tj)).toContain('withdrawn by the partner by telephone');
    await page.getByText('0 selected').waitFor();
  }, 90_000);

  it('shows a partner official its own nominations and the menu open to its country', async () => {
    const page = await app.openPage('/menu');
    await app.signIn(page, 'tajikistan');
    await page.goto(`${app.base}/menu`);
    await page
      .getByRole('status')
      .filter({ hasText: /activities$/ })
      .waitFor();
    expect(await page.getByLabel('Eligible for').inputValue()).toBe('tj');

    await page.getByRole('link', { name: 'Nominations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nominations' }).waitFor();
    await page.getByLabel('Status').selectOption('ACCEPTED');
    const count = page.getByRole('status').filter({ hasText: /nominations?$/ });
    await count.waitFor();
    const table = page.getByRole('table');
    // The filtered list replaces the unfiltered one (the table is drawn again meanwhile): read it
    // until the filter shows — accepted rows, none wait-listed — then check what it holds.
    let text = '';
    await expect
      .poll(
        async () => {
          text = await textOf(table);
          return text.includes('Accepted') && !text.includes('Wait-listed');
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(text).not.toContain('Kazakhstan');
    await expectAccessible(page);
  }, 90_000);

  it('imports a menu file and lists each refused row with its field and reason', async () => {
    const page = await app.openPage('/menu/import');
    await app.signIn(page, 'staff');
    await page.getByRole('heading', { level: 1, name: 'Import into the menu' }).waitFor();
    const csv = [
      'key,provider_id,title,event_type',
      'NSO.9001,nato-school-oberammergau,Illustrative imported course,course',
      'not a key,nato-school-oberammergau,Refused for its key,course',
      'NSO.9002,nato-school-oberammergau,Refused for its type,party',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({
      name: 'menu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^3 rows read: 1 imported, 2 refused\.$/).waitFor();
    const report = page.getByRole('table', { name: 'Import report' });
    const text = await textOf(report);
    expect(text).toMatch(/key/);
    expect(text).toMatch(/event_type/);
    await expectAccessible(page);
  }, 90_000);
});
