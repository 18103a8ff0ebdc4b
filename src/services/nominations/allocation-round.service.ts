import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import type { IterationStatus, NominationStatus } from '../../domain/menu/vocabulary.js';
import { allocate } from '../../domain/nominations/allocate.js';
import {
  partnerLabels,
  type RoundIterationRow,
  type RoundNominationRow,
  readableReason,
  roundConstraintError,
  roundFingerprint,
  roundInstance,
} from '../../domain/nominations/round.js';
import { nameOn } from '../../domain/registry/names.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import { mayWriteOn } from '../../domain/trust/can.js';
import { allowedOn, capacityOf } from '../../domain/trust/policy.js';
import type { Page } from '../../schemas/core/common.schema.js';
import type { RoundCreate, RoundListQuery, RoundOut } from '../../schemas/nominations/nomination.schema.js';
import { audit, insertVersioned, requireVersion } from '../../store/core/records.js';
import { findIteration, type IterationRow, openIterations, versioned } from '../../store/menu/menu.repo.js';
import type { AllocationRoundTable } from '../../store/menu/menu.tables.js';
import {
  decisionsOfRound,
  findRound,
  insertDecisions,
  listRounds,
  markRoundApplied,
  outcomesOfRound,
} from '../../store/nominations/allocation-round.repo.js';
import {
  findNomination,
  lockIterations,
  type NominationRow,
  nominationsOfIterations,
} from '../../store/nominations/nomination.repo.js';
import { namesOf } from '../../store/registry/names.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { setNominationStatus } from './nomination.service.js';

const roundScope = (r: { provider_id: string | null }) => ({ providerId: r.provider_id });

async function present(ctx: Ctx, round: AllocationRoundTable): Promise<RoundOut> {
  const decisions = await decisionsOfRound(ctx.db, round.id);
  const names = await namesOf(
    ctx.db,
    'person_name',
    decisions.map((d) => d.person_id),
  );
  const accepted = decisions.filter((d) => d.outcome === 'accepted').length;
  return {
    // A round is proposed, then applied once; it is never edited or deleted.
    can: {
      update: false,
      delete: false,
      apply: round.status === 'proposed' && mayWriteOn(ctx.actor, 'allocation_round', roundScope(round)),
    },
    id: round.id,
    provider_id: round.provider_id,
    status: round.status as RoundOut['status'],
    iteration_ids: JSON.parse(round.iteration_ids) as string[],
    partner_cap: round.partner_cap,
    objective: round.objective,
    accepted,
    waitlisted: decisions.length - accepted,
    decisions: decisions.map((d) => ({
      nomination_id: d.nomination_id,
      iteration_id: d.iteration_id,
      person_id: d.person_id,
      person_name: nameOn(names.get(d.person_id) ?? [], d.start_date) ?? d.person_id,
      partner_id: d.partner_id,
      priority: d.priority,
      rank: d.rank,
      weight: d.weight,
      outcome: d.outcome as 'accepted' | 'waitlisted',
      reason: d.reason,
    })),
    proposed_by: round.proposed_by,
    applied_by: round.applied_by,
    applied_at: round.applied_at,
    version: round.version,
    created_at: round.created_at,
    updated_at: round.updated_at,
  };
}

async function readableRound(ctx: Ctx, id: string): Promise<AllocationRoundTable> {
  const row = await findRound(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no allocation round ${id}`);
  assertCanRead(ctx.actor, 'allocation_round', roundScope(row));
  return row;
}

export async function getRound(ctx: Ctx, id: string): Promise<RoundOut> {
  assertCanRead(ctx.actor, 'allocation_round');
  return present(ctx, await readableRound(ctx, id));
}

export async function listRoundPage(ctx: Ctx, query: RoundListQuery): Promise<Page<RoundOut>> {
  assertCanRead(ctx.actor, 'allocation_round');
  const { provider_id, status, limit, offset } = query;
  const { rows, total } = await listRounds(ctx.db, ctx.actor, { provider_id, status }, limit, offset);
  const items = [];
  for (const r of rows) items.push(await present(ctx, r));
  return { items, total, limit, offset };
}

/** The iterations a round decides: those named, or the open ones of a provider and date window. */
async function selectIterations(ctx: Ctx, input: RoundCreate): Promise<IterationRow[]> {
  const contradiction = roundConstraintError({
    iterationIds: input.iteration_ids,
    providerId: input.provider_id,
    from: input.from,
    to: input.to,
    iterations: [],
  });
  if (contradiction)
    throw DomainError.field('round.contradictory', contradiction.field, contradiction.reason);
  if (input.iteration_ids) {
    const rows: IterationRow[] = [];
    for (const [i, id] of input.iteration_ids.entries()) {
      const row = await findIteration(ctx.db, id);
      if (
        !row ||
        !allowedOn(ctx.actor, 'read', 'menu', {
          providerId: row.provider_id,
          marking: row.marking as 'public',
          releasableTo: JSON.parse(row.releasable_to),
        })
      )
        throw DomainError.field('record.reference_missing', `iteration_ids[${i}]`, `no iteration ${id}`);
      rows.push(row);
    }
    return rows;
  }
  const providerId =
    input.provider_id ?? (ctx.actor.role === 'provider' ? ctx.actor.organizationId : undefined);
  if (!providerId && !input.from && !input.to)
    throw DomainError.field(
      'request.invalid',
      'iteration_ids',
      'name the iterations, or a provider and/or a date window',
    );
  return openIterations(ctx.db, { providerId, from: input.from, to: input.to });
}

function roundRows(
  iterations: IterationRow[],
  nominations: Awaited<ReturnType<typeof nominationsOfIterations>>,
) {
  const its: RoundIterationRow[] = iterations.map((i) => ({
    id: i.id,
    version: i.version,
    seats: i.seats,
    status: i.status as IterationStatus,
    partner_cap: i.partner_cap,
  }));
  const noms: RoundNominationRow[] = nominations.map((n) => ({
    id: n.id,
    version: n.version,
    iteration_id: n.iteration_id,
    person_id: n.person_id,
    partner_id: n.partner_id,
    priority: n.priority,
    rank: n.rank,
    status: n.status as NominationStatus,
  }));
  return { its, noms };
}

/** Who each nomination is, for people to read: "name (partner, priority, rank)". */
async function labelsOf(ctx: Ctx, noms: readonly RoundNominationRow[]): Promise<Map<string, string>> {
  const names = await namesOf(
    ctx.db,
    'person_name',
    noms.map((n) => n.person_id),
  );
  return new Map(
    noms.map((n) => [
      n.id,
      `${nameOn(names.get(n.person_id) ?? [], '9999-12-31') ?? n.person_id} (${n.partner_id}, priority ${n.priority}, rank ${n.rank})`,
    ]),
  );
}

/** Proposes a round: the engine's decisions, each explained, stored for review; nothing changes yet. */
export async function proposeRound(ctx: Ctx, input: RoundCreate): Promise<RoundOut> {
  assertCanWrite(ctx.actor, 'allocation_round');
  return inTransaction(ctx, async (tx) => {
    const iterations = await selectIterations(tx, input);
    if (iterations.length === 0)
      throw DomainError.field('round.empty', 'iteration_ids', 'no open iteration matches');
    const providers = [...new Set(iterations.map((i) => i.provider_id))];
    for (const providerId of providers) {
      if (!allowedOn(ctx.actor, 'write', 'nomination', { providerId }))
        throw DomainError.field(
          'access.denied',
          'iteration_ids',
          `only ${providerId} (or staff) allocates its iterations' seats`,
        );
    }
    const { its, noms } = roundRows(
      iterations,
      await nominationsOfIterations(
        tx.db,
        iterations.map((i) => i.id),
      ),
    );
    const contradiction = roundConstraintError({
      iterationIds: input.iteration_ids,
      partnerCap: input.partner_cap,
      iterations: its,
    });
    if (contradiction)
      throw DomainError.field('round.contradictory', contradiction.field, contradiction.reason);
    const result = allocate(roundInstance(its, noms, input.partner_cap ?? null));
    const labels = await labelsOf(tx, noms);
    const weights = new Map(roundInstance(its, noms, null).nominations.map((n) => [n.id, n.weight]));
    const id = newId('round');
    const at = now();
    await insertVersioned(
      tx.db,
      versioned('allocation_round'),
      {
        id,
        provider_id: providers.length === 1 ? providers[0] : null,
        status: 'proposed',
        iteration_ids: JSON.stringify(its.map((i) => i.id)),
        partner_cap: input.partner_cap ?? null,
        fingerprint: roundFingerprint(its, noms),
        objective: result.objective,
        proposed_by: ctx.actor.id,
        applied_by: null,
        applied_at: null,
      },
      at,
    );
    await insertDecisions(
      tx.db,
      result.decisions.map((d) => ({
        id: `${id}-${d.nomination}`.slice(0, 200),
        round_id: id,
        nomination_id: d.nomination,
        weight: weights.get(d.nomination) ?? 0,
        outcome: d.status,
        reason: readableReason(d.reason, labels),
      })),
    );
    const created = await getRound(tx, id);
    // A proposal and an application are decisions: the audit trail records the capacity of each.
    await audit(
      tx,
      'create',
      'allocation_round',
      id,
      undefined,
      { ...created, decided_as: capacityOf(ctx.actor) },
      at,
    );
    return created;
  });
}

/**
 * Applies a proposed round: sets every decided nomination's status, in one transaction, only if
 * nothing it was decided on has changed (else 409). Applying an applied round changes nothing: the
 * status flip is a conditional update, so of two instances applying at once one does the work and
 * the other finds the round applied.
 */
export async function applyRound(ctx: Ctx, id: string, version: number | undefined): Promise<RoundOut> {
  assertCanWrite(ctx.actor, 'allocation_round');
  return inTransaction(ctx, async (tx) => {
    const round = await readableRound(tx, id);
    assertCanWrite(ctx.actor, 'allocation_round', roundScope(round));
    if (round.status === 'applied') return present(tx, round);
    const expected = requireVersion(version);
    const at = now();
    const flipped = await markRoundApplied(tx.db, id, expected, ctx.actor.id, at);
    if (!flipped) {
      const current = await readableRound(tx, id);
      if (current.status === 'applied') return present(tx, current);
      throw DomainError.field(
        'version.stale',
        'version',
        `is ${expected} but the round is at version ${current.version}`,
      );
    }
    const iterationIds = JSON.parse(round.iteration_ids) as string[];
    await lockIterations(tx.db, tx.dialect, iterationIds);
    const iterations: IterationRow[] = [];
    for (const itId of iterationIds) {
      const row = await findIteration(tx.db, itId);
      if (row) iterations.push(row);
    }
    const { its, noms } = roundRows(iterations, await nominationsOfIterations(tx.db, iterationIds));
    if (iterations.length !== iterationIds.length || roundFingerprint(its, noms) !== round.fingerprint)
      throw DomainError.field(
        'round.stale',
        'id',
        `iterations or nominations of round ${id} changed since it was proposed`,
      );
    const before = await present(tx, round);
    // The engine is deterministic and the fingerprint proves it would be given the same facts: its
    // reasons are worked out again here, to be worded for each nominating partner (partnerLabels).
    const engine = new Map(
      allocate(roundInstance(its, noms, round.partner_cap)).decisions.map((d) => [d.nomination, d.reason]),
    );
    const labels = await labelsOf(tx, noms);
    const decisions = await outcomesOfRound(tx.db, id);
    for (const d of decisions) {
      const row = (await findNomination(tx.db, d.nomination_id)) as NominationRow;
      const to: NominationStatus = d.outcome === 'accepted' ? 'ACCEPTED' : 'WAITLISTED';
      if (row.status === to) continue;
      const raw = engine.get(row.id) ?? (to === 'ACCEPTED' ? 'accepted' : 'wait-listed');
      const reason = readableReason(raw, partnerLabels(row.partner_id, noms, labels));
      await setNominationStatus(tx, row, to, reason, row.version, { round_id: id });
    }
    const after = await getRound(tx, id);
    await audit(
      tx,
      'update',
      'allocation_round',
      id,
      before,
      { ...after, decided_as: capacityOf(ctx.actor) },
      at,
    );
    return after;
  });
}
