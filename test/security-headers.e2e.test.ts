import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, startServer } from './support/cli.js';
import { freePort } from './support/ports.js';

/**
 * C7 in a real browser: the web app and the API documentation render under their Content Security
 * Policy with no violation reported — the strict policy is not only sent but livable.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)('the Content Security Policy in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-csp-'));
  const port = freePort();
  const base = `http://localhost:${port}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-web-if-stale.mjs')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`the web app did not build:\n${built.stdout}\n${built.stderr}`);
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: `sqlite://${join(dir, 'csp.db')}` }, port),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function visit(path: string, ready: string) {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const res = await page.goto(base + path);
    expect(res?.headers()['content-security-policy']).toContain("object-src 'none'");
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await context.close();
    return { violations, console };
  }

  it('renders the app’s pages with no CSP violation', async () => {
    for (const [path, ready] of [
      ['/', 'h1'],
      ['/partners/tj', 'h1:has-text("Tajikistan")'],
      ['/people', 'h1'],
      ['/posts', 'h1'],
      ['/conflicts', 'h1'],
      ['/search?q=Tajik', 'h1'],
    ] as const) {
      const { violations, console } = await visit(path, ready);
      expect(violations, path).toEqual([]);
      expect(console, path).toEqual([]);
    }
  }, 120_000);

  it('renders the API documentation under its own policy with no violation', async () => {
    const { violations, console } = await visit('/api/docs/', '.swagger-ui .information-container');
    expect(violations).toEqual([]);
    expect(console).toEqual([]);
  }, 60_000);
});
