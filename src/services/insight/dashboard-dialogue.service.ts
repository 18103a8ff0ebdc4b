import { DIALOGUE_KINDS } from '../../domain/dialogue/event-codes.js';
import { assertCanRead } from '../../domain/trust/access.js';
import type { DashboardRangeQuery, DialogueFrequencyOut } from '../../schemas/insight/dashboard.schema.js';
import { meetingCounts } from '../../store/insight/dashboard.repo.js';
import type { Ctx } from '../core/context.js';

interface Line {
  total: number;
  held: number;
  by_kind: Record<string, number>;
}

/**
 * How often the dialogue met: meetings per year and per partner, by kind (planned ones counted, and
 * the held ones apart). An aggregate over every meeting, whatever its marking, like the other
 * dashboards: observers see counts, never the records. Read from the tally of migration 0009 (by
 * start year, whose partial dates "2011", "2011-06" all begin with the year).
 */
export async function dialogueFrequency(ctx: Ctx, query: DashboardRangeQuery): Promise<DialogueFrequencyOut> {
  assertCanRead(ctx.actor, 'dashboard');
  const rows = await meetingCounts(ctx.db, query);
  const years = new Map<number, Line>();
  const partners = new Map<string, Line>();
  const lineOf = <K>(map: Map<K, Line>, key: K) => {
    let line = map.get(key);
    if (!line) {
      line = { total: 0, held: 0, by_kind: Object.fromEntries(DIALOGUE_KINDS.map((k) => [k, 0])) };
      map.set(key, line);
    }
    return line;
  };
  for (const row of rows) {
    const n = Number(row.n);
    for (const line of [lineOf(years, Number(row.year)), lineOf(partners, row.partner_id)]) {
      line.total += n;
      if (row.status === 'held') line.held += n;
      line.by_kind[row.kind] = (line.by_kind[row.kind] ?? 0) + n;
    }
  }
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    kinds: [...DIALOGUE_KINDS],
    by_year: [...years].sort(([a], [b]) => a - b).map(([year, line]) => ({ year, ...line })),
    by_partner: [...partners]
      .sort(([a, x], [b, y]) => y.total - x.total || a.localeCompare(b))
      .map(([partner_id, line]) => ({ partner_id, ...line })),
  };
}
