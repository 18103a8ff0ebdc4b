import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { backup, restore, summarize } from '../src/services/exchange/backup.service.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { testDatabases } from './support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const available = testDatabases().filter((d) => !d.skip);

describe('backup and restore', () => {
  for (const from of available) {
    for (const to of available) {
      it(`copies ${from.name} to ${to.name} without loss: counts, checksums, audit chain`, async () => {
        const source = await from.create();
        const target = await to.create();
        try {
          await loadDemo(contextFor(source.store, SYSTEM_ACTOR));
          const file = join(dir, `${from.name}-${to.name}.jsonl`);
          const written = await backup(source.store, file);
          expect(written.organization?.rows).toBeGreaterThan(30);
          const restored = await restore(target.store, file);
          expect(restored).toEqual(await summarize(source.store));
          expect((await verifyAudit(contextFor(target.store, SYSTEM_ACTOR))).broken).toBeNull();
          await expect(restore(target.store, file)).rejects.toThrow(/needs an empty database/);
        } finally {
          await source.drop();
          await target.drop();
        }
      });
    }
  }

  it('refuses a file that is not a Concord backup', async () => {
    const first = available[0];
    if (!first) throw new Error('no database');
    const db = await first.create();
    try {
      const file = join(dir, 'not-a-backup.jsonl');
      writeFileSync(file, '{"hello": "world"}\n');
      await expect(restore(db.store, file)).rejects.toThrow(/not a Concord backup/);
    } finally {
      await db.drop();
    }
  });
});
