import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './support/cli.js';
import { freePort } from './support/ports.js';

/**
 * The production path as an administrator runs it, in a copy of the repository: `npm run build`
 * with every dependency installed, then the dev dependencies removed (`npm prune --omit=dev`, the
 * same tree `npm ci --omit=dev` installs, made offline from the repository's own install), then
 * plain `node` serving the web app and the API with no TypeScript loader and no front-end library.
 */
const dir = mkdtempSync(join(tmpdir(), 'concord-prod-'));
const run = (command: string, args: string[]) => {
  const res = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  return res.stdout;
};
let server: ChildProcess | undefined;

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('a production install', () => {
  it('builds, drops the dev dependencies and serves the web app and the API with plain node', async () => {
    // What a clone holds (the build must not need anything else), with the dev install beside it.
    for (const path of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'vite.config.ts',
      'bin',
      'scripts',
      'src',
    ])
      cpSync(join(REPO, path), join(dir, path), { recursive: true });
    mkdirSync(join(dir, 'data'));
    cpSync(join(REPO, 'data', 'demo'), join(dir, 'data', 'demo'), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
    run(process.execPath, ['scripts/build.mjs', '--quiet']);
    expect(existsSync(join(dir, 'dist', 'server', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'web', 'index.html'))).toBe(true);

    // The same tree without dev dependencies: hard links into the full install (cheap, and the
    // original is untouched: prune only unlinks), then npm removes what --omit=dev would not install.
    rmSync(join(dir, 'node_modules'));
    const copied = spawnSync('cp', ['-al', join(REPO, 'node_modules'), join(dir, 'node_modules')]);
    if (copied.status !== 0)
      cpSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
    rmSync(join(dir, 'node_modules', '.package-lock.json'), { force: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    run(npm, ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund']);
    const installed = readdirSync(join(dir, 'node_modules'));
    // (typescript is absent from this list on purpose: i18next, which renders the server's documents
    // and errors, declares it an optional peer, and npm installs an optional peer it finds in the lock.)
    for (const devOnly of ['tsx', 'vite', 'react', 'react-dom', 'esbuild', 'vitest'])
      expect(installed, devOnly).not.toContain(devOnly);
    for (const runtime of ['fastify', 'better-sqlite3', 'pg', 'prom-client'])
      expect(installed).toContain(runtime);

    const port = freePort();
    const started = performance.now();
    server = spawn(process.execPath, ['bin/concord.js', 'serve'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        PORT: String(port),
        DATABASE_URL: `sqlite://${join(dir, 'prod.db')}`,
        CONCORD_DEMO: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (d) => (output += d));
    server.stderr?.on('data', (d) => (output += d));
    let ping: Response | undefined;
    while (!ping) {
      if (server.exitCode !== null || performance.now() - started > 60_000)
        throw new Error(`the production server did not start:\n${output}`);
      ping = await fetch(`http://localhost:${port}/api/ping`).catch(() => undefined);
      if (!ping) await new Promise((r) => setTimeout(r, 10));
    }
    expect(ping.status).toBe(200);
    expect(await ping.json()).toEqual({ ok: true });

    const page = await fetch(`http://localhost:${port}/partners/tj`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script, 'index.html names its script').toBeDefined();
    const asset = await fetch(`http://localhost:${port}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');

    const orgs = await fetch(`http://localhost:${port}/api/organizations`);
    expect(orgs.status).toBe(200);
    expect(await orgs.json()).toMatchObject({ items: [] });
  }, 300_000);
});
