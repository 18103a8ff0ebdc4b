import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { z } from 'zod';
import type { TransitionName } from '../../domain/programmes/lifecycle.js';
import type { Actor, Role } from '../../domain/trust/actor.js';
import type { Ctx } from '../../services/core/context.js';
import {
  createProgramme,
  getProgramme,
  transitionProgramme,
} from '../../services/programmes/programme.service.js';

const DIR = resolve(fileURLToPath(new URL('../../../data/demo/programmes', import.meta.url)));

const demoGoal = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string(),
  status: z.enum(['open', 'completed']).default('open'),
  /** how many menu activities of the goal's area to choose */
  pick: z.number().int().min(0).default(1),
});
const demoFile = z.object({
  programmes: z.array(
    z.object({
      id: z.string(),
      partner_id: z.string(),
      kind: z.enum(['IPP', 'IPCP', 'ITPP']),
      title: z.string(),
      start_date: z.string(),
      end_date: z.string(),
      target: z.enum(['jointly_agreed', 'completed']),
      renewed_from: z.string().optional(),
      note: z.string(),
      objectives: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          area: z.string(),
          status: z.enum(['open', 'completed']).default('open'),
          goals: z.array(demoGoal),
        }),
      ),
    }),
  ),
});

const TO_AGREED: [TransitionName, 'organization' | 'partner'][] = [
  ['consult', 'partner'],
  ['approve', 'organization'],
  ['accept', 'partner'],
];
const TO_COMPLETED: typeof TO_AGREED = [
  ...TO_AGREED,
  ['implement', 'organization'],
  ['review', 'organization'],
  ['complete', 'organization'],
];

/**
 * The demo account that speaks for a side: the account named after the role (`staff`, the desk
 * officer) or else the first of that role; the partner's first official.
 */
async function accountActor(ctx: Ctx, role: Role, organizationId?: string): Promise<Actor> {
  let q = ctx.db.selectFrom('app_user').select(['id', 'role', 'organization_id']).where('role', '=', role);
  if (organizationId) q = q.where('organization_id', '=', organizationId);
  const user = await q.orderBy(sql`username <> ${role}`).orderBy('username').executeTakeFirst();
  // Without demo accounts the sides are still played, by stand-ins named as such in the audit trail.
  if (!user)
    return {
      id: `demo-${role}${organizationId ? `-${organizationId}` : ''}`,
      role,
      ...(organizationId ? { organizationId } : {}),
    };
  return {
    id: user.id,
    role: user.role as Role,
    ...(user.organization_id ? { organizationId: user.organization_id } : {}),
  };
}

/**
 * Menu activities of an area, in key order — those the partner's participants attended in the period
 * first — each with its first iteration inside the period (preferring one the partner attended).
 */
async function menuChoices(
  ctx: Ctx,
  partnerId: string,
  area: string,
  count: number,
  period: { start: string; end: string },
) {
  if (count === 0) return [];
  const attended = await ctx.db
    .selectFrom('nomination')
    .innerJoin('iteration', 'iteration.id', 'nomination.iteration_id')
    .innerJoin('activity', 'activity.id', 'iteration.activity_id')
    .select([
      'activity.id as activity_id',
      'activity.key',
      'iteration.id as iteration_id',
      'iteration.start_date',
    ])
    .where('nomination.partner_id', '=', partnerId)
    .where('nomination.status', '=', 'ATTENDED')
    .where('activity.area_code', '=', area)
    .where('iteration.start_date', '>=', period.start)
    .where('iteration.start_date', '<=', period.end)
    .orderBy('activity.key')
    .orderBy('iteration.start_date')
    .orderBy('iteration.id')
    .execute();
  const others = await ctx.db
    .selectFrom('activity')
    .select(['id', 'key'])
    .where('area_code', '=', area)
    .orderBy('key')
    .limit(count + attended.length)
    .execute();
  const ids = [...new Set([...attended.map((a) => a.activity_id), ...others.map((a) => a.id)])].slice(
    0,
    count,
  );
  const out = [];
  for (const id of ids) {
    const iteration =
      attended.find((a) => a.activity_id === id)?.iteration_id ??
      (
        await ctx.db
          .selectFrom('iteration')
          .select('id')
          .where('activity_id', '=', id)
          .where('start_date', '>=', period.start)
          .where('start_date', '<=', period.end)
          .orderBy('start_date')
          .orderBy('id')
          .executeTakeFirst()
      )?.id;
    out.push({ activity_id: id, iteration_id: iteration ?? null, priority: out.length === 0 ? 1 : 2 });
  }
  return out;
}

/**
 * Loads the demo's individual programmes (inside loadDemo's transaction); returns counts by kind.
 * Tajikistan's IPPs are created and agreed through the real lifecycle, each side signing as its
 * demo account; the chosen activities are whatever the demo menu offers in each goal's area.
 */
export async function loadProgrammeDemo(ctx: Ctx): Promise<Record<string, number>> {
  const file = join(DIR, 'tajikistan.json');
  if (!existsSync(file)) return {};
  const demo = demoFile.parse(JSON.parse(await readFile(file, 'utf8')));
  const organization = { ...ctx, actor: await accountActor(ctx, 'staff') };
  let count = 0;
  for (const p of demo.programmes) {
    if (
      !(await ctx.db
        .selectFrom('organization')
        .select('id')
        .where('id', '=', p.partner_id)
        .executeTakeFirst())
    )
      continue;
    const partner = { ...ctx, actor: await accountActor(ctx, 'partner', p.partner_id) };
    const period = { start: p.start_date, end: p.end_date };
    const objectives = [];
    for (const o of p.objectives) {
      const goals = [];
      for (const g of o.goals)
        goals.push({
          id: g.id,
          title: g.title,
          area: g.area,
          status: g.status,
          activities: await menuChoices(ctx, p.partner_id, g.area, g.pick, period),
        });
      objectives.push({ id: o.id, title: o.title, area: o.area, status: o.status, goals });
    }
    // The organization registers them under their published ids: a partner's new records get ids from
    // the server, so that an id can never confirm another partner's hidden record (issue 12, item 6).
    await createProgramme(organization, {
      id: p.id,
      partner_id: p.partner_id,
      kind: p.kind,
      title: p.title,
      start_date: p.start_date,
      end_date: p.end_date,
      objectives,
      marking: 'partners',
      illustrative: true,
      note: p.note,
      ...(p.renewed_from ? { renewed_from: p.renewed_from } : {}),
    });
    for (const [transition, side] of p.target === 'completed' ? TO_COMPLETED : TO_AGREED) {
      const actorCtx = side === 'partner' ? partner : organization;
      const current = await getProgramme(actorCtx, p.id);
      await transitionProgramme(actorCtx, p.id, { transition, hash: current.hash, version: current.version });
    }
    count++;
  }
  return { programmes: count };
}
