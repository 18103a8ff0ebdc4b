import { canRead } from '../../domain/trust/access.js';
import { listProgrammes } from '../../store/programmes/programme.repo.js';
import type { Ctx } from '../core/context.js';
import { contentAt } from './programme.service.js';
import { reviewProgramme } from './programme-review.service.js';

/** A partner's programme as the briefing pack and the partner page show it. */
export interface ProgrammeSummary {
  id: string;
  kind: 'IPP' | 'IPCP' | 'ITPP';
  period: { start: string; end: string };
  status: string;
  /** implementation by area of cooperation */
  areas: { code: string; name: string; planned: number; held: number; attended: number }[];
  objectives: { title: string; area: string | null; status: string }[];
}

/**
 * The programmes of a partner the actor may read, newest period first, with their implementation.
 * Owned by the programmes feature; the dialogue's briefing pack reads programmes only through this.
 */
export async function programmesOf(ctx: Ctx, partnerId: string): Promise<ProgrammeSummary[]> {
  // An actor who reads no programmes gets none, rather than an error: a briefing pack simply omits them.
  if (!canRead(ctx.actor, 'programme')) return [];
  const { rows } = await listProgrammes(ctx.db, ctx.actor, { partner_id: partnerId }, 500, 0);
  const out: ProgrammeSummary[] = [];
  for (const row of rows) {
    const [content, review] = [
      await contentAt(ctx, row.id, row.content_version),
      await reviewProgramme(ctx, row.id),
    ];
    out.push({
      id: row.id,
      kind: row.kind as ProgrammeSummary['kind'],
      period: content.period,
      status: row.status,
      areas: review.areas.map(({ code, name, planned, held, attended }) => ({
        code,
        name,
        planned,
        held,
        attended,
      })),
      objectives: content.objectives.map((o) => ({ title: o.title, area: o.area, status: o.status })),
    });
  }
  return out;
}
