import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, textOf, useBrowserApp } from '../support/browser.js';

// Issue 13: a desk officer records a new partner, named in three languages, and its membership of
// PfP from joining to suspension and withdrawal, each change with its reason and its source; a
// partner official reads the same page without a single form.
describe.skipIf(!hasChromium)(
  'organization and membership forms in the browser',
  { timeout: 120_000 },
  () => {
    const app = useBrowserApp();

    it('creates a state in en/fr/ru, joins PfP, suspends and withdraws, citing the source', async () => {
      const page = await app.openPage('/partners');
      await app.signIn(page, 'staff');
      await page.goto(`${app.base}/partners`);
      await page.getByRole('link', { name: 'New organization' }).click();
      await page.getByRole('heading', { level: 1, name: 'New organization' }).waitFor();

      const name = (n: number) => page.getByLabel(new RegExp(`^Name ${n}\\s*\\*?$`));
      // Checked with the API's schema in the browser: a lower-case, three-letter code is named.
      await page.getByLabel('ISO 3166 code').fill('x');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => name(1).getAttribute('aria-invalid')).toBe('true');
      await page.getByText('must be two capital letters').waitFor();
      await page.getByLabel('ISO 3166 code').fill('AQ');
      await name(1).fill('Republic of Formia');
      await name(2).fill('République de Formie');
      await name(3).fill('Республика Формия');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 1, name: 'Republic of Formia' }).waitFor();
      const id = new URL(page.url()).pathname.split('/').pop() as string;
      const created = await page.evaluate(
        (key) => fetch(`/api/organizations/${key}`).then((r) => r.json()),
        id,
      );
      expect(created).toMatchObject({ kind: 'state', iso2: 'AQ', version: 1 });
      expect(created.names.map((n: { lang: string }) => n.lang)).toEqual(['en', 'fr', 'ru']);

      await page.getByRole('button', { name: 'Join a framework or organization' }).click();
      const join = page.getByRole('dialog', { name: 'Join a framework or organization' });
      await join.getByRole('combobox', { name: 'Framework or organization' }).fill('Partnership');
      await page.getByRole('option', { name: 'Partnership for Peace' }).click();
      await join.getByLabel(/^Start/).fill('2004-02-30');
      await join.getByRole('button', { name: 'Join' }).click();
      await join.getByText(/is not a date that exists|must be a date/).waitFor();
      await join.getByLabel(/^Start/).fill('2004-02-20');
      await join.getByRole('button', { name: 'Join' }).click();
      await join.waitFor({ state: 'detached' });
      const table = page.getByRole('table', { name: 'Memberships' });
      await expect.poll(() => textOf(table)).toMatch(/Partnership for Peace[\s\S]*20 February 2004/);
      await expectAccessible(page);

      await table.getByRole('button', { name: 'Suspend the membership of Partnership for Peace' }).click();
      const suspend = page.getByRole('dialog', { name: 'Suspend the membership of Partnership for Peace' });
      await suspend.getByLabel(/^Reason and note/).fill('Cooperation suspended after the coup');
      await suspend.getByRole('button', { name: 'Suspend' }).click();
      await suspend.waitFor({ state: 'detached' });
      await expect.poll(() => textOf(table)).toMatch(/suspended/);

      await table.getByRole('button', { name: 'Withdraw from Partnership for Peace' }).click();
      const withdraw = page.getByRole('dialog', { name: 'Withdraw from Partnership for Peace' });
      await withdraw.getByLabel(/^End/).fill('2009-10-01');
      await withdraw.getByLabel(/^Reason and note/).fill('Withdrew by note verbale');
      await withdraw.getByRole('button', { name: 'Record the withdrawal' }).click();
      await withdraw.waitFor({ state: 'detached' });
      await expect.poll(() => textOf(table)).toMatch(/1 October 2009[\s\S]*withdrew/);

      await table.getByRole('button', { name: 'Cite a source' }).click();
      const cite = page.getByRole('dialog', { name: 'Cite a source' });
      // The source is not in Concord yet: it is added from the citation itself, then chosen.
      await cite.getByRole('button', { name: 'New source' }).click();
      const source = page.getByRole('dialog', { name: 'New source' });
      await source.getByLabel(/^Address \(URL\)/).fill('ftp://mfa.example/formia');
      await source.getByRole('button', { name: 'Add the source' }).click();
      await expect.poll(() => source.getByLabel(/^Title/).getAttribute('aria-invalid')).toBe('true');
      await source.getByLabel(/^Title/).fill('Formia leaves the Partnership for Peace');
      await source.getByLabel(/^Outlet or publisher/).fill('Formia MFA');
      await source.getByLabel(/^Address \(URL\)/).fill('https://mfa.example/formia');
      await source.getByLabel(/^Published/).fill('2009-10-01');
      await source.getByLabel(/^Language/).fill('fr');
      await source.getByRole('button', { name: 'Add the source' }).click();
      await source.waitFor({ state: 'detached' });
      await expect
        .poll(() => cite.getByRole('combobox', { name: 'Source' }).inputValue())
        .toBe('Formia leaves the Partnership for Peace');
      await cite.getByRole('combobox', { name: 'Field it states' }).click();
      await page.getByRole('option', { name: /end.date/i }).click();
      await cite.getByLabel(/^Value it states/).fill('2009-10-01');
      await cite.getByRole('button', { name: 'Cite', exact: true }).click();
      await cite.waitFor({ state: 'detached' });

      const memberships = await page.evaluate(
        (key) => fetch(`/api/organizations/${key}/memberships`).then((r) => r.json()),
        id,
      );
      expect(memberships.items).toMatchObject([
        {
          organization_id: 'pfp',
          start_date: '2004-02-20',
          end_date: '2009-10-01',
          end_reason: 'withdrew',
          status: 'suspended',
          note: 'Withdrew by note verbale',
          version: 3,
        },
      ]);
      const claims = await page.evaluate(
        (m) => fetch(`/api/claims?subject_type=membership&subject_id=${m}`).then((r) => r.json()),
        memberships.items[0].id,
      );
      expect(claims.items).toMatchObject([
        { field: 'end_date', value: '2009-10-01', source_title: 'Formia leaves the Partnership for Peace' },
      ]);
      const sources = await page.evaluate(() => fetch('/api/sources?limit=500').then((r) => r.json()));
      expect(sources.items.filter((s: { publisher: string }) => s.publisher === 'Formia MFA')).toMatchObject([
        { url: 'https://mfa.example/formia', publication_date: '2009-10-01', language: 'fr' },
      ]);

      // The framework's rename: NACC's page offers its names to edit, in three languages.
      await page.goto(`${app.base}/organizations/eapc`);
      await page.getByRole('button', { name: 'Edit organization' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit organization' });
      await edit.getByRole('button', { name: 'Add a name' }).click();
      expect(await edit.getByLabel(/^Name \d+\s*\*?$/).count()).toBeGreaterThan(1);
      await page.keyboard.press('Escape');
      await edit.waitFor({ state: 'detached' });
      await expectAccessible(page);
    });

    it('shows a partner official the same page without any form', async () => {
      const page = await app.openPage('/partners/TJ');
      await app.signIn(page, 'tajikistan');
      await page.goto(`${app.base}/partners/TJ`);
      const table = page.getByRole('table', { name: 'Memberships' });
      await expect.poll(() => textOf(table)).toMatch(/Partnership for Peace/);
      expect(
        await page
          .getByRole('button', { name: /Edit organization|Join a framework|Suspend|Withdraw/ })
          .count(),
      ).toBe(0);
      expect(await page.getByRole('button', { name: 'Cite a source' }).count()).toBe(0);
    });
  },
);
