import { changeCounters } from '../../store/core/change-counters.js';
import type { Ctx } from './context.js';

/**
 * A number that grows with every committed write to the tables an answer may read: the sum of the
 * per-table change counters (each only ever grows, so the sum changes whenever any of them does).
 * The audit trail counts only for answers that read it: exports and refusals append to it on GETs,
 * and would otherwise invalidate every reader's cached answers each time.
 */
export async function changeStamp(ctx: Ctx, readsAudit: boolean): Promise<number> {
  let stamp = 0;
  for (const { table_name, n } of await changeCounters(ctx.db)) {
    if (readsAudit || table_name !== 'audit_log') stamp += n;
  }
  return stamp;
}
