import { choicesOf, type ProgrammeContent } from '../domain/programmes/content.js';
import { computeReview } from '../domain/programmes/review.js';
import type { DashboardRangeQuery, ProgrammeImplementationOut } from '../schemas/dashboard.schema.js';
import { assertCanRead } from '../store/access.js';
import {
  activitiesByIds,
  areaCodes,
  attendedCounts,
  iterationsOfActivities,
  versionRows,
} from '../store/programme.repo.js';
import type { Ctx } from './context.js';

const rateOf = (held: number, planned: number) => (planned ? Math.round((held / planned) * 100) / 100 : null);

/**
 * Implementation of every programme agreed at some time (so in force during its period) whose period
 * meets the year range: the programme review's own tallies (domain/programmes/review.ts), summed.
 * An aggregate: observers see the figures without reading the programmes themselves.
 */
export async function programmeImplementation(
  ctx: Ctx,
  query: DashboardRangeQuery,
): Promise<ProgrammeImplementationOut> {
  assertCanRead(ctx.actor, 'dashboard');
  const rows = await ctx.db
    .selectFrom('programme')
    .selectAll()
    .where('agreed_version', 'is not', null)
    .$if(query.from !== undefined, (q) => q.where('end_date', '>=', `${query.from}-01-01`))
    .$if(query.to !== undefined, (q) => q.where('start_date', '<=', `${query.to}-12-31`))
    .$if(query.partner !== undefined, (q) => q.where('partner_id', '=', query.partner as string))
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  const areaNames = await areaCodes(ctx.db);
  const programmes: ProgrammeImplementationOut['programmes'] = [];
  const totals = { planned: 0, held: 0, attended: 0 };
  for (const row of rows) {
    const [version] = await versionRows(ctx.db, row.id, [row.content_version]);
    if (!version) continue;
    const content = JSON.parse(version.snapshot) as ProgrammeContent;
    const activityIds = choicesOf(content).map((c) => c.choice.activity_id);
    const [activities, iterations] = await Promise.all([
      activitiesByIds(ctx.db, activityIds),
      iterationsOfActivities(ctx.db, activityIds),
    ]);
    const attended = await attendedCounts(
      ctx.db,
      row.partner_id,
      iterations.map((i) => i.id),
    );
    const review = computeReview({
      content,
      activities: new Map(activities.map((a) => [a.id, a])),
      iterations,
      attended,
      feedback: [],
      areaNames,
    });
    const { planned, held, attended: present } = review.totals;
    totals.planned += planned;
    totals.held += held;
    totals.attended += present;
    programmes.push({
      programme_id: row.id,
      title: row.title,
      partner_id: row.partner_id,
      kind: row.kind,
      status: row.status,
      start_date: review.period.start,
      end_date: review.period.end,
      planned,
      held,
      attended: present,
      rate: rateOf(held, planned),
    });
  }
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    programmes,
    totals: { ...totals, rate: rateOf(totals.held, totals.planned) },
  };
}
