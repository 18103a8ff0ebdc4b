import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopSheetReader } from '../src/services/exchange/sheet.pool.js';
import { makeOrganization, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

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

    beforeAll(async () => {
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
    afterAll(stopSheetReader);

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
      // The pings ran while the file was imported and did not wait on it: the median is under
      // 100 ms; the slowest is bounded by a fifth of the import (on this machine's shared cores one
      // ping in many can wait on the scheduler, not on Concord).
      expect(pings.length).toBeGreaterThan(10);
      pings.sort((a, b) => a - b);
      expect(pings[Math.floor(pings.length / 2)]).toBeLessThan(100);
      expect(pings[pings.length - 1]).toBeLessThan(imported.elapsed / 5);
      const listed = await api.call('GET', `/api/activities?q=${file.prefix}&limit=1`);
      expect(listed.status).toBe(200);
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
