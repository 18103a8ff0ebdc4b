import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, restore } from '../src/services/exchange/backup.service.js';
import { makeOrganization, uid, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

// The files live outside the database, in a directory of this test's own; small limit to test it.
const FILES = mkdtempSync(join(tmpdir(), 'concord-attachments-'));
process.env.ATTACHMENTS_DIR = FILES;
process.env.ATTACHMENT_MAX_BYTES = '4096';
afterAll(() => rmSync(FILES, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const MINUTES = Buffer.from('Minutes of the meeting of 22 June 2011.\nPresent: the Minister.\n', 'utf8');
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(200, 0x90)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`meeting attachments on ${db.name}`, () => {
    const api = useApi(db);

    async function setup() {
      const partner = await makeOrganization(api, { kind: 'state', iso2: undefined });
      const other = await makeOrganization(api, { kind: 'state', iso2: undefined });
      const meeting = await api.call('POST', '/api/meetings', {
        id: uid('meeting'),
        partner_id: partner.id,
        kind: 'visit',
        start_date: '2011-06-22',
        marking: 'partners',
        releasable_to: [partner.id],
      });
      expect(meeting.status, JSON.stringify(meeting.json)).toBe(201);
      return { partner, other, meeting: meeting.json };
    }
    const upload = (meetingId: string, bytes: Buffer, query: string, headers: Record<string, string> = {}) =>
      api.call('POST', `/api/meetings/${meetingId}/attachments?${query}`, bytes, {
        'content-type': 'application/octet-stream',
        ...headers,
      });

    it('keeps the minutes outside the database under their checksum, typed from the bytes', async () => {
      const { meeting } = await setup();
      // Announced as a Word file by name and header: the bytes say PDF, and PDF it is.
      const res = await upload(meeting.id, PDF, 'name=minutes.docx&description=Minutes%2C%20signed', {
        'content-type': 'application/msword',
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      expect(res.json).toMatchObject({
        meeting_id: meeting.id,
        file_name: 'minutes.docx',
        media_type: 'application/pdf',
        size: PDF.length,
        sha256: sha(PDF),
        description: 'Minutes, signed',
        marking: 'partners',
        releasable_to: [meeting.partner_id],
        version: 1,
      });
      expect(readdirSync(join(FILES, sha(PDF).slice(0, 2)))).toContain(sha(PDF).slice(2));
      const text = await upload(meeting.id, MINUTES, 'name=minutes.txt');
      expect(text.json.media_type).toBe('text/plain');

      const list = await api.call('GET', `/api/meetings/${meeting.id}/attachments`);
      expect(list.json.items.map((a: { file_name: string }) => a.file_name)).toEqual([
        'minutes.docx',
        'minutes.txt',
      ]);
      const file = await api.call('GET', `/api/attachments/${res.json.id}/content`);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''minutes.docx");
      expect(file.body).toBe(PDF.toString('latin1').replace(/[\x80-\xff]/g, '\ufffd'));
      const audit = await api.call('GET', `/api/audit?entity=meeting_attachment&entity_id=${res.json.id}`);
      expect(audit.json.items.map((e: { action: string }) => e.action)).toEqual(['create']);
    });

    it('refuses a kind it does not keep, a file over the limit, an empty body and a wider marking', async () => {
      const { meeting } = await setup();
      const exe = await upload(meeting.id, EXE, 'name=minutes.pdf');
      expect(exe.status).toBe(415);
      expect(exe.json).toMatchObject({ code: 'attachment.unsupported_type', errors: [{ field: 'body' }] });
      const big = await upload(meeting.id, Buffer.concat([PDF, Buffer.alloc(5000, 0x20)]), 'name=big.pdf');
      expect(big.status).toBe(413);
      expect((await upload(meeting.id, Buffer.alloc(0), 'name=empty.pdf')).status).toBe(400);
      const wider = await upload(meeting.id, PDF, 'name=minutes.pdf&marking=public');
      expect(wider.status).toBe(400);
      expect(wider.json.errors).toEqual([
        { field: 'marking', reason: "may not be wider than the meeting's (partners)" },
      ]);
      const noName = await upload(meeting.id, PDF, 'description=x');
      expect(noName.status).toBe(400);
      expect(noName.json.errors.map((e: { field: string }) => e.field)).toEqual(['querystring.name']);
      const list = await api.call('GET', `/api/meetings/${meeting.id}/attachments`);
      expect(list.json.total).toBe(0);
    });

    it('is read by whoever may read the meeting and the file: the partner, not another partner, not the public', async () => {
      const { partner, other, meeting } = await setup();
      const open = (await upload(meeting.id, PDF, 'name=minutes.pdf')).json;
      const internal = (await upload(meeting.id, MINUTES, 'name=notes.txt&marking=organization')).json;
      const readers = {
        anonymous: {},
        partner: await api.signIn('partner', partner.id),
        otherPartner: await api.signIn('partner', other.id),
        provider: await api.signIn('provider', partner.id),
        observer: await api.signIn('observer'),
      };
      const seen: Record<string, unknown> = {};
      for (const [who, headers] of Object.entries(readers)) {
        const list = await api.raw('GET', `/api/meetings/${meeting.id}/attachments`, undefined, headers);
        const file = await api.raw('GET', `/api/attachments/${open.id}/content`, undefined, headers);
        const hidden = await api.raw('GET', `/api/attachments/${internal.id}/content`, undefined, headers);
        seen[who] = [
          list.status,
          list.json?.items?.map((a: { id: string }) => a.id) ?? null,
          file.status,
          hidden.status,
        ];
      }
      expect(seen).toEqual({
        anonymous: [404, null, 404, 404],
        partner: [200, [open.id], 200, 404],
        otherPartner: [404, null, 404, 404],
        provider: [404, null, 404, 404],
        observer: [404, null, 404, 404],
      });
      // Only staff attach or remove.
      const refused = await api.raw('POST', `/api/meetings/${meeting.id}/attachments?name=x.pdf`, PDF, {
        ...readers.partner,
        'content-type': 'application/pdf',
      });
      expect(refused.status).toBe(403);
    });

    it('refuses to serve a file changed on disk, and removes with the version read', async () => {
      const { meeting } = await setup();
      const bytes = Buffer.from(`${MINUTES.toString()}${uid('x')}\n`);
      const a = (await upload(meeting.id, bytes, 'name=minutes.txt')).json;
      writeFileSync(join(FILES, a.sha256.slice(0, 2), a.sha256.slice(2)), 'tampered');
      const file = await api.call('GET', `/api/attachments/${a.id}/content`);
      expect(file.status).toBe(500);
      expect(file.json.code).toBe('attachment.corrupt');
      expect((await api.call('DELETE', `/api/attachments/${a.id}`)).status).toBe(428);
      expect(
        (await api.call('DELETE', `/api/attachments/${a.id}`, undefined, { 'if-match': '"2"' })).status,
      ).toBe(412);
      expect(
        (await api.call('DELETE', `/api/attachments/${a.id}`, undefined, { 'if-match': '"1"' })).status,
      ).toBe(204);
      expect((await api.call('GET', `/api/attachments/${a.id}`)).status).toBe(404);
    });

    it('carries the files in the backup and brings them back on restore, checked by their checksum', async () => {
      const { meeting } = await setup();
      const bytes = Buffer.from(`${MINUTES.toString()}${uid('backup')}\n`);
      const a = (await upload(meeting.id, bytes, 'name=minutes.txt')).json;
      const file = join(FILES, `${db.name}-backup.jsonl`);
      await backup(api.store, file);
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.find((l) => l.f === a.sha256)?.b).toBe(bytes.toString('base64'));
      // The stored file is lost; the restore into an empty database brings it back.
      rmSync(join(FILES, a.sha256.slice(0, 2), a.sha256.slice(2)));
      const target = await db.create();
      try {
        await restore(target.store, file);
        expect(readFileSync(join(FILES, a.sha256.slice(0, 2), a.sha256.slice(2)))).toEqual(bytes);
        // A backup whose file does not match its checksum restores nothing.
        const bad = join(FILES, `${db.name}-bad.jsonl`);
        writeFileSync(
          bad,
          readFileSync(file, 'utf8').replace(
            bytes.toString('base64'),
            Buffer.from('changed').toString('base64'),
          ),
        );
        const empty = await db.create();
        try {
          await expect(restore(empty.store, bad)).rejects.toThrow(/does not match its checksum/);
        } finally {
          await empty.drop();
        }
      } finally {
        await target.drop();
      }
    });
  });
}
