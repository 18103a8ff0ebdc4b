import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { REPO, startServer } from './cli.js';
import { freePort } from './ports.js';
import { machineText, READABLE_TEXT_IN_PAGE } from './rendered-text.js';

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

/**
 * Every screen a journey leaves is judged by the rendered-text checker in the page's own language
 * (the `lang` of <html>): before a client-side navigation (history.pushState, through the binding
 * the init script below calls), before `page.goto`, and the last screen at the end of each journey.
 * So a new journey is checked without asking for it, and a screen is read once the journey has
 * waited for what it wanted on it.
 */
const SCREEN_BINDING = '__concordScreenLeft';
const REPORT_SCREEN_ON_PUSH = `(() => {
  const push = history.pushState.bind(history);
  history.pushState = (...args) => {
    try {
      if (document.body) window.${SCREEN_BINDING}(location.pathname + location.search, document.documentElement.lang, ${READABLE_TEXT_IN_PAGE});
    } catch {}
    return push(...args);
  };
})()`;

type Lang = 'en' | 'fr' | 'ru';
const asLang = (lang: string): Lang => (lang === 'fr' || lang === 'ru' ? lang : 'en');

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
  const port = freePort();
  const base = `http://localhost:${port}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let current: Page | undefined;
  const findings: string[] = [];
  const judge = (path: string, lang: string, text: string) => {
    const found = machineText(text, { lang: asLang(lang) });
    for (const f of found) findings.push(`${path} (${lang}): ${f}`);
    // The screen's text beside the screenshots, so that a finding can be read in context.
    if (found.length > 0) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, `text-${lang}${path.replace(/\W+/g, '-')}.txt`), text);
    }
  };
  /** Judges the screen the page shows now (nothing when it shows no app page). */
  async function judgeScreen(page: Page | undefined) {
    if (!page || page.isClosed() || !page.url().startsWith(base)) return;
    const screen = await page
      .evaluate<{ lang: string; text: string }>(
        `({ lang: document.documentElement.lang, text: ${READABLE_TEXT_IN_PAGE} })`,
      )
      .catch(() => undefined); // a page in the middle of loading has no screen yet
    if (screen) judge(new URL(page.url()).pathname + new URL(page.url()).search, screen.lang, screen.text);
  }

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

  afterEach(async () => {
    await judgeScreen(current);
    const found = [...new Set(findings.splice(0))];
    expect(found, 'machine text on the screens this journey visited').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  return {
    base,
    async openPage(path, { locale = 'en-GB' } = {}) {
      await judgeScreen(current);
      await context?.close();
      if (!browser) throw new Error('no browser');
      context = await browser.newContext({ locale, viewport: { width: 1280, height: 1000 } });
      await context.exposeBinding(SCREEN_BINDING, (_source, path: string, lang: string, text: string) =>
        judge(path, lang, text),
      );
      await context.addInitScript(REPORT_SCREEN_ON_PUSH);
      const page = await context.newPage();
      // Judge the screen being left before each full navigation too.
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        await judgeScreen(page);
        return goto(url, options);
      };
      current = page;
      await page.goto(base + path);
      return page;
    },
    async signIn(page, username) {
      await page.goto(`${base}/sign-in?next=${encodeURIComponent(new URL(page.url()).pathname)}`);
      // In the page's language (the journeys in French and Russian sign in too).
      await page.getByLabel(/^(User name|Nom d’utilisateur|Имя пользователя)/).fill(username);
      await page.getByLabel(/^(Password|Mot de passe|Пароль)/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /^(Sign in|Se connecter|Войти)$/ }).click();
      await page.getByTestId('signed-in-as').waitFor();
    },
  };
}
