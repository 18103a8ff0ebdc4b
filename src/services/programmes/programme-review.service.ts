import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { choicesOf, type ProgrammeContent } from '../../domain/programmes/content.js';
import { renewedContent } from '../../domain/programmes/renewal.js';
import { computeReview } from '../../domain/programmes/review.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import type {
  FeedbackInput,
  FeedbackOut,
  ProgrammeOut,
  ReviewOut,
} from '../../schemas/programmes/programme.schema.js';
import { audit } from '../../store/core/records.js';
import {
  activitiesByIds,
  areaCodes,
  attendedCounts,
  feedbackOf,
  insertFeedback,
  iterationsByIds,
  iterationsOfActivities,
} from '../../store/programmes/programme.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { contentAt, createProgramme, readableProgramme, scopeOf } from './programme.service.js';

const presentFeedback = (f: FeedbackOut): FeedbackOut => ({
  id: f.id,
  iteration_id: f.iteration_id,
  rating: f.rating,
  comment: f.comment,
  author_id: f.author_id,
  created_at: f.created_at,
});

/** Implementation of the content in force over its period: planned, held, attended, feedback. */
export async function reviewProgramme(ctx: Ctx, id: string): Promise<ReviewOut> {
  const row = await readableProgramme(ctx, id);
  const content = await contentAt(ctx, id, row.content_version);
  const activityIds = choicesOf(content).map((c) => c.choice.activity_id);
  const [activities, iterations, feedback, areaNames] = await Promise.all([
    activitiesByIds(ctx.db, activityIds),
    iterationsOfActivities(ctx.db, activityIds),
    feedbackOf(ctx.db, id),
    areaCodes(ctx.db),
  ]);
  const attended = await attendedCounts(
    ctx.db,
    row.partner_id,
    iterations.map((i) => i.id),
  );
  const review = computeReview({
    content,
    activities: new Map(activities.map((a) => [a.id, a])),
    iterations,
    attended,
    feedback,
    areaNames,
  });
  return {
    programme_id: row.id,
    partner_id: row.partner_id,
    kind: row.kind,
    status: row.status,
    ...review,
    feedback: feedback.map(presentFeedback),
  };
}

export async function listFeedback(ctx: Ctx, id: string): Promise<FeedbackOut[]> {
  await readableProgramme(ctx, id);
  return (await feedbackOf(ctx.db, id)).map(presentFeedback);
}

/** A participant's feedback on an iteration of an activity the programme chose. */
export async function addFeedback(ctx: Ctx, id: string, input: FeedbackInput): Promise<FeedbackOut> {
  assertCanWrite(ctx.actor, 'programme');
  return inTransaction(ctx, async (tx) => {
    const row = await readableProgramme(tx, id);
    assertCanWrite(tx.actor, 'programme', scopeOf(row));
    const content = await contentAt(tx, id, row.content_version);
    const [iteration] = await iterationsByIds(tx.db, [input.iteration_id]);
    if (!iteration)
      throw DomainError.field(
        'record.reference_missing',
        'iteration_id',
        `no iteration ${input.iteration_id}`,
      );
    const chosen = choicesOf(content).some(
      ({ choice }) =>
        choice.iteration_id === iteration.id ||
        (choice.iteration_id === null && choice.activity_id === iteration.activity_id),
    );
    if (!chosen)
      throw DomainError.field(
        'programme.iteration_not_chosen',
        'iteration_id',
        `iteration ${iteration.id} is not of an activity chosen in ${id}`,
      );
    const at = now();
    const entry = {
      id: newId('feedback'),
      programme_id: id,
      iteration_id: iteration.id,
      rating: input.rating,
      comment: input.comment ?? null,
      author_id: tx.actor.id,
      created_at: at,
    };
    await insertFeedback(tx.db, entry);
    await audit(tx, 'create', 'programme_feedback', entry.id, undefined, entry, at);
    return presentFeedback(entry);
  });
}

/**
 * The next period's programme, as a draft: open objectives and goals carry over, chosen iterations
 * that start before the new period do not (their activity stays chosen).
 */
export async function renewProgramme(
  ctx: Ctx,
  id: string,
  input: { id?: string | undefined; kind?: 'IPP' | 'IPCP' | 'ITPP' | undefined },
): Promise<ProgrammeOut> {
  assertCanWrite(ctx.actor, 'programme');
  return inTransaction(ctx, async (tx) => {
    const row = await readableProgramme(tx, id);
    assertCanWrite(tx.actor, 'programme', scopeOf(row));
    const current: ProgrammeContent = await contentAt(tx, id, row.content_version);
    const iterationIds = choicesOf(current).flatMap((c) =>
      c.choice.iteration_id ? [c.choice.iteration_id] : [],
    );
    const starts = new Map((await iterationsByIds(tx.db, iterationIds)).map((i) => [i.id, i.start_date]));
    const next = renewedContent(current, starts);
    return createProgramme(tx, {
      ...(input.id ? { id: input.id } : {}),
      partner_id: row.partner_id,
      kind: input.kind ?? next.kind,
      start_date: next.period.start,
      end_date: next.period.end,
      objectives: next.objectives,
      marking: row.marking as 'public' | 'partners' | 'organization',
      releasable_to: JSON.parse(row.releasable_to) as string[],
      illustrative: row.illustrative === 1,
      renewed_from: row.id,
    });
  });
}
