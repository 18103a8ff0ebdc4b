import { addDays, formatISO, parseISO } from 'date-fns';
import { setting } from '../../config.js';
import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { nameOn } from '../../domain/registry/names.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import { allowedOn } from '../../domain/trust/policy.js';
import type { AssigneeOut, FollowUpOut } from '../../schemas/dialogue/meeting.schema.js';
import type { Locale } from '../../schemas/trust/account.schema.js';
import { enqueueMail } from '../../store/core/outbox.repo.js';
import type { UserTable } from '../../store/core/schema.js';
import { assignedFollowUpsDueOn, findFollowUp } from '../../store/dialogue/dialogue.repo.js';
import { namesOf } from '../../store/registry/names.repo.js';
import { assignableUsers, findUserById } from '../../store/trust/account.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import type { MailKind } from '../core/mail-messages.js';
import { renderFollowUpMail } from '../core/mail-render.js';
import { today } from '../core/today.js';
import { actorOfUser } from '../trust/account.service.js';
import { followUpScopes, presentFollowUp } from './meeting.service.js';

/**
 * Follow-ups as tasks: who may be given one, and the e-mails that tell them. A message is composed
 * from the follow-up as its recipient reads it (presented with the recipient as the reader), so it
 * never carries what they may not read; it is queued in the transaction of the change that causes
 * it (services/core/mail.sender.ts sends it).
 */

/** Roles a task may belong to: the organization's staff, and the officials of the meeting's partner. */
function mayHoldTasksOf(user: UserTable, partnerId: string): boolean {
  if (user.role === 'staff' || user.role === 'admin') return true;
  return user.role === 'partner' && user.organization_id === partnerId;
}

/** The follow-up as this account would read it, or null when the policy hides it from them. */
async function followUpAs(ctx: Ctx, user: UserTable, id: string): Promise<FollowUpOut | null> {
  const row = await findFollowUp(ctx.db, id);
  if (!row) return null;
  const reader = actorOfUser(user);
  const [meeting, own] = followUpScopes(row);
  if (!allowedOn(reader, 'read', 'dialogue', meeting) || !allowedOn(reader, 'read', 'dialogue', own))
    return null;
  return presentFollowUp(reader, row);
}

/** An active account to give a task to, checked before the write that names it (400, not a broken key). */
export async function requireAccount(tx: Ctx, assigneeId: string): Promise<UserTable> {
  const user = await findUserById(tx.db, assigneeId);
  if (!user || user.disabled === 1)
    throw DomainError.field('request.invalid', 'assignee_id', `no active account ${assigneeId}`);
  return user;
}

/**
 * The assignee of a follow-up as written (in the caller's transaction): an active account of staff or
 * of the meeting's partner who may read the follow-up and its meeting. Refused with 400 naming
 * `assignee_id` otherwise, so a task is never given to someone who could not read it.
 */
export async function requireAssignee(tx: Ctx, followUpId: string, assigneeId: string): Promise<UserTable> {
  const user = await requireAccount(tx, assigneeId);
  const row = await findFollowUp(tx.db, followUpId);
  if (!row) throw DomainError.field('record.not_found', 'id', `no follow-up ${followUpId}`);
  if (!mayHoldTasksOf(user, row.partner_id))
    throw DomainError.field(
      'request.invalid',
      'assignee_id',
      `${user.display_name} is neither staff nor an official of ${row.partner_id}`,
    );
  if (!(await followUpAs(tx, user, followUpId)))
    throw DomainError.field(
      'request.invalid',
      'assignee_id',
      `${user.display_name} may not read this follow-up or its meeting (release it to ${row.partner_id} first)`,
    );
  return user;
}

async function partnerName(ctx: Ctx, partnerId: string, day: string, locale: Locale): Promise<string> {
  const names = (await namesOf(ctx.db, 'organization_name', [partnerId])).get(partnerId) ?? [];
  return nameOn(names, day, locale) ?? nameOn(names, day) ?? partnerId;
}

/**
 * Queues the message of `kind` about a follow-up for its assignee, written in their language; none
 * when the account has no e-mail address (the task is on their home page all the same) or may not
 * read the follow-up any more. `dedupeKey` makes a second call for the same cause a no-op.
 */
export async function queueFollowUpMail(
  tx: Ctx,
  kind: MailKind,
  followUpId: string,
  assignee: UserTable,
  dedupeKey: string,
): Promise<boolean> {
  if (!assignee.email || assignee.disabled === 1) return false;
  const seen = await followUpAs(tx, assignee, followUpId);
  if (!seen) return false;
  const locale = (assignee.locale ?? 'en') as Locale;
  const by =
    tx.actor.id === assignee.id ? null : ((await findUserById(tx.db, tx.actor.id))?.display_name ?? null);
  const link = new URL(
    `/dialogue/meetings/${encodeURIComponent(seen.meeting_id)}#follow-up-${encodeURIComponent(seen.id)}`,
    setting('PUBLIC_URL'),
  ).toString();
  const mail = renderFollowUpMail(kind, locale, {
    action: seen.action,
    note: seen.note,
    due: seen.due_date,
    partner: await partnerName(tx, seen.partner_id, seen.meeting_date, locale),
    meetingDate: seen.meeting_date,
    by,
    link,
  });
  const at = now();
  return enqueueMail(tx.db, {
    id: newId('mail'),
    kind,
    dedupe_key: dedupeKey,
    recipient_id: assignee.id,
    record_id: followUpId,
    to_address: assignee.email,
    locale,
    subject: mail.subject,
    body_text: mail.text,
    body_html: mail.html,
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    last_error: null,
    created_at: at,
    sent_at: null,
  });
}

/**
 * Writes the reminders of open follow-ups due the day after `on`, one per follow-up, due date and
 * assignee (a second scan, or another instance's, writes none). Answers how many were queued.
 */
export async function queueDueTomorrowReminders(ctx: Ctx, on = today()): Promise<number> {
  const tomorrow = formatISO(addDays(parseISO(on), 1), { representation: 'date' });
  let queued = 0;
  for (const f of await assignedFollowUpsDueOn(ctx.db, tomorrow)) {
    if (!f.assignee_id) continue;
    const done = await inTransaction(ctx, async (tx) => {
      const assignee = await findUserById(tx.db, f.assignee_id as string);
      if (!assignee) return false;
      return queueFollowUpMail(
        tx,
        'follow_up.due_tomorrow',
        f.id,
        assignee,
        `follow_up.due_tomorrow:${f.id}:${f.due_date}:${assignee.id}`,
      );
    });
    if (done) queued++;
  }
  return queued;
}

/** Accounts a follow-up of this partner's meetings may be given to (the form's choices). */
export async function listAssignees(ctx: Ctx, partnerId: string): Promise<AssigneeOut[]> {
  assertCanWrite(ctx.actor, 'follow_up');
  return (await assignableUsers(ctx.db, partnerId)).map((u) => ({
    id: u.id,
    display_name: u.display_name,
    partner_id: u.role === 'partner' ? u.organization_id : null,
  }));
}
