import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, REPO } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'concord-allocate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const round = {
  iterations: [
    { id: 'i1', seats: 2, partner_cap: 1 },
    { id: 'i2', seats: 1, partner_cap: null },
  ],
  nominations: [
    { id: 'n1', person: 'p1', partner: 'TJ', iteration: 'i1', weight: 5 },
    { id: 'n2', person: 'p2', partner: 'TJ', iteration: 'i1', weight: 4 },
    { id: 'n3', person: 'p3', partner: 'UZ', iteration: 'i1', weight: 3 },
    { id: 'n4', person: 'p1', partner: 'TJ', iteration: 'i2', weight: 6 },
    { id: 'n5', person: 'p4', partner: 'UZ', iteration: 'i2', weight: 2 },
  ],
};

const malformed: [name: string, content: unknown, message: RegExp][] = [
  ['bad.json', '{"iterations": [', /^concord: input: .*bad\.json is not valid JSON/],
  [
    'negative.json',
    { ...round, iterations: [{ id: 'i1', seats: -3 }, round.iterations[1]] },
    /^concord: iterations\[0\]\.seats: must not be negative$/,
  ],
  [
    'unknown-and-duplicate.json',
    {
      ...round,
      nominations: [{ ...round.nominations[0], iteration: 'i9' }, round.nominations[4], round.nominations[4]],
    },
    /^concord: nominations\[0\]\.iteration: unknown iteration "i9"; nominations\[2\]\.id: duplicate nomination id "n5"; /,
  ],
];

describe('concord allocate', () => {
  // Every run starts a process, which costs seconds: all start together, and the tests read the results.
  let json: CliResult;
  let text: CliResult;
  let refused: CliResult[];
  beforeAll(async () => {
    const input = file('round.json', round);
    [json, text, ...refused] = await Promise.all([
      concordAsync(['allocate', '--input', input, '--json']),
      concordAsync(['allocate', '--input', input]),
      ...malformed.map(([name, content]) =>
        concordAsync(['allocate', '--input', file(name, content), '--json']),
      ),
    ]);
  }, 120_000);

  it('prints the accepted nominations and the objective as one line of JSON', () => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(json.stdout).toBe('{"accepted":["n2","n3","n4"],"objective":13}\n');
  });

  it('prints each decision with its reason, and the objective', () => {
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^nomination +person +partner +iteration +weight +status +reason/);
    expect(text.stdout).toMatch(
      /n1 +p1 +TJ +i1 +5 +waitlisted +wait-listed: person p1 got a seat in iteration i2 \(higher weight\)/,
    );
    expect(text.stdout).toMatch(
      /n5 +p4 +UZ +i2 +2 +waitlisted +wait-listed: seats full \(1\) — lower weight than accepted nominations n4/,
    );
    expect(text.stdout).toContain('objective 13: 3 accepted, 2 wait-listed');
  });

  it('refuses a malformed instance in one line naming the field, with exit code 2', () => {
    refused.forEach((res, k) => {
      const [name, , message] = malformed[k] as (typeof malformed)[number];
      expect(res.code, name).toBe(2);
      expect(res.stdout, name).toBe('');
      expect(res.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(res.stderr.trim(), name).toMatch(message);
    });
  });
});

function concordAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO, 'bin', 'concord.js'), ...args],
      { cwd: REPO, timeout: 60_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}
