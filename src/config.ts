import { z } from 'zod';

/** Settings come from the environment only, validated once at start with a message naming the variable. */
const environment = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .describe(
      'unset → ./data/concord.db; sqlite:///absolute/path.db; postgres://user:password@host/db, or postgres:///db for the local socket (as psql)',
    ),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('localhost').describe('interface to listen on; 0.0.0.0 to serve other machines'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  BACKUP_KEEP: z.coerce.number().int().min(1).default(14).describe('scheduled backups kept (the newest)'),
  CONCORD_DEMO: z
    .enum(['auto', 'off'])
    .default('auto')
    .describe('auto: load the demo data into an empty database'),
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
