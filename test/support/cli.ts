import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(REPO, 'bin', 'concord.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `concord` command as a user would, with its own environment. */
export function concord(
  args: string[],
  env: Record<string, string> = {},
  node = process.execPath,
): CliResult {
  const res = spawnSync(node, [BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/**
 * `concord serve` as a user starts it; with the demo data unless the environment turns it off
 * (CONCORD_DEMO=off) or `args` says otherwise.
 */
export async function startServer(
  env: Record<string, string>,
  port: number,
  node = process.execPath,
  args = env.CONCORD_DEMO === 'off' ? [] : ['--demo'],
) {
  const child = spawn(node, [BIN, 'serve', ...args], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // Loading the demo takes longer on a busy machine (several test files share two cores).
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`http://localhost:${port}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
