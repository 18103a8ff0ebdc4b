import type { Ctx } from './context.js';

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
export async function programmesOf(_ctx: Ctx, _partnerId: string): Promise<ProgrammeSummary[]> {
  return [];
}
