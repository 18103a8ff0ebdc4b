import { describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { exercisesOf } from '../src/services/menu/exercise-summary.service.js';
import { useApi } from './support/api.js';
import { testDatabases } from './support/databases.js';

for (const db of testDatabases()) {
  describe.skipIf(db.skip)(`the demo menu on ${db.name}`, () => {
    const api = useApi(db);

    it('loads an illustrative menu, Tajikistan’s exercises and an applied round', async () => {
      const counts = await loadDemo(contextFor(api.store, SYSTEM_ACTOR));
      expect(counts.activities).toBeGreaterThanOrEqual(200);
      expect(counts.iterations).toBeGreaterThan(counts.activities as number);
      expect(counts.allocation_rounds).toBe(1);

      const menu = await api.raw('GET', '/api/activities?eligible_for=tj&limit=5');
      expect(menu.json.total).toBeGreaterThan(100);
      expect(menu.json.items.every((a: { illustrative: boolean }) => a.illustrative)).toBe(true);
      expect(menu.json.facets.area.length).toBeGreaterThan(5);

      const exercises = await exercisesOf(contextFor(api.store, SYSTEM_ACTOR), 'tj');
      expect(exercises.filter((e) => e.role === 'host').map((e) => e.year)).toEqual([2010, 2012]);
      expect(exercises.find((e) => e.year === 2012)?.focus).toEqual([
        'command and control',
        'civil emergency planning',
        'civil–military cooperation',
      ]);

      const rounds = await api.call('GET', '/api/rounds?status=applied');
      expect(rounds.json.items[0].accepted).toBe(6);
      const tj = rounds.json.items[0].decisions.filter(
        (d: { partner_id: string; outcome: string }) => d.partner_id === 'tj' && d.outcome === 'accepted',
      );
      expect(tj.length).toBeLessThanOrEqual(4);
    });
  });
}
