#!/usr/bin/env node
// Builds the web app (vite build → dist/web) only when dist/web is missing or older than its sources,
// so that `npm start` works on a fresh clone and costs nothing when the build is current.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_INPUTS } from './layers.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = join(REPO, 'dist', 'web', 'index.html');
// The web layer and every layer it may import (a domain change can change the bundle too).
const SOURCES = WEB_INPUTS.map((p) => join(REPO, p));
const VITE = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function isStale() {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newest(source) > built);
}

if (!isStale()) process.exit(0);
if (!existsSync(VITE)) {
  // An install without dev dependencies: serve what was built, or the API alone.
  console.warn(
    `vite is not installed: ${existsSync(BUILT) ? 'serving the existing build' : 'serving the API only'}`,
  );
  process.exit(0);
}
console.log('Building the web app (vite build → dist/web)…');
// A production build even when called from a test run (vitest sets NODE_ENV=test, which would bundle
// React's development build).
const res = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
  cwd: REPO,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(res.status ?? 1);
