import nodemailer from 'nodemailer';
import type { Store } from '../../store/core/db.js';
import {
  claimMail,
  countPendingMail,
  dueMail,
  markMailFailed,
  markMailSent,
  type OutboxRow,
} from '../../store/core/outbox.repo.js';

/**
 * Delivers the outbox over SMTP. Requests never send mail themselves: they write a row in the
 * transaction of their change, and this loop sends it, so a slow or absent mail server never
 * blocks nor fails a request, and a message survives a restart. Each attempt is leased (see
 * claimMail), a failure is retried with exponential backoff, and after the last attempt the row is
 * kept as `failed` with its error, for an administrator to read.
 */
export interface MailSettings {
  /** SMTP_URL; unset: nothing is sent and the outbox is kept */
  smtpUrl?: string;
  from: string;
}

export interface MailLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;
const LAST_RETRY_MS = 6 * 3_600_000;
/** How long a sender holds a message it is sending before another may try it. */
const LEASE_MS = 120_000;
const BATCH = 50;

/** The wait before attempt n + 1: one minute, doubling, at most six hours; none after the last. */
export function retryDelayMs(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LAST_RETRY_MS);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  /** messages left waiting because no SMTP server is configured */
  kept: number;
}

type Transport = ReturnType<typeof nodemailer.createTransport>;

/** One pass over the messages due now. */
export async function deliverOutbox(
  store: Store,
  settings: MailSettings,
  log: MailLog,
  transport: Transport | undefined = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl)
    : undefined,
  at = new Date(),
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, kept: 0 };
  if (!transport) {
    report.kept = await countPendingMail(store.db);
    if (report.kept > 0)
      log.warn(`SMTP_URL is not set: ${report.kept} notification(s) kept in the outbox, none sent`);
    return report;
  }
  const rows = await dueMail(store.db, at.toISOString(), BATCH);
  for (const row of rows) {
    if (!(await claimMail(store.db, row, new Date(at.getTime() + LEASE_MS).toISOString()))) continue;
    const attempts = row.attempts + 1;
    try {
      await transport.sendMail(messageOf(row, settings.from));
      await markMailSent(store.db, row.id, new Date().toISOString());
      report.sent++;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const delay = retryDelayMs(attempts);
      await markMailFailed(
        store.db,
        row.id,
        reason.slice(0, 1000),
        delay === null ? null : new Date(Date.now() + delay).toISOString(),
      );
      if (delay === null) {
        report.failed++;
        log.error(`notification ${row.id} to ${row.recipient_id} failed ${attempts} times: ${reason}`);
      } else {
        report.retried++;
        log.warn(`notification ${row.id} not sent (attempt ${attempts}), retried later: ${reason}`);
      }
    }
  }
  return report;
}

function messageOf(row: OutboxRow, from: string) {
  return {
    from,
    to: row.to_address,
    subject: row.subject,
    text: row.body_text,
    html: row.body_html,
    headers: { 'Content-Language': row.locale, 'X-Concord-Notification': row.kind },
  };
}

export interface MailerOptions extends MailSettings {
  intervalMs: number;
  log: MailLog;
  /** what else to do on each tick before sending (writing the due-tomorrow reminders) */
  beforeEach?: () => Promise<void>;
}

/** Runs `deliverOutbox` every interval (never two passes at once) until the returned stop is called. */
export function startMailer(store: Store, options: MailerOptions): () => Promise<void> {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  if (!transport) options.log.warn('SMTP_URL is not set: notifications are kept in the outbox, none sent');
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      await options.beforeEach?.();
      await deliverOutbox(store, options, options.log, transport);
    } catch (err) {
      options.log.error(`the outbox could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = tick().finally(() => {
      running = undefined;
    });
  }, options.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    transport?.close();
  };
}
