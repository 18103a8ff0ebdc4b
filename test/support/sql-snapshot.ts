import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type KyselyPlugin,
  PostgresQueryCompiler,
  type QueryCompiler,
  type RootOperationNode,
  SqliteQueryCompiler,
} from 'kysely';
import { SESSION_COOKIE } from '../../src/api/core/request-context.js';
import { buildServer } from '../../src/api/server.js';
import { DEMO_PASSWORD, loadDemo } from '../../src/demo/load/registry.load.js';
import { SYSTEM_ACTOR } from '../../src/domain/trust/actor.js';
import { contextFor } from '../../src/services/core/context.js';
import { summarize } from '../../src/services/exchange/backup.service.js';
import type { Dialect, Store } from '../../src/store/core/db.js';
import { REPO } from './cli.js';

/**
 * SQL snapshots (the pattern of Immich's server/src/queries/*.sql): every statement the store runs
 * during a fixed scenario, rendered for SQLite and PostgreSQL into src/store/queries/, one file per
 * store file and dialect, grouped by the function that built it. Checked in, so that a reviewer sees
 * each SQL change in the diff; test/sql-snapshot.test.ts fails when the files drift from the code.
 */
export const QUERIES_DIR = join(REPO, 'src', 'store', 'queries');
const STORE_DIR = join(REPO, 'src', 'store');

/** "file|function" → the distinct statements it ran. */
export type Captured = Map<string, Set<string>>;

// A frame of V8's stack trace: "at name (/path/file.ts:1:2)" or "at /path/file.ts:1:2".
const FRAME = /^\s*at (?:async )?(?:.+? \()?(\/[^()]+?\.ts):(\d+):\d+\)?$/;
// A top-level declaration of a function: what a statement is filed under.
const DECLARATION = /^(?:export )?(?:async )?(?:function\*? (\w+)|const (\w+) =)/;
const sources = new Map<string, string[]>();

/**
 * The top-level function of a store file that holds a line: read from the source rather than from
 * V8's frame names, which differ between runners (an arrow function is named in one, not the other).
 */
function functionAt(file: string, line: number): string {
  let lines = sources.get(file);
  if (!lines) {
    lines = readFileSync(file, 'utf8').split('\n');
    sources.set(file, lines);
  }
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = DECLARATION.exec(lines[i] ?? '');
    if (m) return m[1] ?? m[2] ?? '';
  }
  return '(top level)';
}

/** The first frame inside src/store (migrations aside): the store function that built the query. */
function storeCaller(stack: string): string | null {
  for (const frame of stack.split('\n').slice(1)) {
    const m = FRAME.exec(frame);
    const file = m?.[1];
    if (!file?.startsWith(STORE_DIR) || file.includes('/migrations/')) continue;
    return `${relative(STORE_DIR, file)}|${functionAt(file, Number(m?.[2]))}`;
  }
  return null;
}

/**
 * Parameters are never in the text, but how many there are depends on the data (an `in` list, rows
 * of a multi-row insert): an `in` list of placeholders (of one or more) becomes one placeholder and "…", repeated value
 * rows become one row and "…", and PostgreSQL's $n are numbered again after that.
 */
export function normalizeSql(text: string, dialect: Dialect): string {
  const P = '\u0000';
  let s = dialect === 'postgres' ? text.replace(/\$\d+/g, P) : text.replace(/\?/g, P);
  s = s.replace(new RegExp(` in \\(${P}(?:, ${P})*\\)`, 'g'), ` in (${P}, …)`);
  s = s.replace(/(\((?:[^()]|\([^()]*\))*\))(?:, \1)+/g, '$1, …');
  let n = 0;
  return s.replace(new RegExp(P, 'g'), () => (dialect === 'postgres' ? `$${++n}` : '?'));
}

/** A plugin that records, for each query, the store function that built it and its SQL. */
function capturePlugin(dialect: Dialect, into: Captured): KyselyPlugin {
  const compiler: QueryCompiler =
    dialect === 'postgres' ? new PostgresQueryCompiler() : new SqliteQueryCompiler();
  return {
    transformQuery({ node, queryId }) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 200;
      const stack = new Error().stack ?? '';
      Error.stackTraceLimit = limit;
      const caller = storeCaller(stack);
      if (caller) {
        const sql = normalizeSql(compiler.compileQuery(node as RootOperationNode, queryId).sql, dialect);
        const set = into.get(caller) ?? new Set<string>();
        set.add(sql);
        into.set(caller, set);
      }
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
}

/** The store as it is, with every query recorded. */
export function capturing(store: Store, into: Captured): Store {
  const plugin = capturePlugin(store.dialect, into);
  return { ...store, db: store.db.withPlugin(plugin), read: store.read.withPlugin(plugin) };
}

const READERS = ['admin', 'staff', 'observer', 'tajikistan', 'provider'] as const;

// An id for each {placeholder} of a route, taken from a list of the demo data when it is not fixed.
const FIXED: Record<string, string> = {
  '/api/organizations/{id}': 'tj',
  '/api/calendar/providers/{id}': 'nato-school-oberammergau',
  '/api/calendar/partners/{id}': 'tj',
  '/api/partners/{id}/dossier': 'tj',
};
const QUERY: Record<string, string> = {
  '/api/partners/{id}/dossier': '?on=2011-06-22',
  '/api/posts/{id}/holders': '?on=2011-06-22',
};

/**
 * The fixed scenario: a migrated, empty store; the demo data loaded through the services; then every
 * GET route of the OpenAPI document read by each demo reader, details and sub-resources for every
 * record of the first page of each list (all of them, so that the statements do not depend on which
 * record comes first); then a few writes that the demo does not make.
 */
export async function runScenario(store: Store): Promise<Captured> {
  const captured: Captured = new Map();
  const db = capturing(store, captured);
  await loadDemo(contextFor(db, SYSTEM_ACTOR));
  const app = await buildServer({ store: db });
  try {
    const call = async (who: Record<string, string>, method: string, url: string, body?: unknown) => {
      const res = await app.inject({
        method: method as 'GET',
        url,
        headers: who,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return {
        status: res.statusCode,
        json: /json/.test(String(res.headers['content-type'])) ? res.json() : null,
      };
    };
    const signIn = async (username: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password: DEMO_PASSWORD },
      });
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in of ${username}: ${res.body}`);
      return { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': res.json().csrf_token as string };
    };
    const anonymous = {};
    const readers = [anonymous, ...(await Promise.all(READERS.map(signIn)))];
    const staff = readers[2] as Record<string, string>;
    const admin = readers[1] as Record<string, string>;

    const spec = (await call(anonymous, 'GET', '/api/openapi.json')).json as {
      paths: Record<string, object>;
    };
    const gets = Object.entries(spec.paths)
      .filter(([path, ops]) => 'get' in ops && !path.startsWith('/api/auth/'))
      .map(([path]) => path)
      .sort();
    const lists = gets.filter((p) => !p.includes('{'));
    const ids = new Map<string, string[]>();
    for (const path of lists) {
      for (const who of readers) {
        const res = await call(who, 'GET', path);
        if (who !== staff) continue;
        const items = Array.isArray(res.json?.items) ? res.json.items : [];
        ids.set(path, items.map((r: { id?: string; code?: string }) => String(r.id ?? r.code)).sort());
      }
    }
    for (const path of gets.filter((p) => p.includes('{'))) {
      const base = path.slice(0, path.indexOf('/{'));
      const fixed = FIXED[path] ?? FIXED[`${base}/{id}`];
      const all = fixed ? [fixed] : (ids.get(base) ?? []);
      for (const id of all) {
        const url =
          path.replace('{id}', encodeURIComponent(id)).replace('{number}', '1') + (QUERY[path] ?? '');
        for (const who of id === all[0] ? readers : [staff]) await call(who, 'GET', url);
      }
    }

    // Writes the demo does not make: a refused sign-in, a change, a soft delete and its restore, a
    // purge asked and withdrawn, an allocation round proposed and applied, a sign-out.
    await call(anonymous, 'POST', '/api/session', { username: 'staff', password: 'not-the-password' });
    const ifMatch = async (who: Record<string, string>, url: string) => ({
      ...who,
      'if-match': `"${(await call(staff, 'GET', url)).json?.version}"`,
    });
    const area = (ids.get('/api/areas') ?? [])[0];
    if (area)
      await call(await ifMatch(staff, `/api/areas/${area}`), 'PATCH', `/api/areas/${area}`, {
        description: 'Snapshot',
      });
    const person = '/api/people/snapshot-person';
    await call(staff, 'POST', '/api/people', {
      id: 'snapshot-person',
      names: [{ name: 'Snapshot Person', lang: 'en' }],
    });
    await call(await ifMatch(staff, person), 'DELETE', person);
    await call(staff, 'POST', `${person}/restore`, {});
    await call(await ifMatch(staff, person), 'DELETE', person);
    const purge = (await call(admin, 'DELETE', `${person}/purge`)).json;
    if (purge?.id) await call(admin, 'POST', `/api/pending-actions/${purge.id}/cancel`, {});
    const round = (await call(staff, 'POST', '/api/rounds', { provider_id: 'nato-school-oberammergau' }))
      .json;
    if (round?.id) await call(staff, 'POST', `/api/rounds/${round.id}/apply`, { version: round.version });
    await call(staff, 'DELETE', '/api/session');
    await summarize(db);
  } finally {
    await app.close();
  }
  return captured;
}

/** The snapshot files of one dialect: file name → text. */
export function render(captured: Captured, dialect: Dialect): Map<string, string> {
  const byFile = new Map<string, Map<string, string[]>>();
  for (const [key, statements] of captured) {
    const [file = '', fn = ''] = key.split('|');
    const fns = byFile.get(file) ?? new Map<string, string[]>();
    fns.set(fn, [...(fns.get(fn) ?? []), ...statements]);
    byFile.set(file, fns);
  }
  const out = new Map<string, string>();
  for (const [file, fns] of byFile) {
    const name = `${file.replace(/\.ts$/, '').replaceAll('/', '.')}.${dialect}.sql`;
    const parts = [`-- NOTE: generated by \`npm run sql:snapshot\` from src/store/${file}; do not edit.\n`];
    for (const fn of [...fns.keys()].sort()) {
      for (const sql of [...new Set(fns.get(fn))].sort()) parts.push(`-- ${fn}\n${sql};\n`);
    }
    out.set(name, parts.join('\n'));
  }
  return out;
}

/** What is checked in now. */
export function checkedIn(dialect: Dialect): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(QUERIES_DIR)) return out;
  for (const name of readdirSync(QUERIES_DIR).filter((n) => n.endsWith(`.${dialect}.sql`)))
    out.set(name, readFileSync(join(QUERIES_DIR, name), 'utf8'));
  return out;
}

/** Replaces the checked-in files of a dialect by these. */
export function write(files: Map<string, string>, dialect: Dialect): void {
  mkdirSync(QUERIES_DIR, { recursive: true });
  for (const name of checkedIn(dialect).keys()) rmSync(join(QUERIES_DIR, name));
  for (const [name, text] of files) writeFileSync(join(QUERIES_DIR, name), text);
}
