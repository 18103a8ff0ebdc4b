import type { Kysely } from 'kysely';
import type { DB, MailOutboxTable } from './schema.js';

/** The mail outbox (migration 0013): written in the transaction of the change, read by the sender. */

export type OutboxRow = MailOutboxTable;

/**
 * Queues a message unless one with the same `dedupe_key` is already there (a reminder written by an
 * earlier scan, or by another instance): answers whether this call queued it.
 */
export async function enqueueMail(db: Kysely<DB>, row: OutboxRow): Promise<boolean> {
  const result = await db
    .insertInto('mail_outbox')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Messages waiting whose next attempt is due, oldest first. */
export async function dueMail(db: Kysely<DB>, at: string, limit: number): Promise<OutboxRow[]> {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', at)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countPendingMail(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What /metrics says of the outbox: messages waiting and when the oldest of them was written. */
export async function pendingMailSummary(
  db: Kysely<DB>,
): Promise<{ pending: number; oldestCreatedAt: string | null }> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return { pending: Number(row.n), oldestCreatedAt: row.oldest ? String(row.oldest) : null };
}

/**
 * Takes a message for one attempt: moves its next attempt to the end of the lease, only if nobody
 * else did since it was read. Answers whether this sender holds it now.
 */
export async function claimMail(db: Kysely<DB>, row: OutboxRow, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ next_attempt_at: leaseUntil, attempts: row.attempts + 1 })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', row.attempts)
    .where('next_attempt_at', '=', row.next_attempt_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markMailSent(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: at, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: tried again at `retryAt`, or given up (`failed`) when there is none. */
export async function markMailFailed(
  db: Kysely<DB>,
  id: string,
  error: string,
  retryAt: string | null,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set(retryAt ? { last_error: error, next_attempt_at: retryAt } : { last_error: error, status: 'failed' })
    .where('id', '=', id)
    .execute();
}

/** The messages queued for a record, oldest first (what was sent about it, to whom). */
export async function mailAbout(db: Kysely<DB>, recordId: string): Promise<OutboxRow[]> {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
