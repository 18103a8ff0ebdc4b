import { z } from 'zod';

/** Settings come from the environment only, validated once at start with a message naming the variable. */
const environment = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .describe('unset → ./data/concord.db; sqlite:///absolute/path.db; postgres://user@host/db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('localhost').describe('interface to listen on; 0.0.0.0 to serve other machines'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
