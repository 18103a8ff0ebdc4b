import type { Ctx } from './context.js';

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
export async function exercisesOf(_ctx: Ctx, _partnerId: string): Promise<ExerciseSummary[]> {
  return [];
}
