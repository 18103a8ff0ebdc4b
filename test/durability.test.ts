import { describe, expect, it } from 'vitest';
import { durabilityWarnings } from '../src/store/core/durability.js';
import { testDatabases } from './support/databases.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`durability settings on ${db.name}`, () => {
    it('are those under which no committed write is lost', async () => {
      const { store, drop } = await db.create();
      try {
        expect(await durabilityWarnings(store)).toEqual([]);
        if (store.sqlite) {
          store.sqlite.pragma('synchronous = NORMAL');
          expect(await durabilityWarnings(store)).toEqual(['SQLite synchronous is 1, not FULL (2)']);
        }
      } finally {
        await drop();
      }
    });
  });
}
