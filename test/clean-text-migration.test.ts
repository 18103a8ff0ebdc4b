import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { createPerson } from '../src/services/registry/person.service.js';
import { verifyAudit } from '../src/services/trust/audit.service.js';
import { up } from '../src/store/migrations/0011-clean-text.js';
import { testDatabases } from './support/databases.js';

/**
 * Issue 12 item 9: rows written before the API refused unsafe text are cleaned by migration 0011,
 * which reports what it changed (printed and in the audit trail) and keeps the audit chain whole.
 */
for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`migration 0011 on ${db.name}`, () => {
    it('removes NUL, bidi and zero-width characters from stored rows and reports them', async () => {
      const { store, drop } = await db.create();
      try {
        const ctx = contextFor(store, SYSTEM_ACTOR);
        await createPerson(ctx, {
          id: 'dirty-one',
          names: [{ name: 'Clean Name', lang: 'en', kind: 'official' }],
        });
        await createPerson(ctx, {
          id: 'dirty-two',
          names: [{ name: 'Other Name', lang: 'en', kind: 'official' }],
        });
        await createPerson(ctx, {
          id: 'clean-three',
          names: [{ name: 'Third Name', lang: 'en', kind: 'official' }],
        });
        // What an older Concord let in: PostgreSQL cannot hold a NUL, SQLite could.
        const first =
          db.name === 'sqlite' ? 'Minister\u0000 of Foreign Affairs' : 'Minister\u2060 of Foreign Affairs';
        await sql`update person set summary = ${first} where id = 'dirty-one'`.execute(store.db);
        await sql`update person set summary = ${'abc\u202Edef\u200B'} where id = 'dirty-two'`.execute(
          store.db,
        );
        await sql`update person set summary = ${'Нормальный текст'} where id = 'clean-three'`.execute(
          store.db,
        );
        const log = vi.spyOn(console, 'log').mockImplementation(() => {});
        await up(store.db, store.dialect);
        const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
        log.mockRestore();
        const rows = await store.db.selectFrom('person').select(['id', 'summary']).orderBy('id').execute();
        expect(rows).toEqual([
          { id: 'clean-three', summary: 'Нормальный текст' },
          { id: 'dirty-one', summary: 'Minister of Foreign Affairs' },
          { id: 'dirty-two', summary: 'abcdef' },
        ]);
        expect(printed).toContain('removed unsafe characters from 2 values (person.summary: 2)');
        const entry = await store.db
          .selectFrom('audit_log')
          .select(['entity', 'entity_id', 'after'])
          .where('entity', '=', 'migration')
          .executeTakeFirstOrThrow();
        expect(JSON.parse(entry.after ?? '{}')).toEqual({ changed: { 'person.summary': 2 } });
        expect((await verifyAudit(ctx)).broken).toBeNull();
        // A second run finds nothing and writes nothing.
        await up(store.db, store.dialect);
        const entries = await store.db
          .selectFrom('audit_log')
          .select('id')
          .where('entity', '=', 'migration')
          .execute();
        expect(entries).toHaveLength(1);
      } finally {
        await drop();
      }
    });
  });
}
