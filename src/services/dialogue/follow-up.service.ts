import { addDays, formatISO, parseISO } from 'date-fns';
import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { DUE_SOON_DAYS } from '../../domain/dialogue/follow-up-state.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type { FollowUpCreate, FollowUpOut, FollowUpPatch } from '../../schemas/dialogue/meeting.schema.js';
import { audit, requireVersion } from '../../store/core/records.js';
import { type FollowUpFilter, findFollowUp, listFollowUps } from '../../store/dialogue/dialogue.repo.js';
import {
  deleteDialogue,
  insertDialogue,
  updateDialogue,
} from '../../store/dialogue/dialogue-records.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import type { MailKind } from '../core/mail-messages.js';
import { today } from '../core/today.js';
import { queueFollowUpMail, requireAccount, requireAssignee } from './follow-up-mail.service.js';
import { followUpScopes, presentFollowUp, requireMeeting } from './meeting.service.js';

export async function getFollowUp(ctx: Ctx, id: string, on = today()): Promise<FollowUpOut> {
  assertCanRead(ctx.actor, 'follow_up');
  const row = await findFollowUp(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no follow-up ${id}`);
  const [meeting, own] = followUpScopes(row);
  assertCanRead(ctx.actor, 'meeting', meeting);
  assertCanRead(ctx.actor, 'follow_up', own);
  return presentFollowUp(ctx.actor, row, on);
}

export interface FollowUpQuery {
  partner_id?: string;
  meeting_id?: string;
  status?: 'open' | 'done' | 'cancelled';
  /** an account's tasks; `me`: the reader's own */
  assignee_id?: string;
  q?: string;
  due?: 'overdue' | 'due_soon';
  on?: string;
}

/** Follow-up actions the actor may read: per partner or meeting, and those overdue or due soon. */
export async function listFollowUpPage(
  ctx: Ctx,
  q: FollowUpQuery,
  page: ListQuery,
): Promise<Page<FollowUpOut>> {
  assertCanRead(ctx.actor, 'follow_up');
  const on = q.on ?? today();
  const assignee = q.assignee_id === 'me' ? ctx.actor.id : q.assignee_id;
  const filter: FollowUpFilter = {
    partner_id: q.partner_id,
    meeting_id: q.meeting_id,
    status: q.status,
    assignee_id: assignee,
    q: q.q,
  };
  if (q.due === 'overdue') filter.dueBefore = on;
  if (q.due === 'due_soon') {
    filter.dueFrom = on;
    filter.dueTo = formatISO(addDays(parseISO(on), DUE_SOON_DAYS), { representation: 'date' });
  }
  const { rows, total } = await listFollowUps(ctx.db, ctx.actor, filter, page.limit, page.offset);
  return { items: rows.map((r) => presentFollowUp(ctx.actor, r, on)), total, ...page };
}

function columns(f: Omit<FollowUpCreate, 'id' | 'meeting_id'>) {
  return {
    action: f.action,
    owner: f.owner ?? null,
    assignee_id: f.assignee_id ?? null,
    due_date: f.due_date ?? null,
    status: f.status,
    note: f.note ?? null,
    marking: f.marking,
    releasable_to: JSON.stringify(f.releasable_to),
  };
}

export async function createFollowUp(ctx: Ctx, input: FollowUpCreate): Promise<FollowUpOut> {
  assertCanWrite(ctx.actor, 'follow_up');
  const id = input.id ?? newId(input.action.slice(0, 40));
  return inTransaction(ctx, async (tx) => {
    try {
      await requireMeeting(tx, input.meeting_id);
    } catch {
      throw DomainError.field('record.reference_missing', 'meeting_id', `no meeting ${input.meeting_id}`);
    }
    if (input.assignee_id) await requireAccount(tx, input.assignee_id);
    const at = now();
    await insertDialogue(tx.db, 'follow_up', { id, meeting_id: input.meeting_id, ...columns(input) }, at);
    const created = await getFollowUp(tx, id);
    await audit(tx, 'create', 'follow_up', id, undefined, created, at);
    if (input.assignee_id) await tellAssignee(tx, created, input.assignee_id, 'follow_up.assigned');
    return created;
  });
}

export async function updateFollowUp(ctx: Ctx, id: string, patch: FollowUpPatch): Promise<FollowUpOut> {
  assertCanWrite(ctx.actor, 'follow_up');
  return inTransaction(ctx, async (tx) => {
    const before = await getFollowUp(tx, id);
    const { version, ...changes } = patch;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const merged = { ...before, ...defined } as FollowUpOut;
    const at = now();
    // The writer may assign (dialogue write), so the presented follow-up names its assignee.
    const previous = before.assignee?.id ?? null;
    const assigneeId = 'assignee_id' in changes ? (patch.assignee_id ?? null) : previous;
    if (assigneeId && assigneeId !== previous) await requireAccount(tx, assigneeId);
    await updateDialogue(
      tx.db,
      'follow_up',
      id,
      requireVersion(version),
      columns({ ...merged, assignee_id: assigneeId }),
      at,
    );
    const after = await getFollowUp(tx, id);
    await audit(tx, 'update', 'follow_up', id, before, after, at);
    if (assigneeId && assigneeId !== previous) {
      const kind = previous ? 'follow_up.reassigned' : 'follow_up.assigned';
      await tellAssignee(tx, after, assigneeId, kind);
    } else if (assigneeId) {
      // Still theirs: a narrower marking must not take it out of their sight.
      await requireAssignee(tx, id, assigneeId);
    }
    return after;
  });
}

/** Checks the new assignee may hold the task, then queues their e-mail in the same transaction. */
async function tellAssignee(tx: Ctx, f: FollowUpOut, assigneeId: string, kind: MailKind): Promise<void> {
  const assignee = await requireAssignee(tx, f.id, assigneeId);
  await queueFollowUpMail(tx, kind, f.id, assignee, `${kind}:${f.id}:${f.version}:${assignee.id}`);
}

export async function deleteFollowUp(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'follow_up');
  await inTransaction(ctx, async (tx) => {
    const before = await getFollowUp(tx, id);
    await deleteDialogue(tx.db, 'follow_up', id, requireVersion(version));
    await audit(tx, 'delete', 'follow_up', id, before, undefined, now());
  });
}
