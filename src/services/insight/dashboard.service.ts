import { assertCanRead } from '../../domain/trust/access.js';
import type { DashboardQuery, ParticipationOut } from '../../schemas/insight/dashboard.schema.js';
import { iterationCounts, nominationCounts } from '../../store/insight/dashboard.repo.js';
import { areaNames as allAreaNames } from '../../store/registry/area.repo.js';
import type { Ctx } from '../core/context.js';

const n = (v: unknown) => Number(v ?? 0);

interface Sums {
  nominations: unknown;
  accepted: unknown;
  attended: unknown;
}

const sums = (r: Sums | undefined) => ({
  nominations: n(r?.nominations),
  accepted: n(r?.accepted),
  attended: n(r?.attended),
});

/**
 * Activities and participation by area, year and partner: the organization's and the Allies' view
 * (aggregates only), never a list of records. Counted from the tallies the triggers of migration 0009
 * keep (per year, area, provider and activity or partner), so a million nominations are never scanned.
 */
export async function participation(ctx: Ctx, query: DashboardQuery): Promise<ParticipationOut> {
  assertCanRead(ctx.actor, 'dashboard');
  const [areas, years, areaSums, yearSums, partners, areaNames] = await Promise.all([
    iterationCounts(ctx.db, query, 'area_code'),
    iterationCounts(ctx.db, query, 'year'),
    nominationCounts(ctx.db, query, 'area_code'),
    nominationCounts(ctx.db, query, 'year'),
    nominationCounts(ctx.db, query, 'partner_id'),
    allAreaNames(ctx.db),
  ]);
  const names = new Map(areaNames.map((a) => [a.code, JSON.parse(a.names) as Record<string, string>]));
  // The tally writes '' for an activity without area.
  const byArea = new Map(areaSums.map((r) => [r.group || null, r]));
  const byYear = new Map(yearSums.map((r) => [String(r.group), r]));
  const count = (r: { activities: unknown; iterations: unknown; held: unknown }, s: Sums | undefined) => ({
    activities: n(r.activities),
    iterations: n(r.iterations),
    held: n(r.held),
    ...sums(s),
  });
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    by_area: areas
      .map((r) => ({
        area: r.group || null,
        names: (r.group && names.get(r.group)) || {},
        ...count(r, byArea.get(r.group || null)),
      }))
      .sort((a, b) => b.iterations - a.iterations || String(a.area).localeCompare(String(b.area))),
    by_year: years.map((r) => ({ year: Number(r.group), ...count(r, byYear.get(String(r.group))) })),
    by_partner: partners.map((r) => ({ partner_id: String(r.group), ...sums(r) })),
  };
}
