import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { concord, startServer } from './support/cli.js';
import { freePort } from './support/ports.js';
import { TEMPLATE_DB, urlFor, withAdmin } from './support/postgres.js';

/**
 * Smoke tests on the next maintained Node.js line (26), which `.ci/run` fetches from the npm registry
 * and names in CONCORD_NODE26; the whole suite runs on the line of this process (24). The SQLite
 * driver is a native module built for the installing Node's ABI, so the server here runs on
 * PostgreSQL, which needs no native code.
 */
const NODE26 = process.env.CONCORD_NODE26;

describe.runIf(NODE26)('on Node.js 26', () => {
  const node = NODE26 as string;

  it('is the Node.js line it says', () => {
    const out = spawnSync(node, ['--version'], { encoding: 'utf8' });
    expect(out.stdout).toMatch(/^v26\./);
  });

  it('answers concord --help and --version', () => {
    const help = concord(['--help'], {}, node);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('serve');
    const version = concord(['--version'], {}, node);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.runIf(inject('postgres'))('serves the API on PostgreSQL', async () => {
    const name = `concord_node26_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await withAdmin((c) => c.query(`create database ${name} template ${TEMPLATE_DB}`));
    const port = freePort();
    const server = await startServer({ DATABASE_URL: urlFor(name), CONCORD_DEMO: 'off' }, port, node);
    try {
      const ping = await fetch(`http://localhost:${port}/api/ping`);
      expect(ping.status).toBe(200);
      const orgs = await fetch(`http://localhost:${port}/api/organizations`);
      expect(orgs.status).toBe(200);
      expect(await orgs.json()).toMatchObject({ items: [] });
    } finally {
      await server.stop();
      await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
    }
  });
});
