import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { getPriority, setPriority } from 'node:os';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftedReport } from '../bench/crafted.js';
import { stopReader } from '../src/ingest/read.pool.js';
import { stopSheetReader } from '../src/services/exchange/sheet.pool.js';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';
import { expectPingsUnderBudget } from './support/ping-budget.js';

const MiB = 1024 * 1024;

/** A workbook of activities of about `bytes` (random descriptions do not compress). */
async function spreadsheet(providerId: string, bytes: number) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Activities');
  sheet.addRow(['key', 'provider_id', 'title', 'event_type', 'languages', 'description']);
  const prefix = `LOAD${randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '0')}`;
  // about 3 kB of XLSX a row: 4,000 base64 characters hold 3,000 random bytes
  const rows = Math.ceil(bytes / 3000);
  for (let i = 0; i < rows; i++)
    sheet.addRow([
      `${prefix}.${i}`,
      providerId,
      `Loaded course ${i}`,
      'course',
      'en',
      randomBytes(3000).toString('base64'),
    ]);
  return { content: Buffer.from(await book.xlsx.writeBuffer()), rows, prefix };
}

/**
 * Issue 12, item 11: one provider spreadsheet import stalled the server about 7 s. The file is read
 * on a worker thread and the rows written with turns for other requests between them, so /api/ping
 * keeps answering while a 1 MiB spreadsheet is imported. Over real HTTP, so that the ping waits on
 * the same event loop a client would.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`spreadsheet imports under load on ${db.name}`, () => {
    const api = useApi(db);
    let base = '';
    let provider: { id: string };

    let priority = 0;
    beforeAll(async () => {
      // The measure is of Concord's event loop against Concord's own work, not of the neighbours on a
      // shared machine: the server's thread (this one: nice values are per thread on Linux) is put
      // ahead of other processes where that is permitted. Its workers stay behind it (nice 10).
      priority = getPriority();
      try {
        setPriority(-5);
      } catch {
        // not permitted: measured at normal priority
      }
      await api.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
      provider = await makeOrganization(api, { kind: 'body' });
      // The worker starts and loads exceljs on the first file; that one-off cost is not measured.
      const warm = await spreadsheet(provider.id, 1);
      const res = await api.call('POST', '/api/imports/menu', {
        kind: 'activities',
        format: 'xlsx',
        content: warm.content.toString('base64'),
      });
      expect(res.status, res.body).toBe(200);
    }, 60_000);
    afterAll(async () => {
      try {
        setPriority(priority);
      } catch {
        // lowering back needs no permission; nothing to undo if raising was refused
      }
      await stopSheetReader();
      await stopReader();
    });

    it('imports a 1 MiB spreadsheet while /api/ping keeps answering in under 100 ms', async () => {
      const file = await spreadsheet(provider.id, MiB);
      expect(file.content.length).toBeGreaterThan(MiB);
      expect(file.content.length).toBeLessThan(1.5 * MiB);
      const headers = await api.signIn('staff');
      let done = false;
      const started = performance.now();
      const importing = fetch(`${base}/api/imports/menu`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'activities',
          format: 'xlsx',
          content: file.content.toString('base64'),
        }),
      }).then(async (res) => {
        const elapsed = performance.now() - started;
        done = true;
        return { status: res.status, body: await res.json(), elapsed };
      });
      const pings: number[] = [];
      while (!done) {
        const t = performance.now();
        const ping = await fetch(`${base}/api/ping`);
        pings.push(performance.now() - t);
        expect(ping.status).toBe(200);
        await new Promise((r) => setTimeout(r, 20));
      }
      const imported = await importing;
      expect(imported.status).toBe(200);
      expect(imported.body.errors.slice(0, 2)).toEqual([]);
      expect(imported.body).toMatchObject({ rows: file.rows, imported: file.rows, failed: 0 });
      // Every ping, the slowest included, answered in under 100 ms (support/ping-budget.ts) while the file was imported (issue
      // 12, done when): the file is read on a worker and the rows leave the loop idle between slices.
      expect(pings.length).toBeGreaterThan(10);
      expectPingsUnderBudget(pings, imported.elapsed, 1 / 5);
      const listed = await api.call('GET', `/api/activities?q=${file.prefix}&limit=1`);
      expect(listed.status).toBe(200);
    }, 180_000);

    it('reads a crafted 100 kB report and imports a 1 MiB spreadsheet at once, /api/ping under 100 ms', async () => {
      const file = await spreadsheet(provider.id, MiB);
      const report = craftedReport(100_000);
      const headers = { ...(await api.signIn('staff')), 'content-type': 'application/json' };
      const warm = await fetch(`${base}/api/ingest`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: 'Dr. Ivan Petrov met Jo Smith on Tuesday.' }),
      });
      expect(warm.status).toBe(200);
      let pending = 2;
      const started = performance.now();
      const post = (url: string, body: object) =>
        fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) }).then(async (res) => {
          pending--;
          return { status: res.status, body: await res.json() };
        });
      const both = Promise.all([
        post('/api/imports/menu', {
          kind: 'activities',
          format: 'xlsx',
          content: file.content.toString('base64'),
        }),
        post('/api/ingest', { text: report }),
      ]);
      const pings: number[] = [];
      while (pending > 0) {
        const t = performance.now();
        const ping = await fetch(`${base}/api/ping`);
        pings.push(performance.now() - t);
        expect(ping.status).toBe(200);
        await new Promise((r) => setTimeout(r, 20));
      }
      const [imported, read] = await both;
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ rows: file.rows, imported: file.rows, failed: 0 });
      expect(read.status).toBe(200);
      expect(read.body.text.length).toBe(100_000);
      expect(pings.length).toBeGreaterThan(10);
      expectPingsUnderBudget(pings, performance.now() - started, 1 / 5);
    }, 180_000);

    it('answers a broken workbook from the worker with a clear 400, without internal text', async () => {
      const broken = Buffer.alloc(64 * 1024, 0x41);
      broken.write('PK\u0003\u0004garbage');
      const res = await api.call('POST', '/api/imports/menu', {
        kind: 'activities',
        format: 'xlsx',
        content: broken.toString('base64'),
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        { field: 'file', reason: 'not a readable XLSX workbook (save it again as .xlsx)' },
      ]);
      expect(res.body).not.toMatch(/zip|central|Error:|at \w|worker|piscina/i);
    });
  });
}
