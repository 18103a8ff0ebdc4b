import { z } from 'zod';
import { ROLES } from '../../domain/trust/actor.js';
import { recordCan, slugId } from '../core/common.schema.js';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{1,63}$/, 'must be 2–64 letters, digits, dots, dashes, @ or underscores')
  .describe('Sign-in name');

/** The languages a user may be written to in: their notifications (account `locale`). */
export const LOCALES = ['en', 'fr', 'ru'] as const;
export const locale = z.enum(LOCALES).describe('The language notifications are written in: en, fr or ru');
export const email = z
  .email('must be an e-mail address')
  .max(254)
  .describe('Where notifications are sent (none: the user reads their tasks in the app only)');

export const password = z.string().min(12, 'must be at least 12 characters').max(256).describe('Password');

export const userCreate = z.strictObject({
  username,
  display_name: z.string().trim().min(1).max(200).optional(),
  role: z
    .enum(ROLES)
    .describe(
      'admin, staff, observer, partner (bound to a country), provider (bound to an organization), public',
    ),
  organization_id: slugId
    .nullish()
    .describe('The country (partner) or organization (provider) the user speaks for'),
  password: password.optional().describe('Leave out to have one generated'),
  email: email.nullish(),
  locale: locale.default('en'),
});

export const signIn = z.strictObject({
  username: z.string().max(64),
  password: z.string().max(256),
});

export const userOutput = z.object({
  can: recordCan,
  id: z.string(),
  username: z.string(),
  display_name: z.string(),
  role: z.enum(ROLES),
  organization_id: z.string().nullable(),
  disabled: z.boolean(),
  locale: z.enum(LOCALES),
});

export const sessionOutput = z.object({
  user: userOutput,
  csrf_token: z.string().describe('Send as X-CSRF-Token on every state-changing request'),
  expires_at: z.string(),
  capabilities: z
    .array(z.string())
    .describe('What the user may do somewhere, as <resource>.<action> (menu.write, aggregate.read, …)'),
});

export type UserCreate = z.input<typeof userCreate>;
export type Locale = (typeof LOCALES)[number];
export type UserOut = z.infer<typeof userOutput>;
export type SessionOut = z.infer<typeof sessionOutput>;
