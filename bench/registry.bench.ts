import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { buildServer } from '../src/api/server.js';
import { toInterval } from '../src/domain/core/partial-date.js';
import { SYSTEM_ACTOR } from '../src/domain/trust/actor.js';
import { contextFor } from '../src/services/core/context.js';
import { importRows } from '../src/services/exchange/import.service.js';
import { membershipsOf } from '../src/services/registry/membership.service.js';
import { openStore, type Store } from '../src/store/core/db.js';
import { migrateToLatest } from '../src/store/core/migrate.js';
import { postgresReachable, urlFor, withAdmin } from '../test/support/postgres.js';
import { latencyPair, type Result, repeatPair, round, saveResults } from './harness.js';

/**
 * The registry's first benchmarks: `concord import` throughput against a raw prepared-statement loop
 * writing the same rows, and `memberships?on=` latency (through HTTP, and the service alone) against
 * the raw driver running the same SQL.
 */
const IMPORT_ROWS = 2_000;
const STATES = 300;

interface Target {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ store: Store; drop(): Promise<void> }>;
}

const sqliteTarget: Target = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
    const store = openStore(`sqlite://${join(dir, 'bench.db')}`);
    await migrateToLatest(store);
    return {
      store,
      drop: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgresTarget: Target = {
  name: 'postgres',
  async open() {
    const name = `concord_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await withAdmin((c) => c.query(`create database ${name}`));
    const store = openStore(urlFor(name));
    await migrateToLatest(store);
    return {
      store,
      drop: async () => {
        await store.close();
        await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
      },
    };
  },
};

function organizationRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-org-${i}`,
    kind: 'body',
    founding_date: `${1950 + (i % 70)}`,
    names: [
      { name: `Bench Organization ${i}`, lang: 'en' },
      { name: `Organisation ${i}`, lang: 'fr', start_date: '1990' },
    ],
  }));
}

/** The floor: the same rows and name rows written by prepared statements in one transaction. */
async function rawImport(store: Store, rows: ReturnType<typeof organizationRows>) {
  const at = new Date().toISOString();
  const orgSql =
    'insert into organization (id, kind, iso2, parent_id, founding_date, dissolution_date, search, version, created_at, updated_at) values ($1,$2,null,null,$3,null,$4,1,$5,$5)';
  const nameSql =
    'insert into organization_name (owner_id, position, name, lang, kind, start_date, start_lo, end_date, end_hi) values ($1,$2,$3,$4,$5,$6,$7,null,null)';
  if (store.sqlite) {
    const db = store.sqlite;
    const org = db.prepare(orgSql.replace(/\$\d/g, '?').replace('$5,$5', '?,?'));
    const name = db.prepare(nameSql.replace(/\$\d/g, '?'));
    db.transaction(() => {
      for (const r of rows) {
        org.run(
          r.id,
          r.kind,
          r.founding_date,
          r.names
            .map((n) => n.name)
            .join(' | ')
            .toLowerCase(),
          at,
          at,
        );
        for (const [i, n] of r.names.entries()) {
          name.run(
            r.id,
            i,
            n.name,
            n.lang,
            'official',
            n.start_date ?? null,
            n.start_date ? toInterval(n.start_date).lo : null,
          );
        }
      }
    })();
    return;
  }
  const client = await store.pool?.connect();
  if (!client) throw new Error('no pool');
  try {
    await client.query('begin');
    for (const r of rows) {
      await client.query({
        name: 'bench-org',
        text: orgSql,
        values: [
          r.id,
          r.kind,
          r.founding_date,
          r.names
            .map((n) => n.name)
            .join(' | ')
            .toLowerCase(),
          at,
        ],
      });
      for (const [i, n] of r.names.entries()) {
        await client.query({
          name: 'bench-name',
          text: nameSql,
          values: [
            r.id,
            i,
            n.name,
            n.lang,
            'official',
            n.start_date ?? null,
            n.start_date ? toInterval(n.start_date).lo : null,
          ],
        });
      }
    }
    await client.query('commit');
  } finally {
    client.release();
  }
}

async function benchImport(target: Target): Promise<Result> {
  const rows = organizationRows(IMPORT_ROWS);
  const [subject, baseline] = await repeatPair(
    7,
    () => target.open(),
    (s) => s.drop(),
    async ({ store }) => {
      const report = await importRows(contextFor(store, SYSTEM_ACTOR), 'organizations', rows);
      if (report.imported !== rows.length) throw new Error(`imported ${report.imported}`);
    },
    ({ store }) => rawImport(store, rows),
  );
  const rate = (f: { median_ms: number }) => round(rows.length / (f.median_ms / 1000), 0);
  return {
    name: `import ${IMPORT_ROWS} organizations (2 names each)`,
    database: target.name,
    unit: 'rows/s',
    subject: { ...subject, rows_per_second: rate(subject) },
    baseline: {
      ...baseline,
      rows_per_second: rate(baseline),
      label: 'raw prepared-statement loop in one transaction',
    },
    ratio: round(rate(subject) / rate(baseline)),
    note: 'ratio = concord import rows/s ÷ raw rows/s (target ≥ 0.5); concord validates, checks references, audits and uses a savepoint per row',
  };
}

async function seedMemberships(store: Store) {
  const ctx = contextFor(store, SYSTEM_ACTOR);
  const frameworks = [
    {
      id: 'council',
      kind: 'framework',
      names: [
        { name: 'North Atlantic Cooperation Council', start_date: '1991-12-20', end_date: '1997-05-29' },
        { name: 'Euro-Atlantic Partnership Council', start_date: '1997-05-30' },
      ],
    },
    { id: 'partnership', kind: 'framework', names: [{ name: 'Partnership for Peace' }] },
    { id: 'alliance', kind: 'international_organization', names: [{ name: 'Alliance' }] },
  ];
  const states = Array.from({ length: STATES }, (_, i) => ({
    id: `state-${i}`,
    kind: 'state',
    names: [{ name: `State ${i}` }],
  }));
  await importRows(ctx, 'organizations', [...frameworks, ...states], { strict: true });
  const memberships = states.flatMap((s, i) => [
    { member_id: s.id, organization_id: 'council', start_date: `${1992 + (i % 6)}` },
    {
      member_id: s.id,
      organization_id: 'partnership',
      start_date: `${1994 + (i % 9)}-0${1 + (i % 9)}`,
      end_date: i % 4 === 0 ? `${2004 + (i % 15)}` : undefined,
      end_reason: i % 4 === 0 ? 'became_ally' : undefined,
    },
    ...(i % 4 === 0
      ? [{ member_id: s.id, organization_id: 'alliance', start_date: `${2005 + (i % 15)}` }]
      : []),
  ]);
  await importRows(
    ctx,
    'memberships',
    memberships.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined))),
    { strict: true },
  );
}

async function benchMembershipsOn(target: Target): Promise<Result[]> {
  const { store, drop } = await target.open();
  try {
    await seedMemberships(store);
    const app = await buildServer({ store });
    const ctx = contextFor(store, SYSTEM_ACTOR);
    let i = 0;
    const next = () => `state-${i++ % STATES}`;
    const raw = store.sqlite
      ? (() => {
          const org = store.sqlite.prepare('select * from organization where id = ?');
          const stmt = store.sqlite.prepare(
            'select * from membership where member_id = ? and start_lo <= ? and (end_hi is null or end_hi >= ?) order by start_lo, id',
          );
          const names = store.sqlite.prepare(
            'select owner_id, name, lang, kind, start_date, end_date from organization_name where owner_id in (?, ?, ?, ?) order by owner_id, position',
          );
          return async (id: string) => {
            org.get(id);
            stmt.all(id, '2011-06-22', '2011-06-22');
            return names.all(id, 'council', 'partnership', 'alliance');
          };
        })()
      : async (id: string) => {
          const db = store.db;
          await sql`select * from organization where id = ${id}`.execute(db);
          await sql`select * from membership where member_id = ${id} and start_lo <= ${'2011-06-22'} and (end_hi is null or end_hi >= ${'2011-06-22'}) order by start_lo, id`.execute(
            db,
          );
          return sql`select owner_id, name, lang, kind, start_date, end_date from organization_name where owner_id in (${id}, 'council', 'partnership', 'alliance') order by owner_id, position`.execute(
            db,
          );
        };
    const http = await latencyPair(
      async () => {
        const res = await app.inject({ url: `/api/organizations/${next()}/memberships?on=2011-06-22` });
        if (res.statusCode !== 200) throw new Error(res.body);
      },
      () => raw(next()),
    );
    const service = await latencyPair(
      () => membershipsOf(ctx, next(), 'member_id', '2011-06-22', { limit: 100, offset: 0 }),
      () => raw(next()),
    );
    await app.close();
    const note =
      'baseline: the same three queries (organization, memberships on the day, names) through the raw driver';
    return [
      {
        name: 'GET /api/organizations/{id}/memberships?on= (HTTP, in-process)',
        database: target.name,
        unit: 'ms',
        subject: http.subject,
        baseline: { ...http.baseline, label: 'raw driver, same queries' },
        ratio: round(http.subject.median_ms / http.baseline.median_ms, 2),
        note,
      },
      {
        name: 'membershipsOf(on) service call',
        database: target.name,
        unit: 'ms',
        subject: service.subject,
        baseline: { ...service.baseline, label: 'raw driver, same queries' },
        ratio: round(service.subject.median_ms / service.baseline.median_ms, 2),
        note,
      },
    ];
  } finally {
    await drop();
  }
}

export async function runRegistryBench(): Promise<Result[]> {
  const targets: Target[] = [sqliteTarget];
  const unreachable = await postgresReachable();
  if (unreachable) console.warn(`PostgreSQL SKIPPED in benchmarks: ${unreachable}`);
  else targets.push(postgresTarget);
  const results: Result[] = [];
  for (const target of targets) {
    console.log(`registry benchmarks on ${target.name}…`);
    results.push(await benchImport(target));
    results.push(...(await benchMembershipsOn(target)));
  }
  saveResults('registry.json', results);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runRegistryBench();
  console.table(
    results.map((r) => ({
      name: r.name,
      db: r.database,
      subject: r.unit === 'rows/s' ? r.subject.rows_per_second : r.subject.median_ms,
      baseline: r.unit === 'rows/s' ? r.baseline.rows_per_second : r.baseline.median_ms,
      ratio: r.ratio,
    })),
  );
}
