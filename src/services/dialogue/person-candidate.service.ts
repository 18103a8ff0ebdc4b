import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { missingSpellings, namesFromDraft } from '../../domain/dialogue/person-candidate.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { mayWriteOn } from '../../domain/trust/can.js';
import {
  type CompiledGazetteer,
  compileGazetteer,
  type Gazetteer,
  type GazetteerPerson,
  lookupPerson,
  nameKeys,
} from '../../ingest/gazetteer.js';
import { BUILT_IN_GAZETTEER } from '../../ingest/known-people.js';
import type {
  CandidateConfirm,
  CandidateConfirmOut,
  CandidateListQuery,
  CandidateOut,
  ParticipantInput,
} from '../../schemas/dialogue/meeting.schema.js';
import type { PersonCreate, PersonOut, PersonPatch } from '../../schemas/registry/person.schema.js';
import { audit, exists, requireVersion } from '../../store/core/records.js';
import {
  allDraftCandidates,
  candidatesByKey,
  findCandidate,
  listCandidateRows,
  meetingCountsOf,
  participationsOf,
  pointParticipants,
  rejectedByKey,
} from '../../store/dialogue/dialogue.repo.js';
import type { PersonCandidateTable } from '../../store/dialogue/dialogue.tables.js';
import { insertDialogue, updateDialogue } from '../../store/dialogue/dialogue-records.repo.js';
import type { ParticipantRow } from '../../store/dialogue/meeting.repo.js';
import {
  allHoldingsWithPost,
  allOrganizationNames,
  allPersonNames,
} from '../../store/registry/gazetteer.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { createPerson, getPerson, updatePerson } from '../registry/person.service.js';

/**
 * The registry as the extractor's gazetteer: every person with every spelling of their name and the
 * posts they held, every organization with its names. Read per request: the registry is small and
 * must be current.
 */
export async function registryGazetteer(ctx: Ctx): Promise<Gazetteer> {
  const [names, holdings, orgNames] = await Promise.all([
    allPersonNames(ctx.db),
    allHoldingsWithPost(ctx.db),
    allOrganizationNames(ctx.db),
  ]);
  const people = new Map<string, GazetteerPerson>();
  for (const n of names) {
    const p = people.get(n.owner_id) ?? { id: n.owner_id, names: [], posts: [] };
    p.names.push(n.name);
    people.set(n.owner_id, p);
  }
  for (const h of holdings) {
    people.get(h.person_id)?.posts?.push({
      label: h.label,
      organization: h.organization_id,
      ...(h.start_date ? { start: h.start_date } : {}),
      ...(h.end_date ? { end: h.end_date } : {}),
    });
  }
  const orgs = new Map<string, string[]>();
  for (const n of orgNames) orgs.set(n.owner_id, [...(orgs.get(n.owner_id) ?? []), n.name]);
  return {
    people: [...people.values()],
    places: [],
    organizations: [...orgs].map(([id, list]) => ({ id, names: list })),
  };
}

/** The registry gazetteer, completed by the built-in one for people and organizations it lacks. */
export function withFallback(registry: Gazetteer): Gazetteer {
  const known = new Set(registry.people.map((p) => p.id));
  const orgs = new Set(registry.organizations.map((o) => o.id));
  return {
    people: [...registry.people, ...BUILT_IN_GAZETTEER.people.filter((p) => !known.has(p.id))],
    places: BUILT_IN_GAZETTEER.places,
    organizations: [
      ...registry.organizations,
      ...BUILT_IN_GAZETTEER.organizations.filter((o) => !orgs.has(o.id)),
    ],
  };
}

export function nameKeyOf(name: string): string {
  return nameKeys(name).join(' ');
}

function surnameOf(key: string): string {
  return key.split(' ').pop() ?? key;
}

/**
 * The draft person a name stands for: the same loose key ("Khamrokhon"/"Hamrokhon"/"Хамрохон"), or a
 * bare surname of exactly one draft, is the same person, never a duplicate; else a new draft.
 */
async function candidateFor(ctx: Ctx, name: string): Promise<string | null> {
  const key = nameKeyOf(name) || foldForSearch(name);
  let match: PersonCandidateTable | undefined = (await candidatesByKey(ctx.db, [key]))[0];
  if (!match) {
    const surname = surnameOf(key);
    const drafts = (await allDraftCandidates(ctx.db)).filter((c) => {
      const parts = c.name_key.split(' ');
      const mine = key.split(' ');
      return (
        surnameOf(c.name_key) === surname && (parts.length === 1 || mine.length === 1 || parts[0] === mine[0])
      );
    });
    if (drafts.length === 1) match = drafts[0];
  }
  // A name once judged not worth keeping is not drafted again: it stays as text on the participation.
  if (!match && (await rejectedByKey(ctx.db, key))) return null;
  const at = now();
  if (match) {
    const spellings = JSON.parse(match.names) as string[];
    if (!spellings.includes(name)) {
      const longer = name.split(/\s+/).length > match.name.split(/\s+/).length;
      const names = [...spellings, name];
      await updateDialogue(
        ctx.db,
        'person_candidate',
        match.id,
        match.version,
        {
          names: JSON.stringify(names),
          ...(longer ? { name, name_key: key } : {}),
          search: foldForSearch(names.join(' | ')),
        },
        at,
      );
    }
    return match.id;
  }
  const id = newId(name);
  const row = {
    id,
    name,
    names: JSON.stringify([name]),
    status: 'draft',
    person_id: null,
    name_key: key,
    search: foldForSearch(name),
  };
  await insertDialogue(ctx.db, 'person_candidate', row, at);
  await audit(ctx, 'create', 'person_candidate', id, undefined, row, at);
  return id;
}

export interface PeopleResolver {
  resolve(p: ParticipantInput): Promise<ParticipantRow>;
}

/**
 * Resolves participants in the caller's transaction: registry people by id or name, else drafts.
 * The whole registry is read as a gazetteer only when a participant comes by name: a meeting whose
 * participants were picked from the registry (the usual case) costs no such read.
 */
export function peopleResolver(ctx: Ctx): PeopleResolver {
  let gazetteer: Promise<CompiledGazetteer> | undefined;
  const registry = () => {
    gazetteer ??= registryGazetteer(ctx).then(compileGazetteer);
    return gazetteer;
  };
  return {
    async resolve(p) {
      const base = { side: p.side ?? null, post_id: p.post_id ?? null, role: p.role ?? null };
      if (p.post_id && !(await exists(ctx.db, 'post', p.post_id)))
        throw DomainError.field('record.reference_missing', 'participants.post_id', `no post ${p.post_id}`);
      if (p.person_id && (await exists(ctx.db, 'person', p.person_id))) {
        return { ...base, person_id: p.person_id, candidate_id: null, name: p.name ?? null };
      }
      if (p.person_id && !p.name)
        throw DomainError.field(
          'record.reference_missing',
          'participants.person_id',
          `no person ${p.person_id}`,
        );
      if (!p.name) return { ...base, person_id: null, candidate_id: null, name: null };
      const known = lookupPerson(await registry(), p.name);
      if (known) return { ...base, person_id: known.id, candidate_id: null, name: p.name };
      return { ...base, person_id: null, candidate_id: await candidateFor(ctx, p.name), name: p.name };
    },
  };
}

function presentCandidate(actor: Actor, r: PersonCandidateTable, meetings: number): CandidateOut {
  // A draft is only confirmed or rejected, while it is a draft; it has no change or delete of its own.
  const draft = r.status === 'draft';
  const writes = mayWriteOn(actor, 'meeting');
  return {
    can: {
      update: false,
      delete: false,
      confirm: draft && writes && mayWriteOn(actor, 'person'),
      reject: draft && writes,
    },
    id: r.id,
    name: r.name,
    names: JSON.parse(r.names) as string[],
    status: r.status as CandidateOut['status'],
    person_id: r.person_id,
    meetings,
    version: r.version,
    updated_at: r.updated_at,
  };
}

export async function listCandidates(
  ctx: Ctx,
  filter: Partial<CandidateListQuery> = {},
): Promise<{ items: CandidateOut[]; total: number }> {
  // Draft people come from restricted records too: only those who may write dialogue see them.
  assertCanWrite(ctx.actor, 'meeting');
  const { rows, total } = await listCandidateRows(
    ctx.db,
    { status: filter.status },
    { limit: filter.limit, offset: filter.offset ?? 0 },
  );
  const counts = await meetingCountsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentCandidate(ctx.actor, r, counts.get(r.id) ?? 0)), total };
}

export async function getCandidate(ctx: Ctx, id: string): Promise<CandidateOut> {
  assertCanWrite(ctx.actor, 'meeting');
  const row = await findCandidate(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no draft person ${id}`);
  return presentCandidate(ctx.actor, row, (await meetingCountsOf(ctx.db, [id])).get(id) ?? 0);
}

/** The draft, still a draft, at the version the caller read; 404, 409 and 412 otherwise. */
async function openDraft(tx: Ctx, id: string, expected: number | undefined): Promise<PersonCandidateTable> {
  const row = await findCandidate(tx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no draft person ${id}`);
  const version = requireVersion(expected);
  if (row.status !== 'draft')
    throw DomainError.field('candidate.not_draft', 'status', `${id} is ${row.status} already`);
  if (row.version !== version)
    throw DomainError.field(
      'version.stale',
      'version',
      `is ${version} but the draft person is now at version ${row.version}`,
    );
  return row;
}

/**
 * Confirms a draft person, in one transaction: either as a registry person already known (its
 * spellings the person lacked become transliterations of their name) or as a new registry person made
 * of its spellings; then every meeting participation of the draft points at the person (the draft's id
 * stays on them, to trace where the person came from) and the draft is confirmed.
 */
export async function confirmCandidate(
  ctx: Ctx,
  id: string,
  input: CandidateConfirm,
  expected: number | undefined,
): Promise<CandidateConfirmOut> {
  assertCanWrite(ctx.actor, 'meeting');
  assertCanWrite(ctx.actor, 'person');
  const describesNew = input.names !== undefined || input.gender != null || input.nationality != null;
  if (input.person_id && describesNew)
    throw DomainError.field(
      'request.invalid',
      'person_id',
      'link the draft to an existing person, or describe a new one; not both',
    );
  return inTransaction(ctx, async (tx) => {
    const row = await openDraft(tx, id, expected ?? input.version);
    const spellings = JSON.parse(row.names) as string[];
    let person: PersonOut;
    if (input.person_id) {
      if (!(await exists(tx.db, 'person', input.person_id)))
        throw DomainError.field('record.reference_missing', 'person_id', `no person ${input.person_id}`);
      const known = await getPerson(tx, input.person_id);
      const added = missingSpellings(
        known.names.map((n) => n.name),
        [row.name, ...spellings],
      );
      person = added.length
        ? await updatePerson(tx, known.id, {
            names: [...known.names, ...added],
            version: known.version,
          } as PersonPatch)
        : known;
    } else {
      person = await createPerson(tx, {
        names: (input.names ?? namesFromDraft(row.name, spellings)) as PersonCreate['names'],
        ...(input.gender != null ? { gender: input.gender } : {}),
        ...(input.nationality != null ? { nationality: input.nationality } : {}),
      });
    }
    const at = now();
    const participations = await participationsOf(tx.db, id);
    await pointParticipants(tx.db, id, { person_id: person.id });
    const version = await updateDialogue(
      tx.db,
      'person_candidate',
      id,
      row.version,
      { status: 'confirmed', person_id: person.id },
      at,
    );
    const meetings = new Set(participations.map((p) => p.meeting_id)).size;
    const before = presentCandidate(ctx.actor, row, meetings);
    const after: CandidateOut = {
      ...before,
      status: 'confirmed',
      person_id: person.id,
      version,
      updated_at: at,
    };
    await audit(
      tx,
      'update',
      'person_candidate',
      id,
      before,
      {
        ...after,
        person_created: !input.person_id,
        // Participants are parts of their meeting (no version of their own): the draft's audit lists them.
        participants: participations.map((p) => ({ meeting_id: p.meeting_id, participant: p.id })),
      },
      at,
    );
    return { candidate: after, person, created: !input.person_id, participants: participations.length };
  });
}

/**
 * Rejects a draft: the name was not a person, or not one worth keeping. The participations keep the
 * name as text but no longer point at the draft (the audit entry lists them), and the same name is
 * not drafted again.
 */
export async function rejectCandidate(
  ctx: Ctx,
  id: string,
  expected: number | undefined,
): Promise<CandidateOut> {
  assertCanWrite(ctx.actor, 'meeting');
  return inTransaction(ctx, async (tx) => {
    const row = await openDraft(tx, id, expected);
    const at = now();
    const participations = await participationsOf(tx.db, id);
    await pointParticipants(tx.db, id, { candidate_id: null });
    const version = await updateDialogue(
      tx.db,
      'person_candidate',
      id,
      row.version,
      { status: 'rejected' },
      at,
    );
    const before = presentCandidate(ctx.actor, row, new Set(participations.map((p) => p.meeting_id)).size);
    const after: CandidateOut = { ...before, status: 'rejected', meetings: 0, version, updated_at: at };
    await audit(
      tx,
      'update',
      'person_candidate',
      id,
      before,
      {
        ...after,
        participants: participations.map((p) => ({ meeting_id: p.meeting_id, participant: p.id })),
      },
      at,
    );
    return after;
  });
}
