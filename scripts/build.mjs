#!/usr/bin/env node
// `npm run build`: the web app (vite → dist/web) and the server and CLI as compiled JavaScript
// (esbuild → dist/server), so that production runs plain `node` and needs no dev dependency.
// `--if-stale` (npm start, bin/concord.js) builds only what is missing or older than its sources, and
// on an install without dev dependencies serves whatever was built.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isStale, REPO, SERVER_ENTRY, SERVER_INPUTS, WEB_ENTRY } from './build-inputs.mjs';
import { WEB_INPUTS } from './layers.mjs';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const EXTERNAL = [
  // native code, built by the install for the running Node.js
  'better-sqlite3',
  '@node-rs/argon2',
  'pg',
  // read files beside their code (the Swagger UI's assets, browser and workbook support files)
  '@fastify/swagger-ui',
  'playwright-core',
  'exceljs',
  // starts its workers from its own worker file
  'piscina',
  // large and loaded only when a press report is read (lazy imports)
  'compromise',
  'chrono-node',
];
for (const name of EXTERNAL) {
  if (!pkg.dependencies[name]) throw new Error(`${name} is external to the bundle, so it must be a dependency`);
}
const ifStale = process.argv.includes('--if-stale');
const quiet = process.argv.includes('--quiet');
const log = (line) => quiet || console.log(line);

function tool(path) {
  const full = join(REPO, 'node_modules', path);
  return existsSync(full) ? full : undefined;
}

async function buildServer() {
  const esbuildPath = tool('esbuild/lib/main.js');
  if (!esbuildPath) return false;
  const esbuild = await import(esbuildPath);
  log('Building the server (esbuild → dist/server)…');
  // Chunk names carry content hashes: yesterday's chunks would otherwise pile up beside today's.
  rmSync(join(REPO, 'dist', 'server'), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: REPO,
    // The press-report reader runs on a worker thread from its own file, beside the chunks.
    entryPoints: {
      main: 'src/cli/main.ts',
      'read.worker': 'src/ingest/read.worker.ts',
      'sheet.worker': 'src/services/exchange/sheet.worker.ts',
    },
    // Three levels deep, like src/<layer>/<feature>/, so that the paths the sources compute from
    // import.meta.url (../../../dist/web, ../../../data/demo) name the same folders when compiled.
    outdir: 'dist/server/cli',
    bundle: true,
    // One file per lazily imported module group: `concord --help` and the first request load only
    // what they need (the commands and heavy libraries are imported when used).
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Libraries are bundled (tree-shaken, one file instead of thousands: Node resolving and reading
    // each small module was most of the start-up time), except those that must stay installed in
    // node_modules, which npm ci --omit=dev provides (package.json dependencies): EXTERNAL.
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: {
      // The bundled CommonJS libraries (commander, csv-*) call require(); ESM has none of its own.
      js: [
        '// Built by scripts/build.mjs from src/ — do not edit.',
        "import { createRequire as __concordRequire } from 'node:module';",
        'const require = __concordRequire(import.meta.url);',
      ].join('\n'),
    },
  });
  return true;
}

function buildWeb() {
  const vite = tool('vite/bin/vite.js');
  if (!vite) return false;
  log('Building the web app (vite build → dist/web)…');
  // A production build even when called from a test run (vitest sets NODE_ENV=test, which would
  // bundle React's development build).
  const res = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: REPO,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
  return true;
}

const targets = [
  { name: 'web app', built: WEB_ENTRY, inputs: WEB_INPUTS, build: buildWeb },
  { name: 'server', built: SERVER_ENTRY, inputs: SERVER_INPUTS, build: buildServer },
];
for (const target of targets) {
  if (ifStale && !isStale(target.built, target.inputs)) continue;
  if (!(await target.build())) {
    // An install without dev dependencies: serve what was built.
    if (!existsSync(target.built)) {
      console.error(`Cannot build the ${target.name}: dev dependencies are missing (run npm ci, then npm run build)`);
      process.exit(1);
    }
    log(`The ${target.name} build tools are not installed: using the existing build.`);
  }
}
