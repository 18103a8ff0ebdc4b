import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { toInterval } from '../../domain/core/partial-date.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { eventCodes, ORGANIZATION_SEATS } from '../../domain/dialogue/event-codes.js';
import { dueState, type FollowUpStatus } from '../../domain/dialogue/follow-up-state.js';
import { nameOn } from '../../domain/registry/names.js';
import { periodIssues, rejectIssues } from '../../domain/registry/registry-rules.js';
import { assertCanRead, assertCanWrite, canWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOn } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type {
  FollowUpOut,
  MeetingCreate,
  MeetingOut,
  MeetingPatch,
  ParticipantOut,
} from '../../schemas/dialogue/meeting.schema.js';
import { periodColumns } from '../../store/core/period-columns.js';
import { audit, exists, requireVersion } from '../../store/core/records.js';
import { candidateNames, type FollowUpRow, followUpsOfMeetings } from '../../store/dialogue/dialogue.repo.js';
import type { MeetingTable } from '../../store/dialogue/dialogue.tables.js';
import {
  deleteDialogue,
  insertDialogue,
  updateDialogue,
} from '../../store/dialogue/dialogue-records.repo.js';
import {
  findMeeting,
  holdingsOfPeople,
  listMeetings,
  type MeetingFilter,
  participantsOf,
  replaceParticipants,
  replaceSources,
  sourcesOf,
} from '../../store/dialogue/meeting.repo.js';
import { namesOf } from '../../store/registry/names.repo.js';
import { organizationKind, parentChain } from '../../store/registry/organization.repo.js';
import { postsByIds } from '../../store/registry/post.repo.js';
import { lastDeletion } from '../../store/trust/record-versions.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { today } from '../core/today.js';
import { peopleResolver } from './person-candidate.service.js';

const json = (s: string) => JSON.parse(s) as string[];

export function scopeOf(r: Pick<MeetingTable, 'partner_id' | 'marking' | 'releasable_to'>) {
  return {
    partnerId: r.partner_id,
    marking: r.marking as MeetingOut['marking'],
    releasableTo: json(r.releasable_to),
  };
}

/** A follow-up's two scopes, its meeting's and its own: a reader needs both (policy.ts, follow_up). */
export function followUpScopes(r: FollowUpRow) {
  return [
    scopeOf({ partner_id: r.partner_id, marking: r.meeting_marking, releasable_to: r.meeting_releasable_to }),
    scopeOf(r),
  ] as const;
}

export function presentFollowUp(actor: Actor, r: FollowUpRow, on = today()): FollowUpOut {
  return {
    can: canOn(actor, 'follow_up', scopeOf(r)),
    id: r.id,
    meeting_id: r.meeting_id,
    partner_id: r.partner_id,
    meeting_date: r.meeting_date,
    action: r.action,
    owner: r.owner,
    // Who a task belongs to is shown to those who may assign it and to the assignee, not to every
    // reader of the follow-up: an account's name is not released with the record.
    assignee:
      r.assignee_id && (r.assignee_id === actor.id || canWrite(actor, 'follow_up'))
        ? { id: r.assignee_id, display_name: r.assignee_name ?? r.assignee_id }
        : null,
    assigned_to_me: r.assignee_id !== null && r.assignee_id === actor.id,
    due_date: r.due_date,
    status: r.status as FollowUpStatus,
    due_state: dueState(r.status as FollowUpStatus, r.due_date, on),
    note: r.note,
    marking: r.marking as FollowUpOut['marking'],
    releasable_to: json(r.releasable_to),
    version: r.version,
    updated_at: r.updated_at,
  };
}

/** Meetings as read: participants with the name and post they had on the day, sources, follow-ups. */
export async function presentMeetings(ctx: Ctx, rows: MeetingTable[]): Promise<MeetingOut[]> {
  const ids = rows.map((r) => r.id);
  const [participants, sources, followUps] = await Promise.all([
    participantsOf(ctx.db, ids),
    sourcesOf(ctx.db, ids),
    followUpsOfMeetings(ctx.db, ctx.actor, ids),
  ]);
  const personIds = participants.flatMap((p) => (p.person_id ? [p.person_id] : []));
  const candidateIds = participants.flatMap((p) => (p.candidate_id ? [p.candidate_id] : []));
  // Posts held on each meeting's day come from the registry's holdings: one query for the whole page
  // (not one per meeting), in the same round as the names since it needs only the participants.
  const [personNames, candidates, explicitPosts, countryNames, holdings] = await Promise.all([
    namesOf(ctx.db, 'person_name', personIds),
    candidateNames(ctx.db, candidateIds),
    postsByIds(
      ctx.db,
      participants.flatMap((p) => (p.post_id ? [p.post_id] : [])),
    ),
    namesOf(
      ctx.db,
      'organization_name',
      rows.flatMap((r) => (r.country_id ? [r.country_id] : [])),
    ),
    holdingsOfPeople(ctx.db, personIds),
  ]);
  const candidateName = new Map(candidates.map((c) => [c.id, c.name]));
  const postById = new Map(explicitPosts.map((p) => [p.id, p]));
  const heldByMeeting = new Map<string, typeof holdings>();
  for (const r of rows) {
    const people = new Set(
      participants.filter((p) => p.meeting_id === r.id && p.person_id).map((p) => p.person_id as string),
    );
    heldByMeeting.set(
      r.id,
      holdings.filter(
        (h) =>
          people.has(h.person_id) &&
          h.start_lo <= r.start_lo &&
          (h.end_hi === null || h.end_hi >= r.start_lo),
      ),
    );
  }
  return rows.map((r) => {
    const held = heldByMeeting.get(r.id) ?? [];
    const day = r.start_lo;
    const people: ParticipantOut[] = participants
      .filter((p) => p.meeting_id === r.id)
      .map((p) => {
        const explicit = p.post_id ? postById.get(p.post_id) : undefined;
        const holding = p.person_id ? held.find((h) => h.person_id === p.person_id) : undefined;
        const name = p.person_id
          ? (nameOn(personNames.get(p.person_id) ?? [], day) ?? p.name ?? p.person_id)
          : p.candidate_id
            ? (candidateName.get(p.candidate_id) ?? p.name)
            : p.name;
        return {
          person_id: p.person_id,
          candidate_id: p.candidate_id,
          status: p.person_id ? 'registered' : p.candidate_id ? 'draft' : 'post_only',
          name: name ?? null,
          side: (p.side as ParticipantOut['side']) ?? null,
          post_id: explicit?.id ?? holding?.post_id ?? null,
          post: explicit?.label ?? holding?.label ?? null,
          organization_id: explicit?.organization_id ?? holding?.organization_id ?? null,
          role: p.role,
        };
      });
    const codes = {
      plover_event: r.plover_event as MeetingOut['codes']['plover_event'],
      plover_mode: r.plover_mode as MeetingOut['codes']['plover_mode'],
      cameo: r.cameo_code,
      cameo_reverse: r.cameo_code === '042' ? '043' : r.cameo_code === '044' ? '044' : null,
    };
    return {
      can: canOn(ctx.actor, 'meeting', scopeOf(r)),
      id: r.id,
      partner_id: r.partner_id,
      channel: r.channel,
      kind: r.kind as MeetingOut['kind'],
      status: r.status as MeetingOut['status'],
      title: r.title,
      date: r.start_date,
      start_date: r.start_date,
      end_date: r.end_date,
      place: {
        city: r.city,
        country_id: r.country_id,
        country: r.country_id ? (nameOn(countryNames.get(r.country_id) ?? [], day) ?? r.country_id) : null,
        venue: r.venue,
      },
      host_org_id: r.host_org_id,
      visitor_org_id: r.visitor_org_id,
      codes,
      participants: people,
      topics: json(r.topics),
      areas: json(r.areas),
      outcomes: json(r.outcomes),
      objective_ids: json(r.objective_ids),
      marking: r.marking as MeetingOut['marking'],
      releasable_to: json(r.releasable_to),
      illustrative: r.illustrative === 1,
      note: r.note,
      sources: sources
        .filter((s) => s.meeting_id === r.id)
        .map((s) => ({
          source_id: s.source_id,
          title: s.title,
          url: s.url,
          field: s.field,
          excerpt: s.excerpt,
        })),
      follow_ups: followUps.filter((f) => f.meeting_id === r.id).map((f) => presentFollowUp(ctx.actor, f)),
      version: r.version,
      updated_at: r.updated_at,
    };
  });
}

/** Reads a meeting the actor may read; any other answers 404, as if absent. */
export async function requireMeeting(ctx: Ctx, id: string): Promise<MeetingTable> {
  const row = await findMeeting(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no meeting ${id}`);
  assertCanRead(ctx.actor, 'meeting', scopeOf(row));
  return row;
}

export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingOut> {
  assertCanRead(ctx.actor, 'meeting');
  const row = await requireMeeting(ctx, id);
  return (await presentMeetings(ctx, [row]))[0] as MeetingOut;
}

export async function listMeetingPage(
  ctx: Ctx,
  filter: MeetingFilter,
  page: ListQuery,
): Promise<Page<MeetingOut>> {
  assertCanRead(ctx.actor, 'meeting');
  const { rows, total } = await listMeetings(ctx.db, ctx.actor, filter, page.limit, page.offset);
  return { items: await presentMeetings(ctx, rows), total, ...page };
}

/** The country an organization stands for: itself or the state above it, or an international seat. */
async function countryOf(ctx: Ctx, orgId: string | null | undefined): Promise<string | null> {
  if (!orgId) return null;
  for (const id of await parentChain(ctx.db, orgId)) {
    const seat = ORGANIZATION_SEATS[id];
    if (seat) return seat;
    if ((await organizationKind(ctx.db, id)) === 'state') return id;
  }
  return null;
}

type MeetingInput = Omit<MeetingCreate, 'id'>;

async function check(ctx: Ctx, m: MeetingInput) {
  rejectIssues('request.invalid', periodIssues(m.start_date, m.end_date ?? null));
  const refs: [string, string | null | undefined][] = [
    ['partner_id', m.partner_id],
    ['country_id', m.country_id],
    ['host_org_id', m.host_org_id],
    ['visitor_org_id', m.visitor_org_id],
  ];
  for (const [field, id] of refs) {
    if (id && !(await exists(ctx.db, 'organization', id)))
      throw DomainError.field('record.reference_missing', field, `no organization ${id}`);
  }
  for (const [i, s] of m.sources.entries()) {
    if (!(await exists(ctx.db, 'source', s.source_id)))
      throw DomainError.field(
        'record.reference_missing',
        `sources.${i}.source_id`,
        `no source ${s.source_id}`,
      );
  }
  if (m.marking !== 'partners' && m.releasable_to.length > 0)
    throw DomainError.field(
      'request.invalid',
      'releasable_to',
      "only a 'partners' marking releases to partners",
    );
}

async function columns(ctx: Ctx, m: MeetingInput) {
  const codes = eventCodes({
    kind: m.kind,
    status: m.status,
    placeCountry: m.country_id ?? null,
    hostCountry: await countryOf(ctx, m.host_org_id),
    visitorCountry: await countryOf(ctx, m.visitor_org_id),
  });
  return {
    partner_id: m.partner_id,
    channel: m.channel ?? null,
    kind: m.kind,
    status: m.status,
    title: m.title ?? null,
    ...periodColumns(m.start_date, m.end_date),
    city: m.city ?? null,
    country_id: m.country_id ?? null,
    venue: m.venue ?? null,
    host_org_id: m.host_org_id ?? null,
    visitor_org_id: m.visitor_org_id ?? null,
    plover_event: codes.plover_event,
    plover_mode: codes.plover_mode,
    cameo_code: codes.cameo,
    topics: JSON.stringify(m.topics),
    areas: JSON.stringify(m.areas),
    outcomes: JSON.stringify(m.outcomes),
    objective_ids: JSON.stringify(m.objective_ids),
    marking: m.marking,
    releasable_to: JSON.stringify(m.releasable_to),
    illustrative: m.illustrative ? 1 : 0,
    note: m.note ?? null,
    search: foldForSearch(
      [m.title, m.city, m.venue, m.channel, ...m.topics, ...m.participants.map((p) => p.name)]
        .filter(Boolean)
        .join(' | '),
    ),
  };
}

async function writeChildren(ctx: Ctx, id: string, m: MeetingInput) {
  const resolver = peopleResolver(ctx);
  const rows = [];
  for (const p of m.participants) rows.push(await resolver.resolve(p));
  await replaceParticipants(ctx.db, id, rows);
  await replaceSources(
    ctx.db,
    id,
    m.sources.map((s) => ({ source_id: s.source_id, field: s.field, excerpt: s.excerpt ?? null })),
  );
}

export async function createMeeting(ctx: Ctx, input: MeetingCreate): Promise<MeetingOut> {
  assertCanWrite(ctx.actor, 'meeting');
  const id = input.id ?? newId(`${input.partner_id}-${input.kind}-${input.start_date}`);
  return inTransaction(ctx, async (tx) => {
    await check(tx, input);
    const at = now();
    await insertDialogue(tx.db, 'meeting', { id, ...(await columns(tx, input)) }, at);
    await writeChildren(tx, id, input);
    const created = await getMeeting(tx, id);
    await audit(tx, 'create', 'meeting', id, undefined, created, at);
    return created;
  });
}

/** A meeting as read, written back as the input that makes it (for restoring an earlier version). */
export function inputOf(m: MeetingOut): MeetingInput {
  return {
    partner_id: m.partner_id,
    channel: m.channel,
    kind: m.kind,
    status: m.status,
    title: m.title,
    start_date: m.start_date,
    end_date: m.end_date,
    city: m.place.city,
    country_id: m.place.country_id,
    venue: m.place.venue,
    host_org_id: m.host_org_id,
    visitor_org_id: m.visitor_org_id,
    participants: m.participants.map((p) => ({
      person_id: p.person_id,
      name: p.status === 'registered' ? null : p.name,
      side: p.side,
      post_id: p.status === 'post_only' ? p.post_id : null,
      role: p.role,
    })),
    topics: m.topics,
    areas: m.areas,
    outcomes: m.outcomes,
    objective_ids: m.objective_ids,
    marking: m.marking,
    releasable_to: m.releasable_to,
    illustrative: m.illustrative,
    note: m.note,
    sources: m.sources.map((s) => ({ source_id: s.source_id, field: s.field, excerpt: s.excerpt })),
  };
}

export async function updateMeeting(ctx: Ctx, id: string, patch: MeetingPatch): Promise<MeetingOut> {
  assertCanWrite(ctx.actor, 'meeting');
  return inTransaction(ctx, async (tx) => {
    const before = await getMeeting(tx, id);
    const { version, ...changes } = patch;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const merged = { ...inputOf(before), ...defined } as MeetingInput;
    await check(tx, merged);
    const at = now();
    await updateDialogue(tx.db, 'meeting', id, requireVersion(version), await columns(tx, merged), at);
    if (patch.participants || patch.sources) {
      await writeChildren(tx, id, {
        ...merged,
        participants: patch.participants ?? inputOf(before).participants,
        sources: patch.sources ?? inputOf(before).sources,
      });
    }
    const after = await getMeeting(tx, id);
    await audit(tx, 'update', 'meeting', id, before, after, at);
    return after;
  });
}

export async function deleteMeeting(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'meeting');
  await inTransaction(ctx, async (tx) => {
    const before = await getMeeting(tx, id);
    const expected = requireVersion(version);
    if (before.follow_ups.length > 0)
      throw DomainError.field('record.referenced', 'id', `${id} still has follow-up actions`);
    await deleteDialogue(tx.db, 'meeting', id, expected);
    await audit(tx, 'delete', 'meeting', id, before, undefined, now());
  });
}

/**
 * Brings back a deleted meeting (POST …/restore) as the audit trail recorded it when it was deleted:
 * its fields, participants and sources, under the same id, audited as a restore.
 */
export async function restoreMeeting(ctx: Ctx, id: string): Promise<MeetingOut> {
  assertCanWrite(ctx.actor, 'meeting');
  return inTransaction(ctx, async (tx) => {
    if (await exists(tx.db, 'meeting', id))
      throw DomainError.field('record.not_deleted', 'id', `${id} is not deleted`);
    const deletion = await lastDeletion(tx.db, 'meeting', id);
    if (!deletion?.before) throw DomainError.field('record.not_found', 'id', `no deleted meeting ${id}`);
    const before = JSON.parse(deletion.before) as MeetingOut;
    const at = now();
    const input = inputOf(before);
    await check(tx, input);
    await insertDialogue(tx.db, 'meeting', { id, ...(await columns(tx, input)) }, at);
    await writeChildren(tx, id, input);
    const restored = await getMeeting(tx, id);
    await audit(tx, 'restore', 'meeting', id, undefined, restored, at);
    return restored;
  });
}

/** The first day a partial date can mean, for comparisons. */
export const firstDay = (d: string) => toInterval(d).lo;
