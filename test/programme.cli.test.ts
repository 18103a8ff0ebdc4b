import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { concord } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-programmes-cli-'));
const env = { DATABASE_URL: `sqlite://${join(dir, 'cli.db')}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('concord programmes', { timeout: 300_000 }, () => {
  // Each run of the command starts a process: few runs, many checks each.
  it('lists, shows, moves by side, and exports the demo programmes', () => {
    expect(concord(['demo', 'load'], env).code).toBe(0);
    const list = concord(['programmes', 'list'], env);
    expect(list.stdout).toMatch(/tj-ipp-2011\s+IPP\s+tj\s+2011-01-01…2012-12-31\s+jointly_agreed/);
    const show = concord(['programmes', 'show', 'tj-ipp-2011'], env);
    expect(show.stdout).toContain('- Crisis management and civil emergency planning [CEP] (open)');
    expect(show.stdout).toMatch(/hash [0-9a-f]{64}/);

    const wrongSide = concord(['programmes', 'transition', 'tj-ipp-2011', 'accept'], env);
    expect(wrongSide.code).toBe(2);
    expect(wrongSide.stderr).toContain('accept is made by the partner side');
    const moved = concord(['programmes', 'transition', 'tj-ipp-2011', 'implement'], env);
    expect(moved.stdout).toContain('tj-ipp-2011: in_implementation');
    const csv = concord(['programmes', 'export', 'tj-ipp-2011', '--format', 'csv'], env);
    expect(csv.stdout.split('\n')[0]).toMatch(/^objective_id,objective,/);
    const out = join(dir, 'tj.xlsx');
    expect(concord(['programmes', 'export', 'tj-ipp-2011', '--format', 'xlsx', '--out', out], env).code).toBe(
      0,
    );
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
