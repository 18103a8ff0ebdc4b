// What `npm run build` produces and from what, shared by scripts/build.mjs and bin/concord.js (which
// runs the compiled CLI only when it is current, so a developer never runs yesterday's code).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS } from './layers.mjs';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_ENTRY = join(REPO, 'dist', 'web', 'index.html');
export const SERVER_ENTRY = join(REPO, 'dist', 'server', 'cli', 'main.js');
/** Everything the CLI may import (every layer but the web app), plus what changes how it is built. */
export const SERVER_INPUTS = [
  ...Object.keys(LAYERS)
    .filter((layer) => layer !== 'web')
    .map((layer) => `src/${layer}`),
  'package.json',
  'package-lock.json',
  'scripts/build.mjs',
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** True when `built` is missing or older than any of `inputs` (paths relative to the repository). */
export function isStale(built, inputs) {
  if (!existsSync(built)) return true;
  const time = statSync(built).mtimeMs;
  return inputs.some((input) => {
    const path = join(REPO, input);
    return existsSync(path) && newest(path) > time;
  });
}
