import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, saveScreen, useBrowserApp } from '../support/browser.js';

/** The words a reader meets first: headings, navigation, buttons, column and field names. */
async function interfaceWords(page: Page): Promise<Set<string>> {
  const texts = await page
    .locator('h1, h2, h3, h4, nav a, button, th, label, [role="tab"]')
    .evaluateAll((elements) => elements.map((e) => (e.textContent ?? '').trim()));
  return new Set(texts.filter((t) => t.length > 0));
}

// Names that are the same in every language: acronyms, formats, the product.
const SAME_EVERYWHERE = /^(Concord|[A-Z]{2,6}|[A-Z]{2,6} \(.*\)|JSON|HTML|PDF|CSV|XLSX|\d[\d\s./–-]*)$/;
// French words spelt as the English ones (checked against src/web/core/i18n/fr.json and the features').
const SAME_IN_FRENCH = new Set([
  'Actions',
  'Menu',
  'Programmes',
  'Dialogue',
  'Note',
  'Contacts',
  'Date',
  'Source',
  'Sources',
  'Type',
  'Organisation',
]);

describe.skipIf(!hasChromium)('journey 5: the partner page in French and Russian', () => {
  const app = useBrowserApp();

  it('translates every heading, link, button, column and field of Tajikistan’s page', async () => {
    const page = await app.openPage('/');
    await app.signIn(page, 'staff');
    await page.goto(`${app.base}/partners/tj?on=2011-06-22`);
    await page.getByRole('heading', { level: 1, name: 'Tajikistan' }).waitFor();
    await page.getByRole('heading', { name: 'Exercises' }).waitFor();
    const english = await interfaceWords(page);

    for (const [lang, title] of [
      ['fr', 'Tadjikistan'],
      ['ru', 'Таджикистан'],
    ] as const) {
      await page.getByRole('combobox', { name: /Language|Langue|Язык/ }).selectOption(lang);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // Let every section re-render in the new language before reading it.
      await page.waitForTimeout(500);
      const words = await interfaceWords(page);
      const untranslated = [...words].filter(
        (w) => english.has(w) && !SAME_EVERYWHERE.test(w) && !(lang === 'fr' && SAME_IN_FRENCH.has(w)),
      );
      expect(untranslated, `${lang}: left in English`).toEqual([]);
      await expectAccessible(page);
      await saveScreen(page, `journey-5-partner-${lang}`);
    }
  });
});

/**
 * Journey 6 (issue 14): the main screens read in French and in Russian by a partner official and by
 * staff. The rendered-text checker (test/support/browser.ts) judges every screen left, in the page's
 * language: no ids, enum values, bare codes or untranslated English.
 */
describe.skipIf(!hasChromium)(
  'journey 6: the main screens in French and Russian, as official and staff',
  () => {
    const app = useBrowserApp();

    for (const lang of ['fr', 'ru'] as const)
      for (const reader of ['tajikistan', 'staff'])
        it(`${reader} reads every main screen in ${lang}`, async () => {
          const page = await app.openPage('/', { locale: lang === 'fr' ? 'fr-FR' : 'ru-RU' });
          await app.signIn(page, reader);
          const activity = await page.evaluate(async () => {
            const list = await (await fetch('/api/activities?limit=1')).json();
            return list.items[0]?.id as string;
          });
          const screens = [
            '/',
            '/partners/tj',
            '/partners/tj?on=2011-06-22',
            '/organizations/nato',
            '/people/james-appathurai',
            '/dialogue/meetings/tj-2011-06-22-zarifi-appathurai',
            '/menu',
            `/menu/activities/${activity}`,
            '/programmes',
            '/programmes/tj-ipp-2011',
            '/conflicts',
            '/dialogue/follow-ups',
            '/dashboards',
            '/search?q=Tadj',
          ];
          for (const screen of screens) {
            await page.goto(`${app.base}${screen}`);
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await page.waitForLoadState('networkidle');
            expect(await page.locator('html').getAttribute('lang'), screen).toBe(lang);
          }
          await saveScreen(page, `journey-6-${reader}-${lang}`);
        }, 240_000);
  },
);
