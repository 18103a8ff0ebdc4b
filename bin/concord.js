#!/usr/bin/env node
// Runs the compiled CLI (dist/server, `npm run build`) when it is current; otherwise the TypeScript
// through tsx, so that a fresh clone needs no build step and a developer never runs stale code.
// A production install (npm ci --omit=dev) has no tsx and runs whatever was built.
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { isStale, SERVER_ENTRY, SERVER_INPUTS } from '../scripts/build-inputs.mjs';

// V8 keeps the compiled code of the CLI and its libraries on disk: the next start skips most parsing.
enableCompileCache?.();
const hasTsx = existsSync(new URL('../node_modules/tsx/package.json', import.meta.url));
if (existsSync(SERVER_ENTRY) && !(hasTsx && isStale(SERVER_ENTRY, SERVER_INPUTS))) {
  await import(SERVER_ENTRY);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
