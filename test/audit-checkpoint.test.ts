import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { entryHash } from '../src/domain/trust/audit-chain.js';
import { parseCheckpoint } from '../src/domain/trust/audit-checkpoint.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser } from '../src/services/trust/account.service.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { loadSigningKey, verifyAgainstCheckpoint } from '../src/services/trust/audit-checkpoint.service.js';
import { openStore, type Store } from '../src/store/core/db.js';
import { migrateToLatest } from '../src/store/core/migrate.js';
import { concord } from './support/cli.js';
import { testDatabases } from './support/databases.js';

/** Issue 12 item 7: a deleted tail and a recomputed chain both pass the plain chain check; a checkpoint catches them. */
const dir = mkdtempSync(join(tmpdir(), 'concord-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function unlockAuditLog(store: Store) {
  if (store.dialect === 'sqlite') {
    await sql`drop trigger audit_log_no_update`.execute(store.db);
    await sql`drop trigger audit_log_no_delete`.execute(store.db);
  } else {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(store.db);
  }
}

/** What an attacker with database access does: edit one entry, then recompute every hash after it. */
async function rewriteChain(store: Store, position: number) {
  const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  let prev: string | null = null;
  for (const [i, row] of rows.entries()) {
    const entry = i === position - 1 ? { ...row, actor_id: 'mallory' } : row;
    const hash = entryHash(prev, entry);
    await store.db
      .updateTable('audit_log')
      .set({ actor_id: entry.actor_id, prev_hash: prev, hash })
      .where('id', '=', row.id)
      .execute();
    prev = hash;
  }
}

async function deleteTail(store: Store, n: number) {
  const last = await store.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(n).execute();
  await store.db
    .deleteFrom('audit_log')
    .where(
      'id',
      'in',
      last.map((r) => r.id),
    )
    .execute();
}

async function addUsers(store: Store, names: string[]) {
  const ctx = contextFor(store, SYSTEM_ACTOR);
  for (const username of names)
    await createUser(ctx, { username, role: 'staff', password: 'a-long-test-password' });
}

describe('concord audit checkpoint and verify --checkpoint', { timeout: 180_000 }, () => {
  const key = join(dir, 'keys', 'audit.pem');
  const db = join(dir, 'cli.db');
  const env = { DATABASE_URL: `sqlite://${db}`, AUDIT_CHECKPOINT_KEY: key };

  it('signs the chain, and exits 1 once its tail is deleted or its hashes recomputed', async () => {
    // Set up in process (the command takes seconds to start); checkpoint and verify as a user runs them.
    const setup = openStore(env.DATABASE_URL);
    await migrateToLatest(setup);
    await addUsers(setup, ['ana', 'ben', 'cy', 'dee', 'eve', 'fay']);
    await setup.close();
    const file = join(dir, 'cp.json');
    const written = concord(['audit', 'checkpoint', '--out', file], env);
    expect(written.code, written.stderr).toBe(0);
    const checkpoint = parseCheckpoint(readFileSync(file, 'utf8'));
    expect(checkpoint.entries).toBe(6);
    const ok = concord(['audit', 'verify', '--checkpoint', file, '--json'], env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ intact: true, entries: 6, head: checkpoint.head });
    // Entries added after the checkpoint still extend it.
    const store = openStore(env.DATABASE_URL);
    await addUsers(store, ['gus']);
    const ctx = contextFor(store, SYSTEM_ACTOR);
    expect(await verifyAgainstCheckpoint(ctx, checkpoint)).toMatchObject({ intact: true, entries: 7 });
    await store.close();
    copyFileSync(db, join(dir, 'rewritten.db'));

    // The deleted tail: the plain check says intact, the checkpoint does not.
    const cut = openStore(env.DATABASE_URL);
    await unlockAuditLog(cut);
    await deleteTail(cut, 3);
    expect((await verifyAudit(contextFor(cut, SYSTEM_ACTOR))).broken).toBeNull();
    await cut.close();
    const truncated = concord(['audit', 'verify', '--checkpoint', file, '--json'], env);
    expect(truncated.code).toBe(1);
    expect(JSON.parse(truncated.stdout)).toMatchObject({ intact: false, entries: 4 });

    // The recomputed chain: every hash consistent, but not the one the checkpoint signed.
    const rewritten = { ...env, DATABASE_URL: `sqlite://${join(dir, 'rewritten.db')}` };
    const other = openStore(rewritten.DATABASE_URL);
    await unlockAuditLog(other);
    await rewriteChain(other, 2);
    expect((await verifyAudit(contextFor(other, SYSTEM_ACTOR))).broken).toBeNull();
    await other.close();
    const recomputed = concord(['audit', 'verify', '--checkpoint', file, '--json'], rewritten);
    expect(recomputed.code).toBe(1);
    const verdict = JSON.parse(recomputed.stdout);
    expect(verdict).toMatchObject({ intact: false, entries: 7 });
    expect(verdict.head).not.toBe(checkpoint.head);
    expect(readFileSync(key, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
  });

  it('refuses a checkpoint whose figures were edited after signing', () => {
    const file = join(dir, 'cp.json');
    const forged = { ...JSON.parse(readFileSync(file, 'utf8')), entries: 2 };
    const path = join(dir, 'forged.json');
    writeFileSync(path, JSON.stringify(forged));
    const res = concord(['audit', 'verify', '--checkpoint', path, '--json'], env);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).reason).toMatch(/signature/);
  });
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the server's own checkpoints on ${db.name}`, () => {
    it('writes a signed checkpoint every N entries into AUDIT_CHECKPOINT_DIR', async () => {
      const { store, drop } = await db.create();
      const out = join(dir, `server-${db.name}`);
      const key = loadSigningKey(join(dir, `server-${db.name}.pem`));
      const app = await buildServer({
        store,
        checkpoints: { dir: out, key, every: 3, intervalMs: 3_600_000, pollMs: 50 },
      });
      try {
        const ctx = contextFor(store, SYSTEM_ACTOR);
        for (let i = 0; i < 7; i++) {
          await createUser(ctx, { username: `u${i}`, role: 'staff', password: 'a-long-test-password' });
          await new Promise((r) => setTimeout(r, 120));
        }
        await app.close();
        const files = readdirSync(out).sort();
        const counts = files.map((f) => parseCheckpoint(readFileSync(join(out, f), 'utf8')).entries);
        // One at start (empty chain), then each time three more entries were there.
        expect(counts[0]).toBe(0);
        expect(counts.at(-1)).toBeGreaterThanOrEqual(6);
        for (let i = 1; i < counts.length; i++)
          expect((counts[i] ?? 0) - (counts[i - 1] ?? 0)).toBeGreaterThanOrEqual(3);
        const latest = parseCheckpoint(readFileSync(join(out, files.at(-1) as string), 'utf8'));
        expect(await verifyAgainstCheckpoint(ctx, latest, key)).toMatchObject({ intact: true, entries: 7 });
        await unlockAuditLog(store);
        await deleteTail(store, 2);
        expect(await verifyAgainstCheckpoint(ctx, latest, key)).toMatchObject({ intact: false, entries: 5 });
      } finally {
        await app.close();
        await drop();
      }
    });
  });
}
