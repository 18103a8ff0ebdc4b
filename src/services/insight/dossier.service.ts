import { DomainError } from '../../domain/core/errors.js';
import { canRead } from '../../domain/trust/access.js';
import type { ConflictOut } from '../../schemas/registry/source.schema.js';
import { findOrganization, parentChain } from '../../store/registry/organization.repo.js';
import { allPosts } from '../../store/registry/post.repo.js';
import type { Ctx } from '../core/context.js';
import { today } from '../core/today.js';
import { cadenceByChannel } from '../dialogue/dialogue-cadence.service.js';
import { listFollowUpPage } from '../dialogue/follow-up.service.js';
import { listMeetingPage } from '../dialogue/meeting.service.js';
import { exercisesOf } from '../menu/exercise-summary.service.js';
import { programmesOf } from '../programmes/programme-summary.service.js';
import { listConflicts } from '../registry/claim.service.js';
import { holdersOf } from '../registry/holding.service.js';
import { membershipsOf } from '../registry/membership.service.js';
import { getOrganization } from '../registry/organization.service.js';

/** The organization whose posts concerning partners the briefing names (its envoys and officers). */
const ORGANIZATION_ID = 'nato';
const RECENT_MEETINGS = 20;
const ALL = { limit: 500, offset: 0 };

export interface DossierPerson {
  side: 'partner' | 'organization';
  post_id: string;
  post: string;
  organization_id: string;
  person_id: string | null;
  name: string | null;
  certainty: 'certain' | 'possible' | null;
}

export type Dossier = Awaited<ReturnType<typeof dossierOf>>;

async function officeHolders(ctx: Ctx, partnerId: string, on: string) {
  const posts = await allPosts(ctx.db);
  const people: DossierPerson[] = [];
  const holdingIds: string[] = [];
  for (const post of posts) {
    const chain = await parentChain(ctx.db, post.organization_id);
    const side = chain.includes(partnerId)
      ? 'partner'
      : chain.includes(ORGANIZATION_ID)
        ? 'organization'
        : null;
    if (!side) continue;
    const all = await holdersOf(ctx, post.id, undefined, ALL);
    holdingIds.push(...all.items.map((h) => h.id));
    const holders = (await holdersOf(ctx, post.id, on, ALL)).items;
    if (holders.length === 0) {
      people.push({
        side,
        post_id: post.id,
        post: post.label,
        organization_id: post.organization_id,
        person_id: null,
        name: null,
        certainty: null,
      });
    }
    for (const h of holders) {
      people.push({
        side,
        post_id: post.id,
        post: post.label,
        organization_id: post.organization_id,
        person_id: h.person_id,
        name: h.person_name,
        certainty: h.certainty ?? null,
      });
    }
  }
  people.sort((a, b) => Number(a.side === 'organization') - Number(b.side === 'organization'));
  return { people, holdingIds, personIds: people.flatMap((p) => (p.person_id ? [p.person_id] : [])) };
}

/**
 * The briefing pack on a partner for a day, assembled from the same services the lists use, so that
 * everything in it is filtered for the acting user exactly as the lists are.
 */
export async function dossierOf(ctx: Ctx, key: string, on = today()) {
  const row = await findOrganization(ctx.db, key.length === 2 ? key.toUpperCase() : key);
  const org = row ?? (await findOrganization(ctx.db, key.toLowerCase()));
  if (!org) throw DomainError.field('record.not_found', 'id', `no partner ${key}`);
  const partner = await getOrganization(ctx, org.id, on);
  const memberships = (await membershipsOf(ctx, org.id, 'member_id', undefined, ALL)).items;
  const { people, holdingIds, personIds } = await officeHolders(ctx, org.id, on);
  const dialogue = canRead(ctx.actor, 'meeting');
  const meetings = dialogue
    ? (await listMeetingPage(ctx, { partner_id: org.id, to: on }, { limit: RECENT_MEETINGS, offset: 0 }))
        .items
    : [];
  const followUps = dialogue
    ? (await listFollowUpPage(ctx, { partner_id: org.id, status: 'open', on }, ALL)).items
    : [];
  const cadence = dialogue ? await cadenceByChannel(ctx, org.id, on) : [];
  const programmes = await programmesOf(ctx, org.id);
  const exercises = await exercisesOf(ctx, org.id);
  const concerned = new Set([org.id, ...memberships.map((m) => m.id), ...holdingIds, ...personIds]);
  const conflicts: ConflictOut[] = (await listConflicts(ctx)).filter((c) => concerned.has(c.subject_id));

  const timeline: { date: string; label: string; kind: string }[] = [];
  for (const m of memberships) {
    timeline.push({
      date: m.start_date,
      kind: 'membership',
      label: `Joins the ${m.organization_name_at_start}`,
    });
    for (const r of m.organization_renamed) {
      if (r.start_date)
        timeline.push({
          date: r.start_date,
          kind: 'membership',
          label: `${m.organization_name_at_start} renamed ${r.name}`,
        });
    }
    if (m.end_date)
      timeline.push({
        date: m.end_date,
        kind: 'membership',
        label: `Leaves the ${m.organization_name} (${m.end_reason ?? 'ended'})`,
      });
  }
  for (const p of programmes) {
    timeline.push({
      date: p.period.start,
      kind: 'programme',
      label: `${p.kind} ${p.period.start} – ${p.period.end} (${p.status})`,
    });
  }
  for (const m of meetings) {
    const who = m.participants
      .map((p) => p.name)
      .filter(Boolean)
      .join(', ');
    const where = [m.place.city, m.place.country].filter(Boolean).join(', ');
    timeline.push({
      date: m.date,
      kind: 'meeting',
      label: `${m.kind.replace('_', ' ')}${where ? ` in ${where}` : ''}${who ? `: ${who}` : ''}`,
    });
  }
  for (const e of exercises) {
    timeline.push({
      date: e.start_date,
      kind: 'exercise',
      label: `${e.role === 'host' ? 'Hosts' : 'Takes part in'} ${e.title}`,
    });
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date));

  return {
    partner: { id: partner.id, iso2: partner.iso2, name: partner.name, kind: partner.kind },
    on,
    memberships: memberships.map((m) => ({
      id: m.id,
      organization_id: m.organization_id,
      organization: m.organization_name,
      organization_at_start: m.organization_name_at_start,
      renamed: m.organization_renamed,
      role: m.role,
      start_date: m.start_date,
      end_date: m.end_date,
      status: m.status,
    })),
    timeline,
    people,
    programmes,
    exercises,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      end_date: m.end_date,
      kind: m.kind,
      status: m.status,
      channel: m.channel,
      place: m.place,
      codes: m.codes,
      participants: m.participants.map((p) => ({
        name: p.name,
        post: p.post,
        side: p.side,
        person_id: p.person_id,
        status: p.status,
      })),
      topics: m.topics,
      areas: m.areas,
      outcomes: m.outcomes,
      illustrative: m.illustrative,
      sources: m.sources
        .map((s) => ({ source_id: s.source_id, title: s.title, url: s.url }))
        .filter((s, i, all) => all.findIndex((x) => x.source_id === s.source_id) === i),
    })),
    follow_ups: followUps,
    cadence,
    conflicts,
  };
}
