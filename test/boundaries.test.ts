import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../scripts/layers.mjs';
import { REPO } from './support/cli.js';

/**
 * The layers of src/ import one way (scripts/layers.mjs says which may import which). A file that
 * imports across the rule fails here, with its name and the import, rather than in a review.
 */
const SRC = join(REPO, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

const layerOf = (path: string) => relative(SRC, path).split('/')[0] ?? '';

/** Every import of ours that crosses the rule, as "file → import". */
function crossings(): string[] {
  const out: string[] = [];
  for (const file of filesUnder(SRC)) {
    const from = layerOf(file);
    const allowed = LAYERS[from];
    if (!allowed) {
      out.push(`${relative(REPO, file)}: the folder src/${from} is no layer of scripts/layers.mjs`);
      continue;
    }
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = normalize(join(dirname(file), spec));
      // The CLI prints its version from package.json; nothing else reaches outside src.
      if (target === join(REPO, 'package.json') && from === 'cli') continue;
      if (!target.startsWith(SRC)) {
        out.push(`${relative(REPO, file)} → ${spec} (outside src)`);
        continue;
      }
      const to = layerOf(target);
      const file_ = relative(SRC, target).replace(/\.js$/, '.ts');
      if (!allowed.includes(to) && !allowed.includes(file_)) out.push(`${relative(REPO, file)} → ${spec}`);
    }
  }
  return out;
}

describe('import boundaries', () => {
  it('every import of ours follows the layers', () => {
    expect(crossings()).toEqual(KNOWN_CROSSINGS);
  });

  it('services build no SQL: no file in the services layer imports kysely', () => {
    const offenders = filesUnder(join(SRC, 'services')).filter((f) =>
      importsOf(f).some((s) => s === 'kysely' || s.startsWith('kysely/')),
    );
    expect(offenders.map((f) => relative(REPO, f))).toEqual(KNOWN_KYSELY_IN_SERVICES);
  });

  it('the web layer imports only types from schemas, and nothing from the server layers', () => {
    const offenders = filesUnder(join(SRC, 'web')).flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('.'))
        .map((s) => normalize(join(dirname(file), s)))
        .filter((t) => ['api', 'services', 'store', 'cli', 'demo'].includes(layerOf(t)))
        .map((t) => `${relative(REPO, file)} → ${relative(REPO, t)}`),
    );
    expect(offenders).toEqual(KNOWN_CROSSINGS.map((c) => c.replace('../../', 'src/')));
  });
});

// Services that still build SQL themselves; moving their queries into repositories empties this list.
const KNOWN_KYSELY_IN_SERVICES: string[] = [
  'src/services/core/context.ts',
  'src/services/exchange/backup.service.ts',
  'src/services/exchange/import.service.ts',
];

// Crossings still to remove (a type the web app takes from a service until the dossier has its schema).
const KNOWN_CROSSINGS: string[] = ['src/web/dialogue/api.ts → ../../services/insight/dossier.service.js'];
