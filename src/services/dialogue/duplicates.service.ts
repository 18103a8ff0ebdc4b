import { DomainError, type DuplicateCandidate } from '../../domain/core/errors.js';
import { toInterval } from '../../domain/core/partial-date.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import {
  excerptQuotes,
  type MeetingFacts,
  meetingLikeness,
  nameWords,
  reportHash,
  sameName,
} from '../../domain/dialogue/duplicates.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import type { MeetingCreate, MeetingOut } from '../../schemas/dialogue/meeting.schema.js';
import type { PersonCreate, PersonOut } from '../../schemas/registry/person.schema.js';
import {
  meetingsAround,
  peopleNamedLike,
  sourcesNear,
  sourceWithHash,
  sourceWithUrl,
} from '../../store/dialogue/duplicates.repo.js';
import type { Ctx } from '../core/context.js';
import { createPerson } from '../registry/person.service.js';
import { createMeeting, presentMeetings } from './meeting.service.js';

/**
 * Duplicates caught before they are saved (issue 13): a new meeting, person or report is compared
 * with the records the caller may read; a likely duplicate answers 409 `record.duplicate` listing
 * them, and `confirm_new: true` saves anyway. Records hidden from the caller are never compared, so
 * the answer tells nobody what they may not know.
 */

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export interface MeetingCandidate {
  meeting: MeetingOut;
  reasons: string[];
}

/** The readable meetings within a day of this one that share its people, place or report. */
export async function meetingDuplicates(ctx: Ctx, facts: MeetingFacts): Promise<MeetingCandidate[]> {
  const { lo, hi } = toInterval(facts.start_date);
  const full = lo === hi;
  const rows = await meetingsAround(
    ctx.db,
    ctx.actor,
    full ? shift(lo, -1) : lo,
    full ? shift(hi, 1) : hi,
    facts.partner_id,
  );
  if (rows.length === 0) return [];
  const out: MeetingCandidate[] = [];
  for (const meeting of await presentMeetings(ctx, rows)) {
    const reasons = meetingLikeness(facts, {
      partner_id: meeting.partner_id,
      kind: meeting.kind,
      start_date: meeting.start_date,
      city: meeting.place.city,
      participants: meeting.participants,
      source_ids: meeting.sources.map((s) => s.source_id),
    });
    if (reasons.length) out.push({ meeting, reasons });
  }
  return out;
}

export function meetingLabel(m: MeetingOut): string {
  const who = m.participants.map((p) => p.name).filter(Boolean);
  return [m.title ?? m.kind, m.place.city, who.length ? who.join(', ') : null].filter(Boolean).join(' — ');
}

export function meetingCandidates(found: readonly MeetingCandidate[]): DuplicateCandidate[] {
  return found.map(({ meeting, reasons }) => ({
    kind: 'meeting',
    id: meeting.id,
    label: meetingLabel(meeting),
    date: meeting.start_date,
    reasons,
  }));
}

/** The facts of a meeting about to be saved, as the comparison reads them. */
export function factsOf(m: MeetingCreate, sourceIds: readonly string[] = []): MeetingFacts {
  return {
    partner_id: m.partner_id,
    kind: m.kind,
    start_date: m.start_date,
    city: m.city ?? null,
    participants: m.participants.map((p) => ({ person_id: p.person_id ?? null, name: p.name ?? null })),
    source_ids: [...sourceIds, ...m.sources.map((s) => s.source_id)],
  };
}

export function duplicateError(field: string, candidates: DuplicateCandidate[]): DomainError {
  const ids = candidates.map((c) => c.id).join(', ');
  const reason = `looks like ${candidates[0]?.kind ?? 'a record'} ${ids} already recorded: use it, or send confirm_new: true`;
  return new DomainError('record.duplicate', `${field}: ${reason}`, [{ field, reason }], candidates);
}

/** Refuses a meeting that looks recorded already, unless the caller confirmed it is new. */
export async function assertNewMeeting(ctx: Ctx, m: MeetingCreate, sourceIds: readonly string[] = []) {
  if (m.confirm_new) return;
  const found = await meetingDuplicates(ctx, factsOf(m, sourceIds));
  if (found.length) throw duplicateError('meeting', meetingCandidates(found));
}

/** POST /api/meetings: the duplicate check, then the meeting. */
export async function createMeetingChecked(ctx: Ctx, input: MeetingCreate): Promise<MeetingOut> {
  assertCanWrite(ctx.actor, 'meeting');
  await assertNewMeeting(ctx, input);
  const { confirm_new: _, ...meeting } = input;
  return createMeeting(ctx, meeting);
}

/** Fragments that narrow the people to compare: each word's first and last four letters, in Latin. */
function nameFragments(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const w of [...nameWords(name), ...foldForSearch(name).split(/[^\p{L}\p{N}]+/u)]) {
      if (w.length < 4) continue;
      out.add(w.slice(0, 4));
      out.add(w.slice(-4));
    }
  }
  return [...out];
}

/** Readable people any of whose names is one of these, in any script or transliteration. */
export async function personDuplicates(ctx: Ctx, names: readonly string[]): Promise<DuplicateCandidate[]> {
  const rows = await peopleNamedLike(ctx.db, ctx.actor, nameFragments(names));
  const out: DuplicateCandidate[] = [];
  for (const row of rows) {
    const known = row.search.split(' | ');
    const hit = known.find((k) => names.some((n) => sameName(n, k)));
    if (hit) out.push({ kind: 'person', id: row.id, label: hit, reasons: ['name'] });
  }
  return out;
}

/** POST /api/people: the duplicate check, then the person. */
export async function createPersonChecked(ctx: Ctx, input: PersonCreate): Promise<PersonOut> {
  assertCanWrite(ctx.actor, 'person');
  const { confirm_new, ...person } = input;
  if (!confirm_new) {
    const found = await personDuplicates(
      ctx,
      person.names.map((n) => n.name),
    );
    if (found.length) throw duplicateError('names', found);
  }
  return createPerson(ctx, person);
}

export interface KnownSource {
  id: string;
  title: string;
  url: string | null;
  reason: 'url' | 'text' | 'excerpt';
}

/**
 * The source a report already is: the same address, the same normalised text, or a stored excerpt
 * quoting it (an abridged copy published the same day, or cited by one of the candidate meetings).
 */
export async function knownSource(
  ctx: Ctx,
  report: { url?: string | null; text: string; days: readonly string[]; meetingIds?: readonly string[] },
): Promise<KnownSource | null> {
  if (report.url) {
    const hit = await sourceWithUrl(ctx.db, report.url);
    if (hit) return { ...hit, reason: 'url' };
  }
  const same = await sourceWithHash(ctx.db, reportHash(report.text.slice(0, 10_000)));
  if (same) return { ...same, reason: 'text' };
  const near = await sourcesNear(ctx.db, report.days, report.meetingIds ?? []);
  const quoted = near.find((s) => excerptQuotes(s.excerpt, report.text));
  return quoted ? { id: quoted.id, title: quoted.title, url: quoted.url, reason: 'excerpt' } : null;
}
