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

/** Settings come from the environment only, validated once at start with a message naming the variable. */
const environment = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .describe('unset → ./data/concord.db; sqlite:///absolute/path.db; postgres://user@host/db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('localhost').describe('interface to listen on; 0.0.0.0 to serve other machines'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  // `auto` was the old default that filled any empty database with demo accounts: now it means off.
  CONCORD_DEMO: z
    .preprocess((v) => (v === 'auto' ? 'off' : v), z.enum(['on', 'off']))
    .default('off')
    .describe(
      'on: load the demo data into an empty database (as `concord serve --demo`); never in production',
    ),
  TRUST_PROXY: trustProxy,
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
});

export type Config = z.infer<typeof environment>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join('; ')}`);
  }
  return parsed.data;
}

/** Demo data is loaded only when asked for, and never by a production start. */
export function demoWanted(config: Config, flag: boolean | undefined): boolean {
  if (config.NODE_ENV === 'production') return false;
  return flag === true || config.CONCORD_DEMO === 'on';
}
