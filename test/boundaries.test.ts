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
      // The CLI's --version reads the package manifest; nothing else outside src is imported.
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
    expect(offenders.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('services build no SQL: no query builder and no sql template in the services layer', () => {
    const offenders = filesUnder(join(SRC, 'services')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          SQL_BUILDING.test(line) ? [`${relative(REPO, f)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('the check for SQL in services sees what it should', () => {
    for (const line of [
      "  const row = await ctx.db.selectFrom('area')",
      "    .insertInto('session')",
      '    .updateTable(table)',
      "await tx.db.deleteFrom('oidc_login')",
      'await sql`select 1`.execute(db);',
      'sql<number>`count(*)`',
      "sql.table('area')",
      "db.with('x', (q) => q)",
      "db.replaceInto('area')",
    ])
      expect(line).toMatch(SQL_BUILDING);
    for (const line of ["import { findArea } from '../../store/registry/area.repo.js';", 'const sqlite = 1;'])
      expect(line).not.toMatch(SQL_BUILDING);
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

// Queries live in repositories (src/store/<feature>/*.repo.ts): a service that starts a query, or
// writes SQL in a template, is building what a repository should name. Transactions stay in services.
const SQL_BUILDING =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom|with|withRecursive)\(|\bsql\s*(<[^>]*>)?\s*`|\bsql\.\w+\(/;

// Crossings still to remove (none: the dossier's type now comes from its schema).
const KNOWN_CROSSINGS: string[] = [];
