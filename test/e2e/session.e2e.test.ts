import { describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectAccessible,
  hasChromium,
  saveScreen,
  useBrowserApp,
} from '../support/browser.js';

describe.skipIf(!hasChromium)('signing in and out in Chromium', () => {
  const app = useBrowserApp();

  it('keeps what was typed after a wrong password, then signs in by keyboard and out again', async () => {
    const page = await app.openPage('/partners');
    // A signed-out load asks nothing it knows will be refused: no 401 in the console.
    const logged: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') logged.push(m.text());
    });
    await page.reload();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(logged).toEqual([]);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page);

    // An empty form names what is missing (it used to say the password was wrong), sending nothing.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your user name.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel(/^User name/).getAttribute('maxlength')).toBe('64');

    await page.getByLabel(/^User name/).fill('tajikistan');
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('The user name or password is not right.').waitFor();
    expect(await page.getByLabel(/^User name/).inputValue()).toBe('tajikistan');
    await expectAccessible(page);

    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    const who = page.getByTestId('signed-in-as');
    await who.waitFor();
    expect(await who.textContent()).toContain('Ministry of Foreign Affairs of Tajikistan');
    expect(new URL(page.url()).pathname).toBe('/partners');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.cookie)).not.toContain('concord_signed_in');
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.status));
    expect(session).toBe(401);
    await saveScreen(page, 'sign-in-out');
  });
});
