import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { iterationPhase, takesDecisions, takesNominations } from '../../domain/menu/iteration-phase.js';
import type { IterationStatus } from '../../domain/menu/vocabulary.js';
import { assertCanRead, assertCanWrite, assertMayChooseId } from '../../domain/trust/access.js';
import { canOn, mayWriteOn } from '../../domain/trust/can.js';
import { allowed, type Marking, type RecordScope } from '../../domain/trust/policy.js';
import type { Page } from '../../schemas/core/common.schema.js';
import type {
  ExerciseInput,
  ExerciseOut,
  IterationCreate,
  IterationListQuery,
  IterationOut,
  IterationPatch,
} from '../../schemas/menu/menu.schema.js';
import {
  audit,
  deleteAudited,
  insertVersioned,
  requireVersion,
  updateVersioned,
} from '../../store/core/records.js';
import {
  deleteExercise,
  type ExerciseRows,
  exercisesOfIterations,
  findIteration,
  type IterationRow,
  insertExercise,
  iterationIsReferenced,
  listIterations,
  organizationExists,
  seatsTaken,
  versioned,
} from '../../store/menu/menu.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { today } from '../core/today.js';
import { readableActivity } from './menu.service.js';

export function iterationScope(
  r: Pick<IterationRow, 'provider_id' | 'marking' | 'releasable_to'>,
): RecordScope {
  return {
    providerId: r.provider_id,
    marking: r.marking as Marking,
    releasableTo: JSON.parse(r.releasable_to),
  };
}

function presentExercise(e: ExerciseRows | undefined): ExerciseOut | null {
  if (!e) return null;
  return {
    focus: JSON.parse(e.focus) as string[],
    scenario: e.scenario,
    nations: e.nations.map((n) => ({
      nation_id: n.nation_id,
      role: n.role,
      government_decision_required: n.government_decision_required === 1,
      units: JSON.parse(n.units) as string[],
    })),
  };
}

async function present(ctx: Ctx, rows: IterationRow[]): Promise<IterationOut[]> {
  const ids = rows.map((r) => r.id);
  const [taken, exercises] = await Promise.all([seatsTaken(ctx.db, ids), exercisesOfIterations(ctx.db, ids)]);
  const day = today();
  const actor = ctx.actor;
  return rows.map((r) => {
    const phase = iterationPhase({ ...r, status: r.status as IterationStatus }, day);
    return {
      can: {
        ...canOn(actor, 'iteration', iterationScope(r)),
        // For the actor's own country (staff, with no country of their own, for any partner), and only
        // while the calendar still allows it.
        nominate:
          takesNominations(phase) &&
          mayWriteOn(actor, 'nomination', { partnerId: actor.organizationId ?? null }),
        decide: takesDecisions(phase) && mayWriteOn(actor, 'nomination', { providerId: r.provider_id }),
        read_nominations: allowed(actor, 'read', 'nomination'),
      },
      id: r.id,
      activity_id: r.activity_id,
      activity_key: r.activity_key,
      activity_title: r.activity_title,
      provider_id: r.provider_id,
      event_type: r.event_type,
      start_date: r.start_date,
      end_date: r.end_date,
      city: r.city,
      country_id: r.country_id,
      venue: r.venue,
      seats: r.seats,
      seats_taken: taken.get(r.id) ?? 0,
      deadline: r.deadline,
      status: r.status,
      phase,
      partner_cap: r.partner_cap,
      exercise: presentExercise(exercises.get(r.id)),
      version: r.version,
      updated_at: r.updated_at,
    };
  });
}

/** The iteration the actor may read, or 404. */
export async function readableIteration(ctx: Ctx, id: string): Promise<IterationRow> {
  const row = await findIteration(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no iteration ${id}`);
  assertCanRead(ctx.actor, 'iteration', iterationScope(row));
  return row;
}

export async function getIteration(ctx: Ctx, id: string): Promise<IterationOut> {
  assertCanRead(ctx.actor, 'iteration');
  return (await present(ctx, [await readableIteration(ctx, id)]))[0] as IterationOut;
}

export async function listIterationPage(ctx: Ctx, query: IterationListQuery): Promise<Page<IterationOut>> {
  assertCanRead(ctx.actor, 'iteration');
  const { limit, offset, ...filter } = query;
  const { rows, total } = await listIterations(ctx.db, ctx.actor, filter, limit, offset);
  return { items: await present(ctx, rows), total, limit, offset };
}

type IterationFields = Omit<IterationCreate, 'id' | 'activity_id'>;

async function check(ctx: Ctx, eventType: string, it: IterationFields): Promise<void> {
  if (it.end_date && it.end_date < it.start_date)
    throw DomainError.field(
      'period.end_before_start',
      'end_date',
      `${it.end_date} is before ${it.start_date}`,
    );
  if (it.deadline && it.deadline > it.start_date)
    throw DomainError.field(
      'request.invalid',
      'deadline',
      `${it.deadline} is after the start ${it.start_date}`,
    );
  if (it.country_id && !(await organizationExists(ctx.db, it.country_id)))
    throw DomainError.field('record.reference_missing', 'country_id', `no organization ${it.country_id}`);
  if (it.exercise) {
    if (eventType !== 'exercise')
      throw DomainError.field(
        'menu.not_exercise',
        'exercise',
        `the activity is a ${eventType}, not an exercise`,
      );
    const seen = new Set<string>();
    for (const [i, n] of it.exercise.nations.entries()) {
      if (seen.has(n.nation_id))
        throw DomainError.field(
          'request.invalid',
          `exercise.nations[${i}].nation_id`,
          `${n.nation_id} is listed twice`,
        );
      seen.add(n.nation_id);
      if (!(await organizationExists(ctx.db, n.nation_id)))
        throw DomainError.field(
          'record.reference_missing',
          `exercise.nations[${i}].nation_id`,
          `no organization ${n.nation_id}`,
        );
    }
  }
}

function columns(it: IterationFields) {
  return {
    start_date: it.start_date,
    end_date: it.end_date ?? null,
    city: it.city ?? null,
    country_id: it.country_id ?? null,
    venue: it.venue ?? null,
    seats: it.seats,
    deadline: it.deadline ?? null,
    status: it.status,
    partner_cap: it.partner_cap ?? null,
  };
}

async function writeExercise(ctx: Ctx, id: string, e: ExerciseInput | null | undefined) {
  await deleteExercise(ctx.db, id);
  if (!e) return;
  await insertExercise(
    ctx.db,
    id,
    { focus: e.focus, scenario: e.scenario ?? null },
    e.nations.map((n) => ({
      id: `${id}-${n.nation_id}`,
      nation_id: n.nation_id,
      role: n.role,
      government_decision_required: n.government_decision_required ? 1 : 0,
      units: JSON.stringify(n.units),
    })),
  );
}

export async function createIteration(ctx: Ctx, input: IterationCreate): Promise<IterationOut> {
  assertCanWrite(ctx.actor, 'iteration');
  assertMayChooseId(ctx.actor, 'iteration', input.id);
  return inTransaction(ctx, async (tx) => {
    const activity = await readableActivity(tx, input.activity_id).catch(() => {
      throw DomainError.field('record.reference_missing', 'activity_id', `no activity ${input.activity_id}`);
    });
    assertCanWrite(ctx.actor, 'iteration', { providerId: activity.provider_id });
    await check(tx, activity.event_type, input);
    const id = input.id ?? newId(`${activity.key}-${input.start_date}`);
    const at = now();
    await insertVersioned(
      tx.db,
      versioned('iteration'),
      { id, activity_id: activity.id, ...columns(input) },
      at,
    );
    await writeExercise(tx, id, input.exercise);
    const created = await getIteration(tx, id);
    await audit(tx, 'create', 'iteration', id, undefined, created, at);
    return created;
  });
}

export async function updateIteration(ctx: Ctx, id: string, patch: IterationPatch): Promise<IterationOut> {
  assertCanWrite(ctx.actor, 'iteration');
  return inTransaction(ctx, async (tx) => {
    const row = await readableIteration(tx, id);
    assertCanWrite(ctx.actor, 'iteration', iterationScope(row));
    const before = await getIteration(tx, id);
    const { version, ...changes } = patch;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const merged = { ...before, ...defined } as unknown as IterationFields;
    await check(tx, row.event_type, merged);
    const at = now();
    await updateVersioned(tx.db, versioned('iteration'), id, requireVersion(version), columns(merged), at);
    if ('exercise' in defined) await writeExercise(tx, id, merged.exercise);
    const after = await getIteration(tx, id);
    await audit(tx, 'update', 'iteration', id, before, after, at);
    return after;
  });
}

export async function deleteIteration(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'iteration');
  await inTransaction(ctx, async (tx) => {
    const row = await readableIteration(tx, id);
    assertCanWrite(ctx.actor, 'iteration', iterationScope(row));
    const before = await getIteration(tx, id);
    if (await iterationIsReferenced(tx.db, id))
      throw DomainError.field(
        'record.referenced',
        'id',
        `iteration ${id} has nominations; cancel it instead`,
      );
    await requireVersion(version);
    await deleteExercise(tx.db, id);
    await deleteAudited(tx, versioned('iteration'), id, version, before);
  });
}
