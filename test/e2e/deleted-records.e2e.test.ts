import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, textOf, useBrowserApp } from '../support/browser.js';

// Issue 13: a membership removed by mistake is brought back from "Deleted records" by staff, as it
// was; a partner official has no such list.
describe.skipIf(!hasChromium)('deleted records in the browser', { timeout: 120_000 }, () => {
  const app = useBrowserApp();

  it('removes a membership, finds it among the deleted records and restores it', async () => {
    const page = await app.openPage('/partners/TJ');
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/partners/TJ`);
    const table = page.getByRole('table', { name: 'Memberships' });
    await expect.poll(() => textOf(table)).toMatch(/Partnership for Peace/);
    const before = await page.evaluate(() =>
      fetch('/api/organizations/TJ/memberships').then((r) => r.json()),
    );
    const pfp = before.items.find((m: { organization_id: string }) => m.organization_id === 'pfp');
    page.once('dialog', (d) => void d.accept());
    await table.getByRole('button', { name: 'Remove the membership of Partnership for Peace' }).click();
    await expect.poll(() => textOf(table)).not.toMatch(/Partnership for Peace/);

    await page.getByRole('link', { name: 'Deleted records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deleted records' }).waitFor();
    const deleted = page.getByRole('table', { name: /deleted record/ });
    await expect.poll(() => textOf(deleted)).toMatch(/Tajikistan — Partnership for Peace[\s\S]*membership/);
    await expectAccessible(page);
    await deleted.getByRole('button', { name: 'Restore Tajikistan — Partnership for Peace' }).click();
    await page.getByText('Nothing is deleted.').waitFor();

    const after = await page.evaluate(() => fetch('/api/organizations/TJ/memberships').then((r) => r.json()));
    const restored = after.items.find((m: { organization_id: string }) => m.organization_id === 'pfp');
    expect(restored).toEqual({ ...pfp, version: pfp.version + 1, updated_at: restored.updated_at });
    await page.goto(`${app.base}/partners/TJ`);
    await expect
      .poll(() => textOf(page.getByRole('table', { name: 'Memberships' })))
      .toMatch(/Partnership for Peace/);
  });

  it('offers a partner official no deleted records', async () => {
    const page = await app.openPage('/partners/TJ');
    await app.signIn(page, 'tajikistan');
    await page.goto(`${app.base}/deleted-records`);
    await page.getByText("Only the organization's staff see deleted records.").waitFor();
    expect(await page.getByRole('link', { name: 'Deleted records' }).count()).toBe(0);
  });
});
