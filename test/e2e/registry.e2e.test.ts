import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, nextFrames, textOf, useBrowserApp } from '../support/browser.js';
import { REPO } from '../support/cli.js';

// Real journeys through the registry screens, in Chromium, against `concord serve` on the demo data.
describe.skipIf(!hasChromium)('the registry screens in Chromium', () => {
  const app = useBrowserApp();
  const { base } = app;
  const openPage = (path: string) => app.openPage(path);

  it('serves the app for client routes and keeps the API’s JSON 404 for unknown API paths', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    const deepLink = await fetch(`${base}/partners/tj?on=1995-01-01`, { headers: html });
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    // An address the app has no page for: the app (showing its own "not found"), with a 404 status.
    const unknownPage = await fetch(`${base}/partnrs/tj`, { headers: html });
    expect(unknownPage.status).toBe(404);
    expect(await unknownPage.text()).toContain('<div id="root">');
    const unknownApi = await fetch(`${base}/api/no-such-route`, { headers: html });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/problem+json');
    expect(await unknownApi.json()).toMatchObject({ code: 'record.not_found' });
  });

  it('finds Tajikistan from the header search and reads its memberships over time, then in Russian', async () => {
    const page = await openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Concord' }).waitFor();
    await page.getByRole('link', { name: /34\s*Partner countries/ }).waitFor();
    await expectAccessible(page);

    await page.keyboard.press('/');
    const searchBox = page.getByRole('searchbox', { name: /Search partners/ });
    expect(await searchBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Tajik');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search results for “Tajik”' }).waitFor();
    const partners = page.getByRole('region', { name: /Partner countries/ });
    await partners.getByRole('link', { name: 'Tajikistan' }).waitFor();
    await page
      .getByRole('region', { name: /Posts/ })
      .getByRole('link', { name: 'President of Tajikistan' })
      .waitFor();
    await expectAccessible(page);

    await partners.getByRole('link', { name: 'Tajikistan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tajikistan' }).waitFor();
    const timeline = page.getByRole('img', { name: /Timeline of memberships/ });
    await timeline.locator('canvas').first().waitFor();
    const summary = await timeline.getAttribute('aria-label');
    expect(summary).toContain('NACC from 10 March 1992 to 29 May 1997');
    expect(summary).toContain('EAPC from 30 May 1997 to today');
    expect(summary).toContain('PfP from 20 February 2002 to today');
    const memberships = page.getByRole('table', { name: 'Memberships', exact: true });
    await memberships.waitFor();
    const rows = memberships.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await textOf(rows.nth(0))).toMatch(
      /North Atlantic Cooperation Council\s+renamed Euro-Atlantic Partnership Council on 30 May 1997[\s\S]*10 March 1992/,
    );
    expect(await textOf(rows.nth(1))).toMatch(/Partnership for Peace[\s\S]*20 February 2002/);
    await page
      .getByRole('table', { name: /Office holders on/ })
      .getByRole('link', { name: 'Sirojiddin Muhriddin' })
      .waitFor();
    await page.getByRole('article', { name: /Tajikistan — North Atlantic Cooperation Council/ }).waitFor();
    await expectAccessible(page);
    if (process.env.SCREENSHOTS === '1') {
      await nextFrames(page);
      await page.screenshot({
        path: join(REPO, 'docs', 'images', 'partner-page.png'),
        fullPage: true,
        clip: { x: 0, y: 0, width: 1280, height: 1240 },
      });
    }

    await page.getByLabel('As of date').fill('1995-01-01');
    const onDay = page.getByRole('table', { name: 'Memberships on 1 January 1995' });
    await onDay.waitFor();
    expect(page.url()).toContain('on=1995-01-01');
    expect(await onDay.locator('tbody tr').count()).toBe(1);
    const only = await textOf(onDay.locator('tbody tr'));
    expect(only).toContain('North Atlantic Cooperation Council');
    expect(only).not.toContain('Partnership for Peace');
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Таджикистан' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByRole('navigation').getByRole('link', { name: 'Партнёры' }).waitFor();
    const russian = page.getByRole('table', { name: 'Участие на 1 января 1995 г.' });
    expect(await textOf(russian.locator('tbody tr'))).toContain('Совет североатлантического сотрудничества');
    expect(await page.getByRole('img', { name: /Хронология участия/ }).getAttribute('aria-label')).toContain(
      'ССАС: 10 марта 1992 г. — 29 мая 1997 г.',
    );
    await expectAccessible(page);
  });

  it('answers who held the Special Representative post on 22 June 2011, and finds a minister by a former name', async () => {
    const page = await openPage('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Posts' }).click();
    const post = page.getByRole('link', {
      name: "NATO Secretary General's Special Representative for the Caucasus and Central Asia",
    });
    await post.waitFor();
    await expectAccessible(page);
    await post.click();
    await page.getByRole('heading', { level: 1, name: /Special Representative for the Caucasus/ }).waitFor();
    await page.getByRole('table', { name: 'All holders' }).waitFor();
    await page.getByLabel('Who held this post on').fill('2011-06-22');
    const holders = page.getByRole('region', { name: 'Holders on 22 June 2011' });
    await holders.getByRole('link', { name: 'James Appathurai' }).waitFor();
    const answer = await textOf(holders);
    expect(answer).not.toContain('Simmons');
    expect(answer).not.toContain('Colomina');
    await expectAccessible(page);

    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Search people').fill('Аслов');
    const person = page.getByRole('link', { name: 'Sirojiddin Muhriddin' });
    await page.getByText('1 person', { exact: true }).waitFor();
    await expectAccessible(page);
    await person.click();
    await page.getByRole('heading', { level: 1, name: 'Sirojiddin Muhriddin' }).waitFor();
    const names = await textOf(page.getByRole('table', { name: 'Names over time' }));
    expect(names).toMatch(/Sirojiddin Aslov\s+former[\s\S]*May 2018/);
    const held = page.getByRole('table', { name: 'Posts held' });
    await held.getByRole('link', { name: 'Minister of Foreign Affairs of Tajikistan' }).waitFor();
    expect(await textOf(held)).toMatch(/29 November 2013[\s\S]*Sirojiddin Aslov/);
    await expectAccessible(page);
  });

  it('lists Tajikistan’s 1992/1994 NACC disagreement with both sources and the value the record follows', async () => {
    const page = await openPage('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Sources and conflicts' }).click();
    const conflict = page.getByRole('article', {
      name: /Tajikistan — North Atlantic Cooperation Council — start date/,
    });
    await conflict.getByRole('link', { name: 'NATO: Relations with Tajikistan (2019 version)' }).waitFor();
    await conflict
      .getByRole('link', { name: 'Tajik MFA: Tajikistan and North Atlantic Treaty Organization' })
      .waitFor();
    const text = await textOf(conflict);
    expect(text).toMatch(/The record follows:\s*1992/);
    expect(text).toMatch(/1994[\s\S]*Republic of Tajikistan, along with other former Soviet republics/);
    await expectAccessible(page);
  });

  it('shows on a person’s page the meetings they took part in, to a reader who may see them', async () => {
    const page = await openPage('/people/hamrokhon-zarifi');
    await page.getByRole('heading', { level: 1, name: /Zarifi/ }).waitFor();
    // Signed out: the public meetings only, and no nominations section.
    const meetings = page.getByRole('region', { name: 'Meetings' });
    await meetings.getByRole('table').waitFor();
    expect(await textOf(meetings)).toMatch(/22 June 2011/);
    expect(await page.getByRole('region', { name: 'Nominations' }).count()).toBe(0);
    await expectAccessible(page);
  });
});
