import { z } from 'zod';

/**
 * TRUST_PROXY as Fastify takes it: `true` trusts every proxy (only behind a proxy that strips
 * forwarded headers), a number trusts that many hops, anything else is a comma-separated list of
 * addresses or CIDR ranges. Unset trusts nobody, so a client cannot claim https by itself.
 */
export const trustProxy = z
  .string()
  .trim()
  .min(1)
  .transform((value): boolean | number | string[] => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
  })
  .optional()
  .describe('proxies to believe for X-Forwarded-*: hop count, true, or addresses/CIDRs (comma-separated)');

/** A costly route's limit: `<per address>/<per account>` requests a window (RATE_LIMIT_MINUTES). */
function costlyRate(what: string, fallback: string) {
  return z
    .string()
    .trim()
    .regex(/^\d+\/\d+$/, 'write two numbers: per address/per account, e.g. 20/10')
    .default(fallback)
    .transform((v) => {
      const [perAddress, perAccount] = v.split('/').map(Number) as [number, number];
      return { perAddress, perAccount };
    })
    .refine((r) => r.perAddress >= 1 && r.perAccount >= 1, 'at least 1/1')
    .describe(`${what}: requests per window from one address / by one account (then 429)`);
}

/**
 * Settings come from the environment only, and this is the only file that reads it
 * (test/config.test.ts fails on any other reader in src/): each variable is declared once here,
 * validated with a message naming it, and documented in the README's configuration table.
 */
/** A switch: set to anything but '', '0' or 'false' turns it on. */
const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && !['', '0', 'false'].includes(v));

const environment = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .describe(
      'unset → ./data/concord.db; sqlite:///absolute/path.db; postgres://user:password@host/db, or postgres:///db for the local socket (as psql)',
    ),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (a read replica)')
    .optional()
    .describe('a PostgreSQL read replica for read-only queries'),
  PGUSER: z
    .string()
    .optional()
    .describe('the PostgreSQL user when the URL names none (else the operating-system user, as psql does)'),
  PGHOST: z
    .string()
    .optional()
    .describe('the PostgreSQL socket folder or host for a URL that names none (as psql: postgres:///db)'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('localhost').describe('interface to listen on; 0.0.0.0 to serve other machines'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  BACKUP_DIR: z
    .string()
    .default('./data/backups')
    .describe('where scheduled and pre-migration backups are written (verified, then named concord-*.jsonl)'),
  BACKUP_INTERVAL: z
    .string()
    .regex(/^\d+(s|m|h|d)$/, 'write a number and a unit: 90s, 30m, 6h or 1d')
    .transform((v) => Number.parseInt(v, 10) * { s: 1, m: 60, h: 3600, d: 86400 }[v.slice(-1) as 's'])
    .refine((seconds) => seconds >= 60, 'at least 60s')
    .optional()
    .describe('write a verified backup this often while serving (unset: no scheduled backups)'),
  RESPONSE_CACHE_MB: z.coerce
    .number()
    .min(0)
    .default(32)
    .describe('memory for rendered GET answers, replayed until the data changes; 0 turns it off'),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(14).describe('scheduled backups kept (the newest)'),
  ATTACHMENTS_DIR: z
    .string()
    .default('./data/attachments')
    .describe(
      'where attached files (meeting minutes…) are kept, outside the database, named by their SHA-256',
    ),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024)
    .describe('the largest file that may be attached, in bytes'),
  FEED_POLL_INTERVAL: z
    .string()
    .regex(/^(0|\d+(s|m|h|d))$/, 'write a number and a unit: 90s, 30m, 6h or 1d; 0 to stop polling')
    .default('30m')
    .transform((v) =>
      v === '0' ? 0 : Number.parseInt(v, 10) * { s: 1, m: 60, h: 3600, d: 86400 }[v.slice(-1) as 's'],
    )
    .refine((seconds) => seconds === 0 || seconds >= 60, 'at least 60s')
    .describe('poll the press desk’s news feeds this often while serving (0: only `concord feeds poll`)'),
  // `auto` was the old default that filled any empty database with demo accounts: now it means off.
  CONCORD_DEMO: z
    .preprocess((v) => (v === 'auto' ? 'off' : v), z.enum(['on', 'off']))
    .default('off')
    .describe(
      'on: load the demo data into an empty database (as `concord serve --demo`); never in production',
    ),
  TRUST_PROXY: trustProxy,
  SIGNIN_PER_IP_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('sign-in attempts one address may make per window, whatever names it tries (then 429)'),
  SIGNIN_PER_IP_MINUTES: z.coerce.number().min(0.01).default(1).describe('the window of SIGNIN_PER_IP_MAX'),
  RATE_LIMIT_PDF: costlyRate('PDF documents printed (the briefing pack, programme documents)', '20/10'),
  RATE_LIMIT_INGEST: costlyRate('press reports read (and news-feed polls)', '30/20'),
  RATE_LIMIT_IMPORT: costlyRate('spreadsheet and file imports', '10/5'),
  RATE_LIMIT_SEARCH: costlyRate('searches of every kind of record at once (/api/search)', '240/120'),
  RATE_LIMIT_MINUTES: z.coerce
    .number()
    .min(0.01)
    .default(1)
    .describe('the window of the RATE_LIMIT_* settings'),
  AUDIT_CHECKPOINT_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('directory (outside the database) where the server writes signed audit checkpoints'),
  AUDIT_CHECKPOINT_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('PEM file of the Ed25519 private key that signs checkpoints (created 0600 when missing)'),
  AUDIT_CHECKPOINT_EVERY: z.coerce
    .number()
    .int()
    .min(1)
    .default(1000)
    .describe('entries between checkpoints'),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().min(0.01).default(60).describe('minutes between checkpoints'),
  BACKUP_KEY: z
    .string()
    .min(32)
    .optional()
    .describe('passphrase (32+ characters) that encrypts backups and decrypts them at restore'),
  CONCORD_CHROMIUM: z
    .string()
    .min(1)
    .default('/usr/bin/chromium')
    .describe('the Chromium that renders PDF documents (programmes, the briefing pack)'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .describe(
      'where notifications are sent, e.g. smtp://user:password@mail.example.org:587 (unset: kept in the outbox, nothing sent)',
    ),
  MAIL_FROM: z.string().min(3).default('Concord <concord@localhost>').describe('the From of notifications'),
  MAIL_POLL_SECONDS: z.coerce
    .number()
    .min(0.05)
    .default(30)
    .describe('how often the outbox is read and due-tomorrow reminders are written'),
  PUBLIC_URL: z
    .url()
    .default('http://localhost:4000')
    .describe('the address users reach Concord at: the links in notifications'),
  CONCORD_DEBUG: flag.describe('1: a failed command also prints the stack trace'),
  IATI_REPORTING_ORG: z
    .string()
    .regex(/^[A-Za-z0-9]+(-[A-Za-z0-9.]+)+$/, 'must be an IATI organisation identifier, e.g. XI-IATI-EXAMPLE')
    .default('XI-IATI-CONCORD')
    .describe(
      'the IATI organisation identifier of the organization publishing the IATI export (its registered one)',
    ),
  IATI_REPORTING_ORG_NAME: z
    .string()
    .min(1)
    .default('North Atlantic Treaty Organization')
    .describe('the name of the publishing organization in the IATI export'),
});

/** Single sign-on: all four of issuer, client id, secret and redirect URI, or none. */
const oidcSchema = z.object({
  OIDC_ISSUER: z.url(),
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_REDIRECT_URI: z.url(),
  OIDC_ROLE_CLAIM: z.string().min(1).default('concord_role'),
  OIDC_SCOPES: z.string().default('openid profile email'),
});

export type Config = z.output<typeof environment>;
export type OidcSettings = z.output<typeof oidcSchema>;
type Env = Record<string, string | undefined>;

function fail(what: string, error: z.ZodError, prefix = ''): never {
  const lines = error.issues.map((i) => `${prefix}${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid ${what}: ${lines.join('; ')}`);
}

/**
 * The whole configuration, validated at start (single sign-on included, so that a half-configured
 * provider stops the start rather than the first sign-in). `overrides` are command-line options that
 * take the place of a variable (`serve --port`).
 */
export function loadConfig(overrides: Env = {}, env: Env = process.env): Config {
  const merged = {
    ...env,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  const parsed = environment.safeParse(merged);
  if (!parsed.success) fail('environment', parsed.error);
  oidcSettings(merged);
  return parsed.data;
}

/**
 * One setting, read when it is needed rather than once at import: a library module (the store, a
 * renderer) then never fails to load over an unrelated variable, and tests may set it per case.
 */
export function setting<K extends keyof Config>(name: K, env: Env = process.env): Config[K] {
  const parsed = environment.shape[name].safeParse(env[name]);
  if (!parsed.success) fail('environment', parsed.error, name);
  return parsed.data as Config[K];
}

/** The single sign-on settings, or null when it is not configured (no OIDC_ISSUER). */
export function oidcSettings(env: Env = process.env): OidcSettings | null {
  if (!env.OIDC_ISSUER) return null;
  const parsed = oidcSchema.safeParse(env);
  if (!parsed.success) fail('single sign-on settings', parsed.error);
  return parsed.data;
}

/** Demo data is loaded only when asked for, and never by a production start. */
export function demoWanted(config: Config, flag: boolean | undefined): boolean {
  if (config.NODE_ENV === 'production') return false;
  return flag === true || config.CONCORD_DEMO === 'on';
}

/** The limits of the costly routes (PDF, press reports, imports, search) as the server takes them. */
export function costlyRates(config: Config) {
  const windowMs = config.RATE_LIMIT_MINUTES * 60_000;
  return {
    pdf: { ...config.RATE_LIMIT_PDF, windowMs },
    ingest: { ...config.RATE_LIMIT_INGEST, windowMs },
    import: { ...config.RATE_LIMIT_IMPORT, windowMs },
    search: { ...config.RATE_LIMIT_SEARCH, windowMs },
  };
}
