import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson, useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

/**
 * C17: many clients read-modify-write the same record at once over real HTTP, each sending the
 * version it read as If-Match. Per version exactly one write succeeds, and the record's final state
 * is exactly the successful writes applied in version order: no update is lost.
 */
const CLIENTS = 12;
const WRITES_PER_CLIENT = 4;

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`parallel If-Match edits on ${db.name}`, () => {
    const api = useApi(db);
    let base = '';
    beforeAll(async () => {
      base = await api.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await api.app.close();
    });

    it(`${CLIENTS} clients × ${WRITES_PER_CLIENT} writes: one success per version, 0 lost updates`, async () => {
      const person = await makePerson(api, 'Contended Record');
      const url = `${base}/api/people/${person.id}`;
      const staff = await api.signIn('staff');
      const successes: { version: number; mark: string }[] = [];
      let refused = 0;

      async function client(c: number) {
        for (let k = 0; k < WRITES_PER_CLIENT; ) {
          const read = await fetch(url, { headers: staff });
          const current = (await read.json()) as { version: number; summary: string | null };
          const mark = `c${c}w${k}`;
          const res = await fetch(url, {
            method: 'PATCH',
            headers: { ...staff, 'content-type': 'application/json', 'if-match': `"${current.version}"` },
            body: JSON.stringify({ summary: `${current.summary ?? ''}|${mark}` }),
          });
          if (res.status === 200) {
            const out = (await res.json()) as { version: number };
            expect(out.version).toBe(current.version + 1);
            successes.push({ version: out.version, mark });
            k++;
          } else {
            expect(res.status, await res.text()).toBe(412);
            refused++;
          }
        }
      }
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

      const versions = successes.map((s) => s.version).sort((a, b) => a - b);
      const total = CLIENTS * WRITES_PER_CLIENT;
      expect(versions).toEqual(Array.from({ length: total }, (_, i) => i + 2));
      const final = (await (await fetch(url, { headers: staff })).json()) as {
        version: number;
        summary: string;
      };
      expect(final.version).toBe(total + 1);
      const inOrder = [...successes].sort((a, b) => a.version - b.version).map((s) => `|${s.mark}`);
      expect(final.summary).toBe(inOrder.join(''));
      // The contention was real: some writes were refused as stale and retried.
      expect(refused).toBeGreaterThan(0);
      console.log(
        `${db.name}: ${total} successful writes, ${refused} stale writes refused (412) and retried`,
      );
    }, 120_000);
  });
}
