import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPO, startServer } from './cli.js';

/**
 * Real journeys in Debian's Chromium against `concord serve` on a fresh demo database: the server and
 * the browser start once per file, each journey gets a fresh browser profile.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} for the end-to-end tests`);
  const line = '='.repeat(78);
  console.warn(
    `\n${line}\nEND-TO-END (Chromium) SKIPPED: no browser at ${CHROMIUM}.\nInstall it: apt-get install chromium\n${line}\n`,
  );
}

/** Where journeys leave their last screen (a CI artifact; ignored by git). */
export const ARTIFACTS = join(REPO, 'test-results', 'screens');

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** No WCAG 2.1 A/AA violation on the page as it is now; each violation named with its elements. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(
    violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `on ${page.url()}`,
  ).toEqual([]);
}

/** What a reader sees of the element (table cells apart), as Playwright's innerText. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.allInnerTexts()).join('\n');
}

/** Lets ECharts paint its next frame (it draws on requestAnimationFrame). */
export async function nextFrames(page: Page) {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Saves the journey's last screen as a test artifact. */
export async function saveScreen(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export interface BrowserApp {
  base: string;
  /** a fresh browser profile at `path` */
  openPage(path: string, options?: { locale?: string }): Promise<Page>;
  /** signs in through the sign-in screen as a demo account and returns on the page it lands on */
  signIn(page: Page, username: string): Promise<void>;
}

export const DEMO_PASSWORD = 'concord-demo';

/** `env`: more settings for the server (read when it starts, so a test may fill it in its own beforeAll). */
export function useBrowserApp(env: Record<string, string> = {}): BrowserApp {
  const dir = mkdtempSync(join(tmpdir(), 'concord-e2e-'));
  const port = 5200 + Math.floor(Math.random() * 2000);
  const base = `http://localhost:${port}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    const build = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-web-if-stale.mjs')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the web app did not build:\n${build.stdout}\n${build.stderr}`);
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: `sqlite://${join(dir, 'e2e.db')}`, ...env }, port),
      chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  return {
    base,
    async openPage(path, { locale = 'en-GB' } = {}) {
      await context?.close();
      if (!browser) throw new Error('no browser');
      context = await browser.newContext({ locale, viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      await page.goto(base + path);
      return page;
    },
    async signIn(page, username) {
      await page.goto(`${base}/sign-in?next=${encodeURIComponent(new URL(page.url()).pathname)}`);
      await page.getByLabel(/^User name/).fill(username);
      await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('signed-in-as').waitFor();
    },
  };
}
