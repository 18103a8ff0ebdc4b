import { assertCanRead } from '../../domain/trust/access.js';
import { exercisesOfIterations, exercisesOfPartner } from '../../store/menu/menu.repo.js';
import type { Ctx } from '../core/context.js';

/** An exercise a partner hosted or joined, as the briefing pack and the partner page show it. */
export interface ExerciseSummary {
  activity_id: string;
  iteration_id: string;
  title: string;
  start_date: string;
  end_date: string | null;
  year: number;
  role: 'host' | 'participant';
  /** focus areas, e.g. command and control, civil emergency planning, civil–military cooperation */
  focus: string[];
  hosts: string[];
  place: { city: string | null; country: string | null };
}

/**
 * The exercises a partner hosted or joined that the actor may read, by date. Owned by the menu
 * feature; the dialogue's briefing pack reads exercises only through this.
 */
export async function exercisesOf(ctx: Ctx, partnerId: string): Promise<ExerciseSummary[]> {
  assertCanRead(ctx.actor, 'exercise');
  const rows = await exercisesOfPartner(ctx.db, ctx.actor, partnerId);
  const details = await exercisesOfIterations(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const e = details.get(r.id);
    return {
      activity_id: r.activity_id,
      iteration_id: r.id,
      title: r.activity_title,
      start_date: r.start_date,
      end_date: r.end_date,
      year: Number(r.start_date.slice(0, 4)),
      role: r.role === 'host' ? 'host' : 'participant',
      focus: e ? (JSON.parse(e.focus) as string[]) : [],
      hosts: (e?.nations ?? []).filter((n) => n.role === 'host').map((n) => n.nation_id),
      place: { city: r.city, country: r.country_id },
    };
  });
}
