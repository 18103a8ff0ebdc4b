import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser } from '../src/services/trust/account.service.js';
import { openStore } from '../src/store/core/db.js';
import { REPO, startServer } from './support/cli.js';
import { freePort } from './support/ports.js';

/**
 * C8: hostile strings stored through the API in every text field of the registry, then every page
 * that shows them opened in Chromium. Each payload would set window.__pwned and open a dialog if it
 * ever ran; neither may happen, and no CSP violation may be reported (which would mean markup got in).
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

const RUN = 'window.__pwned=1;alert(1)';
const P = {
  script: `<script>${RUN}</script>`,
  img: `<img src=x onerror="${RUN}">`,
  svg: `"><svg onload="${RUN}">`,
  js: `javascript:${RUN}`,
  template: `{{7*7}} \${7*7} {{constructor.constructor('${RUN}')()}}`,
  // A right-to-left override is refused at the door (it makes one name look like another).
  rtl: '\u202Egnp.exe <b>RTL override</b>\u202C',
  rtlShown: 'שלום <b>right to left</b> Concord',
  attr: `' onmouseover='${RUN}' x='`,
  long: `${'Ꙭ'.repeat(200)}<script>${RUN}</script>${'W'.repeat(40)}`,
  longer: `${'<iframe srcdoc="<script>parent.__pwned=1</script>">'.repeat(150)}`,
};

describe.skipIf(!hasChromium)('hostile strings in the registry screens (Chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-hostile-'));
  const dbUrl = `sqlite://${join(dir, 'hostile.db')}`;
  const port = freePort();
  const base = `http://localhost:${port}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  let headers: Record<string, string> = {};

  async function post(path: string, body: unknown, expected = 201) {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    expect(res.status, `${path}: ${JSON.stringify(json)}`).toBe(expected);
    return json;
  }

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-web-if-stale.mjs')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`the web app did not build:\n${built.stdout}\n${built.stderr}`);
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: dbUrl }, port),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }),
    ]);
    const store = openStore(dbUrl);
    await createUser(contextFor(store, SYSTEM_ACTOR), {
      username: 'hostile-staff',
      role: 'staff',
      password: 'a-long-hostile-password',
    });
    await store.close();
    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hostile-staff', password: 'a-long-hostile-password' }),
    });
    headers = {
      cookie: res.headers.getSetCookie()[0]?.split(';')[0] ?? '',
      'x-csrf-token': ((await res.json()) as { csrf_token: string }).csrf_token,
    };

    await post('/api/organizations', {
      id: 'hostile-org',
      kind: 'framework',
      names: [
        { name: P.script, lang: 'en' },
        { name: P.img, lang: 'ru' },
        { name: P.svg, lang: 'fr' },
        { name: P.long, lang: 'en', kind: 'former', end_date: '1999-12-31' },
      ],
    });
    await post('/api/memberships', {
      member_id: 'tj',
      organization_id: 'hostile-org',
      start_date: '2001-01-01',
      role: P.attr,
      note: P.template,
    });
    await post('/api/people', {
      id: 'hostile-person',
      names: [
        { name: P.img, lang: 'en' },
        { name: P.rtlShown, lang: 'ru' },
        { name: P.template, lang: 'en', kind: 'alternate' },
      ],
      summary: `${P.js} ${P.script} ${P.long}`,
    });
    await post('/api/posts', {
      id: 'hostile-post',
      organization_id: 'hostile-org',
      label: P.svg,
      labels: { ru: P.script, fr: P.rtlShown },
      role: P.attr,
    });
    await post('/api/holdings', {
      post_id: 'hostile-post',
      person_id: 'hostile-person',
      start_date: '2010-05',
      note: P.img,
    });
    await post('/api/sources', {
      id: 'hostile-source',
      title: P.script,
      publisher: P.svg,
      url: `https://example.org/?q=${encodeURIComponent(P.script)}`,
      excerpt: `${P.template} ${P.longer}`,
    });
    // A javascript: link is refused at the door, and so is a bidi override in a name (400 naming it).
    await post('/api/sources', { title: 'Bad link', url: P.js }, 400);
    const spoof = await post('/api/people', { names: [{ name: P.rtl, lang: 'en' }] }, 400);
    expect(JSON.stringify(spoof.errors)).toContain('names[0].name');
    for (const [subject_type, subject_id, value] of [
      ['person', 'hostile-person', P.script],
      ['person', 'hostile-person', P.img],
      ['post', 'hostile-post', P.svg],
      ['post', 'hostile-post', P.template],
    ] as const) {
      await post('/api/claims', {
        subject_type,
        subject_id,
        field: 'summary',
        value,
        source_id: 'hostile-source',
        excerpt: P.js,
      });
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const pages = [
    '/partners/tj',
    '/organizations/hostile-org',
    '/people/hostile-person',
    '/people?q=script',
    '/posts/hostile-post',
    '/posts',
    '/conflicts',
    `/search?q=${encodeURIComponent('<script>')}`,
    '/search?q=svg',
  ];

  it('runs none of them on any page that shows them', async () => {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const dialogs: string[] = [];
    const errors: string[] = [];
    let shown = 0;
    for (const path of pages) {
      const page = await context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(`${path}: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      await page.goto(base + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // Hover and focus everything, so that injected mouse and focus handlers would fire too.
      await page.mouse.move(300, 300);
      await page.mouse.move(600, 500);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        csp: (window as unknown as { __csp: string[] }).__csp,
        text: document.body.textContent ?? '',
        injected: document.querySelectorAll('main script, main img[src="x"], main svg[onload], main iframe')
          .length,
      }));
      expect(state.pwned, path).toBeUndefined();
      expect(state.csp, path).toEqual([]);
      expect(state.injected, path).toBe(0);
      if (state.text.includes(RUN)) shown++;
      await page.close();
    }
    await context.close();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // The payloads were on screen as text, so the test looked at rendered hostile data.
    expect(shown).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
