import { choicesOf, type ProgrammeContent } from '../../domain/programmes/content.js';
import { computeReview } from '../../domain/programmes/review.js';
import { assertCanRead } from '../../domain/trust/access.js';
import { allowedOn } from '../../domain/trust/policy.js';
import type {
  DashboardRangeQuery,
  ProgrammeImplementationOut,
} from '../../schemas/insight/dashboard.schema.js';
import {
  activitiesOf,
  agreedProgrammes,
  attendedByPartner,
  currentVersions,
} from '../../store/insight/dashboard.repo.js';
import { areaCodes, iterationsOfActivities } from '../../store/programmes/programme.repo.js';
import type { Ctx } from '../core/context.js';
import { scopeOf } from '../programmes/programme.service.js';

const BATCH = 200;
const rateOf = (held: number, planned: number) => (planned ? Math.round((held / planned) * 100) / 100 : null);

/**
 * Implementation of every programme agreed at some time (so in force during its period) whose period
 * meets the year range: the programme review's own tallies (domain/programmes/review.ts), summed.
 * An aggregate: observers see the figures without reading the programmes themselves, so the
 * programme-by-programme rows list only the programmes the reader may read on their own (none for an
 * observer); the totals and the count cover them all.
 */
export async function programmeImplementation(
  ctx: Ctx,
  query: DashboardRangeQuery,
): Promise<ProgrammeImplementationOut> {
  assertCanRead(ctx.actor, 'dashboard');
  const rows = await agreedProgrammes(ctx.db, query);
  const areaNames = await areaCodes(ctx.db);
  const programmes: ProgrammeImplementationOut['programmes'] = [];
  const totals = { planned: 0, held: 0, attended: 0 };
  let counted = 0;
  // A batch of programmes costs four queries, whatever its size.
  for (let b = 0; b < rows.length; b += BATCH) {
    const batch = rows.slice(b, b + BATCH);
    const versions = new Map(
      (
        await currentVersions(
          ctx.db,
          batch.map((r) => r.id),
        )
      ).map((v) => [v.programme_id, v]),
    );
    const contents = new Map(
      [...versions].map(([id, v]) => [id, JSON.parse(v.snapshot) as ProgrammeContent] as const),
    );
    const chosen = new Map(
      [...contents].map(([id, c]) => [id, choicesOf(c).map((x) => x.choice.activity_id)] as const),
    );
    const allActivityIds = [...chosen.values()].flat();
    const [activityRows, iterationRows] = await Promise.all([
      activitiesOf(ctx.db, allActivityIds),
      iterationsOfActivities(ctx.db, allActivityIds),
    ]);
    const attendedAll = await attendedByPartner(
      ctx.db,
      iterationRows.map((i) => i.id),
    );
    const activityById = new Map(activityRows.map((a) => [a.id, a]));
    for (const row of batch) {
      const content = contents.get(row.id);
      const activityIds = new Set(chosen.get(row.id));
      if (!content) continue;
      const iterations = iterationRows.filter((i) => activityIds.has(i.activity_id));
      const attended = new Map<string, number>();
      for (const i of iterations) {
        const n = attendedAll.get(`${row.partner_id} ${i.id}`);
        if (n !== undefined) attended.set(i.id, n);
      }
      const review = computeReview({
        content,
        activities: new Map(
          [...activityIds].flatMap((id) => {
            const a = activityById.get(id);
            return a ? [[id, a] as const] : [];
          }),
        ),
        iterations,
        attended,
        feedback: [],
        areaNames,
      });
      const { planned, held, attended: present } = review.totals;
      totals.planned += planned;
      totals.held += held;
      totals.attended += present;
      counted += 1;
      if (!allowedOn(ctx.actor, 'read', 'programme', scopeOf(row))) continue;
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
  }
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    count: counted,
    programmes,
    totals: { ...totals, rate: rateOf(totals.held, totals.planned) },
  };
}
