import { DomainError } from '../../domain/core/errors.js';
import type { Actor } from '../../domain/trust/actor.js';
import { inBulk } from '../../store/core/bulk.js';
import { AuditChain, lockAuditBulk } from '../../store/core/bulk-audit.js';
import type { Store } from '../../store/core/db.js';
import type { GenContext } from './context.js';
import { generateDialogue } from './dialogue.js';
import { generateMenu } from './menu.js';
import { generateProgrammes } from './programmes.js';
import { seeded } from './random.js';
import { generateRegistry } from './registry.js';
import { SCALES, type Scale } from './scale.js';
import { withTalliesSuspended } from './tallies.js';

export { SCALES, type Scale } from './scale.js';

export interface GenerateReport {
  scale: Scale['name'];
  seed: number;
  counts: Record<string, number>;
  seconds: number;
}

export interface GenerateOptions {
  scale: Scale['name'];
  seed?: number;
  actor: Actor;
  /** total rows expected, then rows written so far */
  onStart?(total: number): void;
  onProgress?(rows: number): void;
}

/** Rows the scale writes, roughly, for a progress bar. */
export function expectedRows(s: Scale): number {
  const years = s.lastYear - s.firstYear + 1;
  const activities = years * s.activitiesPerYear;
  const iterations = activities * s.iterationsPerActivity;
  const nominations = iterations * (s.nominationsMin + (s.nominationsSpread - 1) / 2);
  const registry = 3 * s.people + s.partners * s.postsPerPartner * 10;
  // a meeting: its row, its audit entry, three participants on average, a follow-up now and then
  const dialogue = years * s.meetingsPerYear * 5.3;
  const programmes = 3 * s.partners * Math.ceil(years / s.programmeYears);
  return Math.round(
    2 * (activities + iterations + registry) +
      nominations * (1 + 1 / s.auditNominationEvery) +
      dialogue +
      programmes,
  );
}

async function assertEmpty(store: Store): Promise<void> {
  const org = await store.db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  const log = await store.db.selectFrom('audit_log').select('id').limit(1).executeTakeFirst();
  if (org || log)
    throw new DomainError(
      'request.invalid',
      'the database is not empty: generate fills an empty, migrated database',
    );
}

/**
 * `concord demo generate`: a deterministic synthetic dataset written through the raw driver, one
 * transaction per table family (registry, menu, dialogue, programmes), each its own module.
 */
export async function generateDataset(store: Store, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const scale = SCALES[options.scale];
  const seed = options.seed ?? 1;
  await assertEmpty(store);
  const rnd = seeded(seed);
  let written = 0;
  options.onStart?.(expectedRows(scale));
  const context = (bulk: GenContext['bulk'], chain: AuditChain): GenContext => ({
    bulk,
    rnd,
    scale,
    chain,
    actorId: options.actor.id,
    tick(rows) {
      written += rows;
      options.onProgress?.(written);
    },
  });
  const head = async () =>
    (await store.db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst())
      ?.hash ?? null;

  await withTalliesSuspended(store, async () => {
    const reg = await inBulk(store, async (bulk) => {
      await lockAuditBulk(bulk, store.dialect);
      return generateRegistry(context(bulk, new AuditChain(await head())));
    });
    await inBulk(store, async (bulk) => {
      await lockAuditBulk(bulk, store.dialect);
      return generateMenu(context(bulk, new AuditChain(await head())), reg);
    });
    await inBulk(store, async (bulk) => {
      await lockAuditBulk(bulk, store.dialect);
      return generateDialogue(context(bulk, new AuditChain(await head())), reg);
    });
    // Programmes choose activities of the menu by id: they come after it.
    await inBulk(store, async (bulk) => {
      await lockAuditBulk(bulk, store.dialect);
      return generateProgrammes(context(bulk, new AuditChain(await head())), reg);
    });
  });

  const counts: Record<string, number> = {};
  for (const table of [
    'organization',
    'membership',
    'person',
    'post',
    'post_holding',
    'activity',
    'iteration',
    'nomination',
    'meeting',
    'meeting_participant',
    'follow_up',
    'programme',
    'programme_version',
    'audit_log',
  ] as const) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return { scale: scale.name, seed, counts, seconds: (performance.now() - started) / 1000 };
}
