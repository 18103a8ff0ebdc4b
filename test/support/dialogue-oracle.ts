import { type Kysely, sql } from 'kysely';
import { DIALOGUE_KINDS } from '../../src/domain/dialogue/event-codes.js';
import type {
  DashboardRangeQuery,
  DialogueFrequencyOut,
} from '../../src/schemas/insight/dashboard.schema.js';
import type { DB } from '../../src/store/core/schema.js';

// Partial dates ("2011", "2011-06") all begin with the year.
const yearOf = sql<string>`substr(meeting.start_date, 1, 4)`;

interface Line {
  total: number;
  held: number;
  by_kind: Record<string, number>;
}

/** The dialogue dashboard as it was computed before the tallies: straight from the meetings. */
export async function oracleDialogue(
  db: Kysely<DB>,
  query: DashboardRangeQuery,
): Promise<DialogueFrequencyOut> {
  const ctx = { db };
  const rows = await ctx.db
    .selectFrom('meeting')
    .select((eb) => [
      yearOf.as('year'),
      'meeting.partner_id',
      'meeting.kind',
      'meeting.status',
      eb.fn.countAll<number>().as('n'),
    ])
    .$if(query.from !== undefined, (q) => q.where(yearOf, '>=', String(query.from)))
    .$if(query.to !== undefined, (q) => q.where(yearOf, '<=', String(query.to)))
    .$if(query.partner !== undefined, (q) => q.where('meeting.partner_id', '=', query.partner as string))
    .groupBy([yearOf, 'meeting.partner_id', 'meeting.kind', 'meeting.status'])
    .execute();
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
