import { describe, expect, it } from 'vitest';
import { COSTLY_ROUTES, type CostlyRates } from '../src/api/core/rate-limits.js';
import { costlyRates, loadConfig } from '../src/config.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * Issue 12, rate limits: printing a PDF, reading a press report, importing a spreadsheet and
 * searching everything are limited per address AND per account, with a 429 problem in the reader's
 * language and Retry-After. Small limits here so that they are reached in a test; each test uses
 * addresses of its own, so that one test's counters do not meet another's.
 */
const RATES: CostlyRates = {
  pdf: { perAddress: 4, perAccount: 2, windowMs: 60_000 },
  ingest: { perAddress: 3, perAccount: 2, windowMs: 60_000 },
  import: { perAddress: 3, perAccount: 2, windowMs: 60_000 },
  search: { perAddress: 5, perAccount: 3, windowMs: 60_000 },
};

describe('rate limit settings', () => {
  it('reads per address/per account pairs and a window, with defaults', () => {
    const rates = costlyRates(loadConfig({}, { RATE_LIMIT_PDF: '6/3', RATE_LIMIT_MINUTES: '2' }));
    expect(rates.pdf).toEqual({ perAddress: 6, perAccount: 3, windowMs: 120_000 });
    expect(rates.search).toEqual({ perAddress: 240, perAccount: 120, windowMs: 120_000 });
    expect(rates.import).toEqual({ perAddress: 10, perAccount: 5, windowMs: 120_000 });
    expect(rates.ingest).toEqual({ perAddress: 30, perAccount: 20, windowMs: 120_000 });
    expect(() => loadConfig({}, { RATE_LIMIT_IMPORT: 'ten' })).toThrow(/RATE_LIMIT_IMPORT/);
    expect(() => loadConfig({}, { RATE_LIMIT_SEARCH: '0/5' })).toThrow(/RATE_LIMIT_SEARCH/);
  });
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`rate limits on costly routes on ${db.name}`, () => {
    const api = useApi(db, { costlyRates: RATES });
    let block = 0;
    /** Addresses of a block of its own for each test. */
    const addresses = () => {
      block++;
      return (n: number) => `203.0.113.${block * 20 + n}`;
    };
    const send = async (
      method: 'GET' | 'POST',
      url: string,
      ip: string,
      headers: Record<string, string> = {},
      payload?: object,
    ) => {
      const res = await api.app.inject({
        method,
        url,
        remoteAddress: ip,
        headers,
        ...(payload ? { payload } : {}),
      });
      return { status: res.statusCode, headers: res.headers, json: JSON.parse(res.body || 'null') };
    };

    it('limits one address, anonymous, and answers 429 in the reader’s language with Retry-After', async () => {
      const at = addresses();
      for (let i = 0; i < 5; i++) expect((await send('GET', '/api/search?q=border', at(1))).status).toBe(200);
      const refused = await send('GET', '/api/search?q=border', at(1), { 'accept-language': 'fr' });
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json.code).toBe('rate.limited');
      expect(refused.json.title).toBe(
        'Trop de requêtes depuis cette adresse ou ce compte ; réessayez plus tard',
      );
      const retry = Number(refused.headers['retry-after']);
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(60);
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
      const russian = await send('GET', '/api/search?q=border', at(1), { 'accept-language': 'ru' });
      expect(russian.json.title).toMatch(/^Слишком много запросов/);
      // Another address is not affected, nor another kind of work from the same address.
      expect((await send('GET', '/api/search?q=border', at(2))).status).toBe(200);
      expect((await send('GET', '/api/partners/absent/dossier?format=pdf', at(1))).status).toBe(404);
    });

    it('limits one account whatever addresses it comes from; another account goes on', async () => {
      const at = addresses();
      const observer = await api.signIn('observer');
      for (let i = 0; i < 3; i++)
        expect((await send('GET', '/api/search?q=border', at(i), observer)).status).toBe(200);
      const refused = await send('GET', '/api/search?q=border', at(10), observer);
      expect(refused.status).toBe(429);
      expect(refused.json.code).toBe('rate.limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const other = await api.signIn('observer');
      expect((await send('GET', '/api/search?q=border', at(11), other)).status).toBe(200);
    });

    it('counts only PDFs among the formats, and both PDF routes against one budget', async () => {
      const at = addresses();
      const staff = await api.signIn('staff');
      // HTML (and JSON) of the same routes are not printed: never limited.
      for (let i = 0; i < 6; i++)
        expect((await send('GET', '/api/partners/absent/dossier?format=html', at(1), staff)).status).toBe(
          404,
        );
      // Refused before anything is read or printed: absent records still spend the budget.
      expect((await send('GET', '/api/partners/absent/dossier?format=pdf', at(1), staff)).status).toBe(404);
      expect((await send('GET', '/api/programmes/absent/export?format=pdf', at(2), staff)).status).toBe(404);
      const third = await send('GET', '/api/programmes/absent/export?format=pdf', at(3), staff);
      expect(third.status).toBe(429);
      expect(
        (await send('GET', '/api/partners/absent/dossier?format=pdf', at(4), await api.signIn('staff')))
          .status,
      ).toBe(404);
    });

    it('refuses imports and press reports over the limit before reading the body', async () => {
      const at = addresses();
      const staff = await api.signIn('staff');
      const bad = { kind: 'activities', format: 'xlsx', content: 'not base64 of a workbook' };
      for (let i = 0; i < 2; i++)
        expect((await send('POST', '/api/imports/menu', at(1), staff, bad)).status).toBe(400);
      const refused = await send('POST', '/api/imports/menu', at(1), staff, bad);
      expect(refused.status).toBe(429);
      expect(refused.json.errors).toEqual([{ field: 'retry_after', reason: refused.headers['retry-after'] }]);
      // Press reports have a budget of their own: two for the account, three for the address.
      const report = { text: 'Dr. Ivan Petrov met Jo Smith on Tuesday.' };
      for (let i = 0; i < 2; i++)
        expect((await send('POST', '/api/ingest', at(2), staff, report)).status).toBe(200);
      expect((await send('POST', '/api/ingest', at(3), staff, report)).status).toBe(429);
      const fresh = await api.signIn('staff');
      expect((await send('POST', '/api/ingest', at(2), fresh, report)).status).toBe(200);
      expect((await send('POST', '/api/ingest', at(2), fresh, report)).status).toBe(429);
      // Every attempt counts against the account too, refused or not: this one's two are spent.
      expect((await send('POST', '/api/ingest', at(4), fresh, report)).status).toBe(429);
      expect((await send('POST', '/api/ingest', at(4), await api.signIn('staff'), report)).status).toBe(200);
    });

    it('names only routes the API has', async () => {
      const spec = (await api.raw('GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, unknown>>;
      };
      for (const route of COSTLY_ROUTES) {
        const path = route.url.replace(/:(\w+)/g, '{$1}');
        expect(spec.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
      }
    });
  });
}
