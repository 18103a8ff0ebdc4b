import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { DomainError } from '../domain/core/errors.js';
import { type Allocation, allocate } from '../domain/nominations/allocate.js';
import { type Instance, parseInstance } from '../domain/nominations/instance.js';

export function allocateCommand(): Command {
  return new Command('allocate')
    .description('Decide a round of nominations: the seats of greatest total weight, each decision explained')
    .requiredOption(
      '--input <file>',
      'a JSON instance: {"iterations": [{id, seats, partner_cap}], "nominations": [...]}',
    )
    .option('--json', 'print {"accepted": [...], "objective": n} on one line')
    .action(async (options: { input: string; json?: boolean }) => {
      const instance = parseInstance(await readJson(options.input));
      const result = allocate(instance);
      if (options.json)
        console.log(JSON.stringify({ accepted: result.accepted, objective: result.objective }));
      else console.log(table(instance, result));
    });
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw DomainError.field(
      'request.invalid',
      'input',
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw DomainError.field(
      'request.invalid',
      'input',
      `${path} is not valid JSON: ${(err as Error).message}`,
    );
  }
}

function table(instance: Instance, result: Allocation): string {
  const byId = new Map(instance.nominations.map((n) => [n.id, n]));
  const header = ['nomination', 'person', 'partner', 'iteration', 'weight', 'status', 'reason'];
  const rows = result.decisions.map((d) => {
    const n = byId.get(d.nomination);
    return [
      d.nomination,
      n?.person ?? '',
      n?.partner ?? '',
      n?.iteration ?? '',
      String(n?.weight ?? ''),
      d.status,
      d.reason,
    ];
  });
  // The reason, last, is not padded: it is long and the line may wrap.
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c < cells.length - 1 ? cell.padEnd(widths[c] as number) : cell)).join('  ');
  const waitlisted = result.decisions.length - result.accepted.length;
  return [
    line(header),
    ...rows.map(line),
    '',
    `objective ${result.objective}: ${result.accepted.length} accepted, ${waitlisted} wait-listed`,
  ].join('\n');
}
