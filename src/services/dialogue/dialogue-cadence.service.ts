import { cadenceOf } from '../../domain/dialogue/cadence.js';
import { assertCanRead } from '../../domain/trust/access.js';
import type { CadenceOut } from '../../schemas/dialogue/meeting.schema.js';
import { meetingDatesByChannel } from '../../store/dialogue/meeting.repo.js';
import type { Ctx } from '../core/context.js';
import { today } from '../core/today.js';

/** Each recurring channel of dialogue (per partner) the actor may read: last contact, rhythm, lapse. */
export async function cadenceByChannel(
  ctx: Ctx,
  partnerId: string | undefined,
  on = today(),
): Promise<CadenceOut[]> {
  assertCanRead(ctx.actor, 'meeting');
  const rows = await meetingDatesByChannel(ctx.db, ctx.actor, partnerId);
  const groups = new Map<string, { channel: string; partner: string; dates: string[] }>();
  for (const r of rows) {
    const key = `${r.channel}\u0000${r.partner_id}`;
    const g = groups.get(key) ?? { channel: r.channel as string, partner: r.partner_id, dates: [] };
    g.dates.push(r.start_lo);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    channel: g.channel,
    partner_id: g.partner,
    ...cadenceOf(g.dates, on),
  }));
}
