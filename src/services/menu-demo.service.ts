import type { Ctx } from './context.js';

/** Loads the demo's the cooperation menu, exercises, nominations and allocation rounds (inside loadDemo's transaction); returns counts by kind. */
export async function loadMenuDemo(_ctx: Ctx): Promise<Record<string, number>> {
  return {};
}
