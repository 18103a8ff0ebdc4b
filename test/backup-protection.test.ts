import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { backup, restore, summarize } from '../src/services/exchange/backup.service.js';
import { createUser } from '../src/services/trust/account.service.js';
import { openStore, type Store } from '../src/store/core/db.js';
import { testDatabases } from './support/databases.js';

/** Issue 12 item 16: files that hold password hashes are 0600; encrypted backups; restore refuses what it cannot verify. */
const dir = mkdtempSync(join(tmpdir(), 'concord-protect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY = 'a backup passphrase of at least thirty-two characters';
const mode = (file: string) => statSync(file).mode & 0o777;

async function rowCount(store: Store): Promise<number> {
  return Object.values(await summarize(store)).reduce((n, t) => n + t.rows, 0);
}

it('creates the SQLite database and its WAL 0600, and narrows an older 0644 file', async () => {
  const file = join(dir, 'fresh.db');
  const store = openStore(`sqlite://${file}`);
  await createUser(contextFor(store, SYSTEM_ACTOR), {
    username: 'x',
    role: 'staff',
    password: 'a-long-password-1',
  }).catch(() => {});
  expect(mode(file)).toBe(0o600);
  if (existsSync(`${file}-wal`)) expect(mode(`${file}-wal`)).toBe(0o600);
  await store.close();
  const old = join(dir, 'old.db');
  writeFileSync(old, '', { mode: 0o644 });
  expect(mode(old)).toBe(0o644);
  await openStore(`sqlite://${old}`).close();
  expect(mode(old)).toBe(0o600);
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`protected backups on ${db.name}`, () => {
    it('writes backups 0600, encrypts them with the key, and restores only what verifies', async () => {
      const source = await db.create();
      const target = await db.create();
      try {
        const ctx = contextFor(source.store, SYSTEM_ACTOR);
        for (const username of ['alice-secret', 'bob-secret'])
          await createUser(ctx, { username, role: 'staff', password: 'a-long-test-password' });
        const plain = join(dir, `${db.name}-plain.jsonl`);
        writeFileSync(plain, 'old', { mode: 0o644 });
        await backup(source.store, plain);
        expect(mode(plain)).toBe(0o600);
        expect(readFileSync(plain, 'utf8')).toContain('alice-secret');

        const sealed = join(dir, `${db.name}-sealed.bin`);
        await backup(source.store, sealed, { key: KEY });
        expect(mode(sealed)).toBe(0o600);
        const bytes = readFileSync(sealed);
        expect(bytes.includes('alice-secret')).toBe(false);
        expect(bytes.includes('argon2')).toBe(false);

        // No key, a wrong key, one changed byte, a cut tail: refused, and nothing restored.
        await expect(restore(target.store, sealed)).rejects.toThrow(/encrypted: set BACKUP_KEY/);
        await expect(restore(target.store, sealed, `${KEY}-wrong`)).rejects.toThrow(/does not verify/);
        const flipped = join(dir, `${db.name}-flipped.bin`);
        const copy = Buffer.from(bytes);
        const middle = Math.floor(copy.length / 2);
        copy.writeUInt8(copy.readUInt8(middle) ^ 1, middle);
        writeFileSync(flipped, copy);
        await expect(restore(target.store, flipped, KEY)).rejects.toThrow(/does not verify/);
        const cut = join(dir, `${db.name}-cut.bin`);
        writeFileSync(cut, bytes);
        truncateSync(cut, bytes.length - 40);
        await expect(restore(target.store, cut, KEY)).rejects.toThrow(/does not verify/);
        expect(await rowCount(target.store)).toBe(0);

        // A plaintext file whose row was edited: checksums differ, the transaction is rolled back.
        const edited = join(dir, `${db.name}-edited.jsonl`);
        writeFileSync(edited, readFileSync(plain, 'utf8').replace('"bob-secret"', '"mallory"'));
        await expect(restore(target.store, edited)).rejects.toThrow(/differs from the backup/);
        expect(await rowCount(target.store)).toBe(0);

        const restored = await restore(target.store, sealed, KEY);
        expect(restored).toEqual(await summarize(source.store));
        expect(restored.app_user?.rows).toBe(2);
      } finally {
        await source.drop();
        await target.drop();
      }
    });
  });
}
