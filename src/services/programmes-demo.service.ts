import type { Ctx } from './context.js';

/** Loads the demo's individual programmes (inside loadDemo's transaction); returns counts by kind. */
export async function loadProgrammeDemo(_ctx: Ctx): Promise<Record<string, number>> {
  return {};
}
