import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { coversDay } from '../../domain/core/period.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { eligibility } from '../../domain/menu/eligibility.js';
import {
  type Eligibility,
  type IterationStatus,
  type NominationStatus,
  SEATED,
} from '../../domain/menu/vocabulary.js';
import { nominationWindowError } from '../../domain/nominations/nomination-rules.js';
import { freesSeat, nextStatuses, transitionError } from '../../domain/nominations/nomination-status.js';
import { nextFromWaitlist } from '../../domain/nominations/waitlist.js';
import { nameOn } from '../../domain/registry/names.js';
import { assertCanRead, assertCanWrite, assertMayChooseId, seesAll } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { allowedOn, capacityOf, type RecordScope } from '../../domain/trust/policy.js';
import type { Page } from '../../schemas/core/common.schema.js';
import type {
  BulkDecision,
  DecisionResult,
  NominationCreate,
  NominationDecision,
  NominationListQuery,
  NominationOut,
  NominationPatch,
} from '../../schemas/nominations/nomination.schema.js';
import {
  audit,
  deleteAudited,
  insertVersioned,
  requireVersion,
  updateVersioned,
} from '../../store/core/records.js';
import { findIteration, membershipsIn, organizationExists, versioned } from '../../store/menu/menu.repo.js';
import {
  findNomination,
  listNominations,
  lockIterations,
  type NominationRow,
  nominationOfPerson,
  nominationsOfIterations,
} from '../../store/nominations/nomination.repo.js';
import { insertNames, namesOf } from '../../store/registry/names.repo.js';
import { iso2Of } from '../../store/registry/organization.repo.js';
import { nationalityAndRegistrar } from '../../store/registry/person.repo.js';
import { personScope } from '../../store/registry/person-scope.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { today } from '../core/today.js';
import { iterationScope } from '../menu/menu-iteration.service.js';

export function nominationScope(r: { partner_id: string; provider_id: string }): RecordScope {
  return { partnerId: r.partner_id, providerId: r.provider_id };
}

/**
 * The same rules the writes below apply: the nominating partner changes or withdraws an undecided
 * nomination (DECLINED is its withdrawal); the provider of the activity decides it.
 */
function nominationCan(actor: Actor, r: NominationRow): NominationOut['can'] {
  const status = r.status as NominationStatus;
  const nominates = allowedOn(actor, 'write', 'nomination', { partnerId: r.partner_id });
  const decide = allowedOn(actor, 'write', 'nomination', { providerId: r.provider_id });
  const next = nextStatuses(status);
  const open = !SEATED.includes(status) && status !== 'DECLINED';
  const withdraw = nominates && next.includes('DECLINED');
  return {
    update: nominates && open,
    delete: nominates && status === 'NEEDS-ACTION',
    decide: decide && next.length > 0,
    withdraw,
    transitions: decide ? [...next] : withdraw ? ['DECLINED'] : [],
  };
}

export async function presentNominations(ctx: Ctx, rows: NominationRow[]): Promise<NominationOut[]> {
  const names = await namesOf(
    ctx.db,
    'person_name',
    rows.map((r) => r.person_id),
  );
  return rows.map((r) => ({
    can: nominationCan(ctx.actor, r),
    id: r.id,
    iteration_id: r.iteration_id,
    activity_id: r.activity_id,
    activity_title: r.activity_title,
    provider_id: r.provider_id,
    start_date: r.start_date,
    person_id: r.person_id,
    person_name: nameOn(names.get(r.person_id) ?? [], r.start_date) ?? r.person_id,
    partner_id: r.partner_id,
    priority: r.priority,
    rank: r.rank,
    status: r.status as NominationStatus,
    reason: r.reason,
    // The round that decided it is the provider's and the organization's record (allocation_round):
    // a nominating partner is not shown the id of a record it may not read.
    round_id:
      r.round_id && allowedOn(ctx.actor, 'read', 'nomination', { providerId: r.provider_id })
        ? r.round_id
        : null,
    note: r.note,
    version: r.version,
    updated_at: r.updated_at,
  }));
}

async function readableNomination(ctx: Ctx, id: string): Promise<NominationRow> {
  const row = await findNomination(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no nomination ${id}`);
  assertCanRead(ctx.actor, 'nomination', nominationScope(row));
  return row;
}

export async function getNomination(ctx: Ctx, id: string): Promise<NominationOut> {
  assertCanRead(ctx.actor, 'nomination');
  return (await presentNominations(ctx, [await readableNomination(ctx, id)]))[0] as NominationOut;
}

export async function listNominationPage(ctx: Ctx, query: NominationListQuery): Promise<Page<NominationOut>> {
  assertCanRead(ctx.actor, 'nomination');
  const { limit, offset, ...filter } = query;
  const { rows, total } = await listNominations(ctx.db, ctx.actor, filter, limit, offset);
  return { items: await presentNominations(ctx, rows), total, limit, offset };
}

/** A new nominee named in the nomination: a person of the registry, of the partner's nationality. */
async function createNominee(ctx: Ctx, name: string, partnerId: string, at: string): Promise<string> {
  const iso2 = await iso2Of(ctx.db, partnerId);
  const id = newId(name);
  const row = {
    id,
    gender: null,
    birth_date: null,
    nationality: iso2 ?? null,
    summary: null,
    search: foldForSearch(name),
    // Not public registry data: the nominating partner's and the organization's (policy.ts, person).
    registered_by: partnerId,
  };
  await insertVersioned(ctx.db, 'person', row, at);
  await insertNames(ctx.db, 'person_name', id, [{ name, lang: 'en', kind: 'official' }]);
  await audit(ctx, 'create', 'person', id, undefined, { ...row, names: [name], nominated_by: partnerId }, at);
  return id;
}

/**
 * Partners nominate only people they may see and nominate: their own nationals or the people they
 * registered. A person the caller may not see answers like an absent one; nominating another
 * partner's nominee would otherwise confirm the hidden nomination, or take the person over.
 */
async function assertMayNominate(ctx: Ctx, personId: string, partnerId: string): Promise<void> {
  const scope = await personScope(ctx.db, personId);
  if (!scope || !allowedOn(ctx.actor, 'read', 'person', scope))
    throw DomainError.field('record.reference_missing', 'person_id', `no person ${personId}`);
  if (seesAll(ctx.actor, 'person')) return;
  const person = await nationalityAndRegistrar(ctx.db, personId);
  const iso2 = await iso2Of(ctx.db, partnerId);
  const national = !!person?.nationality && !!iso2 && person.nationality.toUpperCase() === iso2.toUpperCase();
  if (national || person?.registered_by === partnerId) return;
  throw DomainError.field(
    'access.denied',
    'person_id',
    `${partnerId} nominates its own nationals and the people it registered; ${personId} is neither`,
  );
}

async function inFramework(ctx: Ctx, partnerId: string, frameworkId: string | null, day: string) {
  if (!frameworkId) return false;
  const periods = await membershipsIn(ctx.db, partnerId, frameworkId);
  return periods.some((p) => coversDay({ start: p.start_date, end: p.end_date }, day) === 'certain');
}

/**
 * Nominates a person (or a new person by name) to an iteration. `asOf` is the day the nomination is
 * made, today unless the demo records a past one.
 */
export async function createNomination(
  ctx: Ctx,
  input: NominationCreate,
  options: { asOf?: string } = {},
): Promise<NominationOut> {
  assertCanWrite(ctx.actor, 'nomination');
  assertMayChooseId(ctx.actor, 'nomination', input.id);
  if (!allowedOn(ctx.actor, 'write', 'nomination', { partnerId: input.partner_id })) {
    throw DomainError.field(
      'access.denied',
      'partner_id',
      `you nominate for ${ctx.actor.organizationId ?? 'no partner'}, not for ${input.partner_id}`,
    );
  }
  return inTransaction(ctx, async (tx) => {
    const it = await findIteration(tx.db, input.iteration_id);
    if (!it || !allowedOn(ctx.actor, 'read', 'menu', iterationScope(it)))
      throw DomainError.field(
        'record.reference_missing',
        'iteration_id',
        `no iteration ${input.iteration_id}`,
      );
    if (!(await organizationExists(tx.db, input.partner_id)))
      throw DomainError.field(
        'record.reference_missing',
        'partner_id',
        `no organization ${input.partner_id}`,
      );
    const window = nominationWindowError(
      { status: it.status as IterationStatus, deadline: it.deadline, start_date: it.start_date },
      options.asOf ?? today(),
    );
    if (window?.rule === 'closed')
      throw DomainError.field('nomination.iteration_closed', 'iteration_id', window.reason);
    if (window) throw DomainError.field('nomination.deadline_passed', 'iteration_id', window.reason);
    const answer = eligibility(
      {
        eligibility: it.eligibility as Eligibility,
        frameworkId: it.eligibility_framework_id,
        namedPartners: JSON.parse(it.eligible_partners) as string[],
      },
      input.partner_id,
      it.eligibility === 'framework' &&
        (await inFramework(tx, input.partner_id, it.eligibility_framework_id, it.start_date)),
    );
    if (!answer.eligible) throw DomainError.field('menu.ineligible', 'partner_id', answer.reason);
    const at = now();
    let personId = input.person_id;
    if (personId) {
      await assertMayNominate(tx, personId, input.partner_id);
      const twice = await nominationOfPerson(tx.db, it.id, personId);
      // The duplicate names the nomination only to whom may read it; anyone else hears that the
      // person cannot be nominated here, which a hidden nomination never confirms by its id.
      if (twice)
        throw DomainError.field(
          'nomination.duplicate',
          'person_id',
          allowedOn(ctx.actor, 'read', 'nomination', nominationScope(twice))
            ? `${personId} is already nominated to ${it.id} (${twice.id})`
            : `${personId} is already nominated to ${it.id}`,
        );
    } else {
      personId = await createNominee(tx, input.person_name as string, input.partner_id, at);
    }
    const id = input.id ?? newId(`${input.partner_id}-${it.activity_key}`);
    await insertVersioned(
      tx.db,
      versioned('nomination'),
      {
        id,
        iteration_id: it.id,
        person_id: personId,
        partner_id: input.partner_id,
        priority: input.priority,
        rank: input.rank,
        status: 'NEEDS-ACTION',
        reason: null,
        round_id: null,
        note: input.note ?? null,
      },
      at,
    );
    const created = await getNomination(tx, id);
    await audit(tx, 'create', 'nomination', id, undefined, created, at);
    return created;
  });
}

/** The nominating partner (or staff) changes its priority, rank or note while undecided. */
export async function updateNomination(ctx: Ctx, id: string, patch: NominationPatch): Promise<NominationOut> {
  assertCanWrite(ctx.actor, 'nomination');
  return inTransaction(ctx, async (tx) => {
    const row = await readableNomination(tx, id);
    if (!allowedOn(ctx.actor, 'write', 'nomination', { partnerId: row.partner_id }))
      throw new DomainError(
        'access.denied',
        'only the nominating partner changes a nomination’s priority, rank or note',
      );
    if (SEATED.includes(row.status as NominationStatus) || row.status === 'DECLINED')
      throw DomainError.field('nomination.transition', 'status', `a ${row.status} nomination is decided`);
    const before = await getNomination(tx, id);
    const at = now();
    await updateVersioned(
      tx.db,
      versioned('nomination'),
      id,
      requireVersion(patch.version),
      {
        priority: patch.priority ?? row.priority,
        rank: patch.rank ?? row.rank,
        note: patch.note === undefined ? row.note : patch.note,
      },
      at,
    );
    const after = await getNomination(tx, id);
    await audit(tx, 'update', 'nomination', id, before, after, at);
    return after;
  });
}

export async function deleteNomination(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'nomination');
  await inTransaction(ctx, async (tx) => {
    const row = await readableNomination(tx, id);
    if (!allowedOn(ctx.actor, 'write', 'nomination', { partnerId: row.partner_id }))
      throw new DomainError('access.denied', 'only the nominating partner withdraws a nomination');
    if (row.status !== 'NEEDS-ACTION')
      throw DomainError.field(
        'nomination.transition',
        'status',
        `a ${row.status} nomination is declined, not deleted`,
      );
    const before = await getNomination(tx, id);
    await deleteAudited(tx, versioned('nomination'), id, version, before);
  });
}

/**
 * Sets a nomination's status in the caller's transaction (the iteration locked), enforcing the
 * status machine and the seats; a cancellation moves the waiting list up. Returns who moved up.
 */
export async function setNominationStatus(
  ctx: Ctx,
  row: NominationRow,
  to: NominationStatus,
  reason: string | null,
  expected: number,
  extra: { round_id?: string } = {},
): Promise<NominationRow[]> {
  const from = row.status as NominationStatus;
  const refused = transitionError(from, to);
  if (refused) throw DomainError.field('nomination.transition', 'status', `${row.id}: ${refused}`);
  if (to === 'ACCEPTED') {
    if (
      row.iteration_status === 'cancelled' ||
      row.iteration_status === 'held' ||
      row.iteration_status === 'closed'
    )
      throw DomainError.field(
        'nomination.iteration_closed',
        'status',
        `iteration ${row.iteration_id} is ${row.iteration_status}`,
      );
    const all = await nominationsOfIterations(ctx.db, [row.iteration_id]);
    const seated = all.filter((n) => n.id !== row.id && SEATED.includes(n.status as NominationStatus));
    if (seated.length >= row.seats)
      throw DomainError.field(
        'nomination.seats_full',
        'status',
        `iteration ${row.iteration_id} has ${row.seats} seats, all taken`,
      );
    const ofPartner = seated.filter((n) => n.partner_id === row.partner_id).length;
    if (row.partner_cap !== null && ofPartner >= row.partner_cap)
      throw DomainError.field(
        'nomination.seats_full',
        'status',
        `${row.partner_id} holds ${ofPartner} of its ${row.partner_cap} seats in iteration ${row.iteration_id}`,
      );
  }
  const before = (await presentNominations(ctx, [row]))[0];
  const at = now();
  await updateVersioned(
    ctx.db,
    versioned('nomination'),
    row.id,
    expected,
    { status: to, reason, ...(extra.round_id ? { round_id: extra.round_id } : {}) },
    at,
  );
  const after = (await findNomination(ctx.db, row.id)) as NominationRow;
  // A decision records the capacity it was made in: a country's partner official and its provider
  // account are different powers even where the organization is the same.
  const decided = { ...(await presentNominations(ctx, [after]))[0], decided_as: capacityOf(ctx.actor) };
  await audit(ctx, 'update', 'nomination', row.id, before, decided, at);
  return freesSeat(from, to) ? promoteWaitlist(ctx, row.iteration_id, row.id) : [];
}

/** Fills the seats a cancellation freed from the waiting list, highest priority first. */
async function promoteWaitlist(ctx: Ctx, iterationId: string, cancelled: string): Promise<NominationRow[]> {
  const promoted: NominationRow[] = [];
  for (;;) {
    const it = await findIteration(ctx.db, iterationId);
    if (!it || it.status === 'cancelled' || it.status === 'held') return promoted;
    const all = await nominationsOfIterations(ctx.db, [iterationId]);
    const seated = all.filter((n) => SEATED.includes(n.status as NominationStatus));
    if (seated.length >= it.seats) return promoted;
    const byPartner = new Map<string, number>();
    for (const n of seated) byPartner.set(n.partner_id, (byPartner.get(n.partner_id) ?? 0) + 1);
    const next = nextFromWaitlist(
      all.filter((n) => n.status === 'WAITLISTED'),
      byPartner,
      it.partner_cap,
    );
    if (!next) return promoted;
    const row = (await findNomination(ctx.db, next.id)) as NominationRow;
    await setNominationStatus(
      ctx,
      row,
      'ACCEPTED',
      `promoted from the waiting list after ${cancelled} was cancelled`,
      row.version,
    );
    promoted.push((await findNomination(ctx.db, next.id)) as NominationRow);
  }
}

/** May the actor take this decision? The provider decides; the nominating partner may only withdraw. */
function assertMayDecide(ctx: Ctx, row: NominationRow, to: NominationStatus, field: string) {
  if (allowedOn(ctx.actor, 'write', 'nomination', { providerId: row.provider_id })) return;
  if (to === 'DECLINED' && allowedOn(ctx.actor, 'write', 'nomination', { partnerId: row.partner_id })) return;
  throw DomainError.field(
    'access.denied',
    field,
    `only the provider of the activity (${row.provider_id}) decides nomination ${row.id}; the nominating partner may only withdraw it (DECLINED)`,
  );
}

async function decideInTx(
  tx: Ctx,
  decisions: { id: string; status: NominationStatus; reason?: string | null; version: number | undefined }[],
  field: (i: number) => string,
): Promise<DecisionResult> {
  const rows: NominationRow[] = [];
  for (const [i, d] of decisions.entries()) {
    const row = await readableNomination(tx, d.id).catch((err) => {
      if (err instanceof DomainError)
        throw DomainError.field(err.code, `${field(i)}id`, `no nomination ${d.id}`);
      throw err;
    });
    assertMayDecide(tx, row, d.status, `${field(i)}status`);
    rows.push(row);
  }
  await lockIterations(
    tx.db,
    tx.dialect,
    rows.map((r) => r.iteration_id),
  );
  const promoted = new Map<string, NominationRow>();
  const decided: string[] = [];
  for (const [i, d] of decisions.entries()) {
    const row = (await findNomination(tx.db, d.id)) as NominationRow;
    const expected = requireVersion(d.version);
    try {
      for (const p of await setNominationStatus(tx, row, d.status, d.reason ?? null, expected))
        promoted.set(p.id, p);
    } catch (err) {
      if (err instanceof DomainError && decisions.length > 1 && err.issues[0]) {
        const issue = err.issues[0];
        throw DomainError.field(err.code, `${field(i)}${issue.field}`, issue.reason);
      }
      throw err;
    }
    decided.push(d.id);
  }
  const now = await Promise.all(decided.map((id) => findNomination(tx.db, id)));
  const still = [...promoted.keys()].filter((id) => !decided.includes(id));
  const promotedNow = await Promise.all(still.map((id) => findNomination(tx.db, id)));
  return {
    nominations: await presentNominations(tx, now as NominationRow[]),
    promoted: await presentNominations(tx, promotedNow as NominationRow[]),
  };
}

export async function decideNomination(
  ctx: Ctx,
  id: string,
  decision: NominationDecision,
): Promise<DecisionResult> {
  assertCanWrite(ctx.actor, 'nomination');
  return inTransaction(ctx, (tx) =>
    decideInTx(
      tx,
      [{ id, status: decision.status, reason: decision.reason, version: decision.version }],
      () => '',
    ),
  );
}

/** Decisions on many nominations at once: all of them, or (one refused) none. */
export async function decideNominations(ctx: Ctx, input: BulkDecision): Promise<DecisionResult> {
  assertCanWrite(ctx.actor, 'nomination');
  return inTransaction(ctx, (tx) => decideInTx(tx, input.decisions, (i) => `decisions[${i}].`));
}
