import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../domain/core/errors.js';
import type { Actor, Role } from '../../domain/trust/actor.js';
import { audit } from '../../store/core/records.js';
import {
  calendarTokensOf,
  findCalendarTokenWithUser,
  insertCalendarToken,
  revokeCalendarToken,
  touchCalendarToken,
} from '../../store/trust/calendar-token.repo.js';
import { type Ctx, contextFor, inTransaction, now } from '../core/context.js';
import { menuCalendar, partnerCalendar } from '../insight/calendar.service.js';

/**
 * Private calendar subscriptions (issue 17): a calendar application cannot send a session cookie, so
 * an account creates a secret address that answers, without a session, the calendar that account
 * would read — its partner's nominations, its provider's iterations, or the menu — with exactly the
 * account's own visibility. The secret is shown once and only its hash is kept; the owner lists
 * and revokes them; creation, revocation and each refused use are audited.
 */
export interface SubscriptionOut {
  id: string;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const FEED_PREFIX = '/api/calendar/feeds/';

function signedIn(ctx: Ctx) {
  if (ctx.actor.role === 'public') throw new DomainError('auth.required', 'Sign in first');
}

const present = (row: SubscriptionOut): SubscriptionOut => ({
  id: row.id,
  label: row.label,
  created_at: row.created_at,
  last_used_at: row.last_used_at,
  revoked_at: row.revoked_at,
});

export async function createSubscription(
  ctx: Ctx,
  label: string | undefined,
): Promise<SubscriptionOut & { url: string }> {
  signedIn(ctx);
  const token = randomBytes(32).toString('base64url');
  const row = {
    id: sha256(token),
    user_id: ctx.actor.id,
    label: label ?? null,
    created_at: now(),
    last_used_at: null,
    revoked_at: null,
  };
  await inTransaction(ctx, async (tx) => {
    await insertCalendarToken(tx.db, row);
    await audit(tx, 'create', 'calendar_token', row.id, undefined, present(row), row.created_at);
  });
  return { ...present(row), url: `${FEED_PREFIX}${token}.ics` };
}

export async function listSubscriptions(ctx: Ctx): Promise<SubscriptionOut[]> {
  signedIn(ctx);
  return (await calendarTokensOf(ctx.db, ctx.actor.id)).map(present);
}

export async function revokeSubscription(ctx: Ctx, id: string): Promise<void> {
  signedIn(ctx);
  await inTransaction(ctx, async (tx) => {
    const at = now();
    // another account's subscription and an absent one are answered alike
    if (!(await revokeCalendarToken(tx.db, id, ctx.actor.id, at)))
      throw DomainError.field('record.not_found', 'id', `no subscription ${id}`);
    await audit(tx, 'update', 'calendar_token', id, { revoked_at: null }, { revoked_at: at }, at);
  });
}

/** The calendar a secret address answers, as its account would read it; 404 for any other secret. */
export async function subscribedCalendar(ctx: Ctx, token: string): Promise<string> {
  const row = /^[\w-]{43}$/.test(token) ? await findCalendarTokenWithUser(ctx.db, sha256(token)) : undefined;
  if (!row || row.revoked_at || row.disabled === 1)
    throw DomainError.field('record.not_found', 'token', 'no such subscription');
  await touchCalendarToken(ctx.db, row.id, now());
  const actor: Actor = {
    id: row.user_id,
    role: row.role as Role,
    ...(row.organization_id ? { organizationId: row.organization_id } : {}),
  };
  const as = contextFor(ctx.store, actor);
  if (actor.role === 'partner' && actor.organizationId) return partnerCalendar(as, actor.organizationId);
  if (actor.role === 'provider' && actor.organizationId)
    return menuCalendar(as, { provider: actor.organizationId });
  return menuCalendar(as);
}
