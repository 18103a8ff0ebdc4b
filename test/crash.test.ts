import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createUser } from '../src/services/trust/account.service.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { openStore } from '../src/store/core/db.js';
import { migrateToLatest } from '../src/store/core/migrate.js';
import { concord, REPO } from './support/cli.js';
import { testDatabases } from './support/databases.js';
import { freePort } from './support/ports.js';
import { TEMPLATE_DB, urlFor, withAdmin } from './support/postgres.js';

/**
 * C15: `concord serve` is killed with SIGKILL at a random moment while clients stream writes; after
 * each crash every acknowledged write (2xx received) must be there whole, and an unacknowledged one
 * either whole or absent — never a person without names. The database must pass its integrity check
 * and the audit chain must verify.
 */
const CYCLES = Number(process.env.CRASH_CYCLES ?? 20);
const WRITERS = 3;
const PASSWORD = 'a-long-crash-test-password';

/**
 * The same `concord serve` as bin/concord.js, bundled once with esbuild: starting through tsx
 * transpiles every file anew, which on a loaded machine costs more than the crash cycle itself.
 */
const BUNDLE = join(REPO, 'node_modules', '.cache', 'concord-crash', 'concord.mjs');
const children = new Set<ChildProcess>();

function serve(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BUNDLE, 'serve'], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'warn', CONCORD_DEMO: 'off', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 45_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return resolve(child);
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null || Date.now() > deadline) return reject(new Error(`no server: ${output}`));
      setTimeout(poll, 100);
    };
    void poll();
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

beforeAll(async () => {
  await build({
    entryPoints: [join(REPO, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}, 120_000);

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`crash test (kill -9 under writes) on ${db.name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-crash-'));
    const pgName = `concord_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const url = db.name === 'sqlite' ? `sqlite://${join(dir, 'crash.db')}` : urlFor(pgName);
    const port = freePort();

    beforeAll(async () => {
      if (db.name === 'postgres')
        await withAdmin((c) => c.query(`create database ${pgName} template ${TEMPLATE_DB}`));
      const store = openStore(url, { poolSize: 1 });
      await migrateToLatest(store);
      await createUser(contextFor(store, SYSTEM_ACTOR), {
        username: 'crash-staff',
        role: 'staff',
        password: PASSWORD,
      });
      await store.close();
    }, 60_000);

    afterAll(async () => {
      if (db.name === 'postgres')
        await withAdmin((c) => c.query(`drop database if exists ${pgName} with (force)`));
      rmSync(dir, { recursive: true, force: true });
    });

    it(`loses no acknowledged write over ${CYCLES} crashes`, async () => {
      const started = Date.now();
      const restarts: number[] = [];
      const acked = new Set<string>();
      const unacked = new Set<string>();
      let session: Record<string, string> | undefined;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const t0 = Date.now();
        const child = await serve({ DATABASE_URL: url }, port);
        restarts.push(Date.now() - t0);
        const base = `http://127.0.0.1:${port}`;
        if (!session) {
          const res = await fetch(`${base}/api/session`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'crash-staff', password: PASSWORD }),
          });
          expect(res.status).toBe(200);
          const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
          session = { cookie, 'x-csrf-token': ((await res.json()) as { csrf_token: string }).csrf_token };
        }
        const headers = { ...session, 'content-type': 'application/json' };
        // Acknowledged writes of earlier cycles are all there after the restart.
        for (const id of [...acked].slice(-15)) {
          const res = await fetch(`${base}/api/people/${id}`, { headers });
          expect(res.status, `acknowledged ${id} after restart`).toBe(200);
        }
        let stop = false;
        const writer = async (w: number) => {
          for (let n = 0; !stop; n++) {
            const id = `crash-${cycle}-${w}-${n}`;
            unacked.add(id);
            try {
              const res = await fetch(`${base}/api/people`, {
                method: 'POST',
                headers,
                body: JSON.stringify({
                  id,
                  names: [
                    { name: `Crash Test ${cycle} ${w} ${n}`, lang: 'en' },
                    { name: `Краш Тест ${cycle} ${w} ${n}`, lang: 'ru' },
                  ],
                }),
              });
              if (res.status === 201) {
                acked.add(id);
                unacked.delete(id);
              } else {
                expect(res.status, await res.text()).toBe(201);
              }
            } catch {
              return; // the server died under this request: unacknowledged
            }
          }
        };
        const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
        await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
        await killed(child);
        stop = true;
        await Promise.all(writers);

        const store = openStore(url, { poolSize: 1 });
        try {
          if (db.name === 'sqlite') {
            const check = store.sqlite?.pragma('integrity_check') as { integrity_check: string }[];
            expect(check.map((r) => r.integrity_check)).toEqual(['ok']);
          }
          const ids = [...acked, ...unacked];
          const rows = await store.db
            .selectFrom('person')
            .leftJoin('person_name', 'person_name.owner_id', 'person.id')
            .select(['person.id', (eb) => eb.fn.count('person_name.id').as('names')])
            .where('person.id', 'like', 'crash-%')
            .groupBy('person.id')
            .execute();
          const names = new Map(rows.map((r) => [r.id, Number(r.names)]));
          for (const id of acked) expect(names.get(id), `acknowledged ${id}`).toBe(2);
          for (const id of unacked) expect([undefined, 2], `unacknowledged ${id}`).toContain(names.get(id));
          for (const [id, n] of names) expect(n, `half-written ${id}`).toBe(2);
          expect(ids.length).toBeGreaterThan(0);
          const halfThere = await sql<{
            n: number;
          }>`select count(*) as n from person p where not exists (select 1 from person_name n where n.owner_id = p.id)`.execute(
            store.db,
          );
          expect(Number(halfThere.rows[0]?.n)).toBe(0);
          const { broken } = await verifyAudit(contextFor(store, SYSTEM_ACTOR));
          expect(broken, `audit chain after cycle ${cycle}`).toBeNull();
        } finally {
          await store.close();
        }
      }
      const verify = concord(['audit', 'verify'], { DATABASE_URL: url });
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `${db.name}: ${CYCLES} kill -9 cycles in ${seconds} s (server start median ${restarts.sort((a, b) => a - b)[restarts.length >> 1]} ms); ${acked.size} acknowledged writes all present, ${unacked.size} unacknowledged (whole or absent)`,
      );
    }, 900_000);
  });
}
