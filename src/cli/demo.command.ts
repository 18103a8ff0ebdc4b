import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { generateDataset, SCALES } from '../demo/generate/index.js';
import { isScaleName } from '../demo/generate/scale.js';
import { DEMO_DIR, isEmpty, loadDemo } from '../demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { contextFor } from '../services/core/context.js';
import { withStore } from './output.js';

export function demoCommands(): Command {
  const demo = new Command('demo').description(
    'Demonstration data: sourced facts, and a large synthetic dataset',
  );
  demo
    .command('load')
    .description(
      'Load the demo data in one transaction: the sourced registry, an illustrative menu with nominations, Tajikistan’s IPP 2011–2012, the dialogue with its sources',
    )
    .option('--dir <dir>', 'folder of <kind>.json files', DEMO_DIR)
    .option('--force', 'load even if the database already holds organizations')
    .option('--json', 'print {loaded, counts} as JSON')
    .action(async (options: { dir: string; force?: boolean; json?: boolean }) => {
      await withStore(async (store) => {
        const ctx = contextFor(store, SYSTEM_ACTOR);
        if (!options.force && !(await isEmpty(ctx))) {
          if (options.json) return console.log(JSON.stringify({ loaded: false, counts: {} }));
          console.log('The database already holds data; nothing loaded (use --force to load anyway).');
          return;
        }
        const counts = await loadDemo(ctx, options.dir);
        if (options.json) return console.log(JSON.stringify({ loaded: true, counts }));
        console.log(
          `Loaded: ${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}`,
        );
      });
    });
  demo
    .command('generate')
    .description(
      'Fill an empty database with a large synthetic dataset (deterministic for a seed), for benchmarks',
    )
    .option('--scale <scale>', `${Object.keys(SCALES).join(' or ')}`, parseScale, 'large')
    .option('--seed <n>', 'seed of the generator', parseSeed, 1)
    .option('--json', 'print the counts as JSON')
    .action(async (options: { scale: keyof typeof SCALES; seed: number; json?: boolean }) => {
      await withStore(async (store) => {
        const bar =
          process.stderr.isTTY && !options.json
            ? new cliProgress.SingleBar({
                stream: process.stderr,
                format: 'generate {bar} {percentage}% {value} rows',
              })
            : null;
        try {
          const report = await generateDataset(store, {
            scale: options.scale,
            seed: options.seed,
            actor: SYSTEM_ACTOR,
            onStart: (total) => bar?.start(total, 0),
            onProgress: (rows) => bar?.update(rows),
          });
          bar?.stop();
          if (options.json) console.log(JSON.stringify(report));
          else
            console.log(
              `Generated (${report.scale}, seed ${report.seed}) in ${report.seconds.toFixed(1)} s: ${Object.entries(
                report.counts,
              )
                .map(([k, n]) => `${n} ${k}`)
                .join(', ')}`,
            );
        } finally {
          bar?.stop();
        }
      });
    });
  return demo;
}

function parseScale(value: string): keyof typeof SCALES {
  if (!isScaleName(value))
    throw new InvalidArgumentError(`scale must be ${Object.keys(SCALES).join(' or ')}`);
  return value;
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('seed must be a non-negative integer');
  return n;
}
