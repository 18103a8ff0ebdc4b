import type { Resource } from '../trust/policy.js';

/**
 * Every table of Concord, declared once. Everything that used to be a hand-kept list — the policy's
 * kinds of record (`Entity`, `resourceOf`), the tables the versioned writes accept, the soft-deleted
 * ones, the backup and `db copy` order, the identity columns PostgreSQL must catch up after a restore,
 * the scope columns lists filter on — is derived from this table, so adding a table is one entry here
 * plus its migration (test/entities.test.ts fails on a migrated table that has no entry).
 *
 * It is pure data, in the domain layer, so that the policy can read it as well as the store.
 */

/** Where a record's scope lives: a column of the table itself, or `table.column` of a table a query joins. */
export interface ScopeSpec {
  /** the partner country the record concerns */
  partner?: string;
  /** the organization that provides it */
  provider?: string;
  /** its marking (public | partners | organization) */
  marking?: string;
  /** a JSON array of the partner ids a `partners` marking releases it to */
  releasableTo?: string;
}

export type Feature =
  | 'registry'
  | 'menu'
  | 'nominations'
  | 'programmes'
  | 'dialogue'
  | 'insight'
  | 'exchange'
  | 'trust';

export interface TableEntry {
  feature: Feature;
  /** the column that names a row; backups read rows in its order, so it must be unique */
  key: string;
  /** the policy's kind of record; absent for rows read only through their parent or by the system */
  resource?: Resource;
  /** the name the policy and its messages use, when it is not the table's */
  entity?: string;
  /** has version, created_at, updated_at: written through store/core/records.ts, stale writes refused */
  versioned?: true;
  /** DELETE hides the row (deleted_at, deleted_by) until it is restored or purged under four eyes */
  softDelete?: true;
  /** DELETE removes the row; POST …/restore writes it back as the audit trail's last deletion kept it */
  restoreFromTrail?: true;
  /** an integer id the database generates: PostgreSQL's sequence must catch up after explicit ids */
  identity?: true;
  /** the row belongs to this table's row (removed with it, read through it) */
  parent?: string;
  scope?: ScopeSpec;
}

/**
 * Parents before children: the order a backup writes and a restore or `db copy` loads the tables in.
 * (Object keys that are not integers keep their insertion order, which the language guarantees.)
 */
export const ENTITIES = {
  area: { feature: 'registry', key: 'code', resource: 'registry', versioned: true },
  source: { feature: 'registry', key: 'id', resource: 'registry', versioned: true, softDelete: true },
  organization: { feature: 'registry', key: 'id', resource: 'registry', versioned: true, softDelete: true },
  organization_name: { feature: 'registry', key: 'id', identity: true, parent: 'organization' },
  membership: {
    feature: 'registry',
    key: 'id',
    resource: 'registry',
    versioned: true,
    restoreFromTrail: true,
  },
  person: { feature: 'registry', key: 'id', resource: 'person', versioned: true, softDelete: true },
  person_name: { feature: 'registry', key: 'id', identity: true, parent: 'person' },
  post: { feature: 'registry', key: 'id', resource: 'registry', versioned: true, softDelete: true },
  post_holding: {
    feature: 'registry',
    key: 'id',
    resource: 'registry',
    versioned: true,
    restoreFromTrail: true,
  },
  claim: { feature: 'registry', key: 'id', resource: 'registry', versioned: true, restoreFromTrail: true },
  app_user: { feature: 'trust', key: 'id', resource: 'users', entity: 'user' },
  session: { feature: 'trust', key: 'id', parent: 'app_user' },
  login_throttle: { feature: 'trust', key: 'username' },
  login_device: { feature: 'trust', key: 'id' },
  calendar_token: { feature: 'trust', key: 'id', parent: 'app_user' },
  activity: {
    feature: 'menu',
    key: 'id',
    resource: 'menu',
    versioned: true,
    scope: { provider: 'provider_id', marking: 'marking', releasableTo: 'releasable_to' },
  },
  iteration: {
    feature: 'menu',
    key: 'id',
    resource: 'menu',
    versioned: true,
    parent: 'activity',
    // An iteration is offered, marked and released as its activity is.
    scope: {
      provider: 'activity.provider_id',
      marking: 'activity.marking',
      releasableTo: 'activity.releasable_to',
    },
  },
  nomination: {
    feature: 'nominations',
    key: 'id',
    resource: 'nomination',
    versioned: true,
    parent: 'iteration',
    // The nominating partner sees its own; the provider sees the nominations to its activities.
    scope: { partner: 'partner_id', provider: 'activity.provider_id' },
  },
  exercise: {
    feature: 'menu',
    key: 'iteration_id',
    resource: 'menu',
    parent: 'iteration',
    scope: {
      provider: 'activity.provider_id',
      marking: 'activity.marking',
      releasableTo: 'activity.releasable_to',
    },
  },
  exercise_nation: { feature: 'menu', key: 'id', parent: 'exercise' },
  allocation_round: {
    feature: 'nominations',
    key: 'id',
    resource: 'nomination',
    versioned: true,
    scope: { provider: 'provider_id' },
  },
  allocation_decision: { feature: 'nominations', key: 'id', parent: 'allocation_round' },
  programme: {
    feature: 'programmes',
    key: 'id',
    resource: 'programme',
    scope: { partner: 'partner_id', marking: 'marking', releasableTo: 'releasable_to' },
  },
  programme_version: { feature: 'programmes', key: 'id', parent: 'programme' },
  programme_feedback: { feature: 'programmes', key: 'id', parent: 'programme' },
  person_candidate: { feature: 'dialogue', key: 'id', versioned: true },
  meeting: {
    feature: 'dialogue',
    key: 'id',
    resource: 'dialogue',
    versioned: true,
    restoreFromTrail: true,
    scope: { partner: 'partner_id', marking: 'marking', releasableTo: 'releasable_to' },
  },
  meeting_participant: { feature: 'dialogue', key: 'id', identity: true, parent: 'meeting' },
  // A file attached to a meeting: its own marking (the meeting's unless set stricter), read through
  // the meeting too, like a follow-up. The bytes are outside the database (services/dialogue/attachment-files.ts).
  meeting_attachment: {
    feature: 'dialogue',
    key: 'id',
    resource: 'dialogue',
    versioned: true,
    parent: 'meeting',
    scope: { partner: 'meeting.partner_id', marking: 'marking', releasableTo: 'releasable_to' },
  },
  meeting_source: { feature: 'dialogue', key: 'id', identity: true, parent: 'meeting' },
  follow_up: {
    feature: 'dialogue',
    key: 'id',
    resource: 'dialogue',
    versioned: true,
    parent: 'meeting',
    // A follow-up has a marking of its own (organization only by default); its list also asks
    // for its meeting's (store/dialogue/dialogue.repo.ts), so it is never more open than the meeting.
    scope: {
      partner: 'meeting.partner_id',
      marking: 'marking',
      releasableTo: 'releasable_to',
    },
  },
  // The press desk's feeds and inbox (issue 15): the organization's working material, staff only.
  feed: { feature: 'dialogue', key: 'id', versioned: true },
  feed_item: { feature: 'dialogue', key: 'id', parent: 'feed' },
  press_draft: { feature: 'dialogue', key: 'id', versioned: true },
  pending_action: { feature: 'trust', key: 'id' },
  // Notifications waiting to be sent or kept as sent: read by the sender only, never by a route.
  mail_outbox: { feature: 'trust', key: 'id', parent: 'app_user' },
  user_identity: { feature: 'trust', key: 'id', parent: 'app_user' },
  oidc_login: { feature: 'trust', key: 'state' },
  // Last: every other table's rows are written before the trail that records them is checked.
  audit_log: { feature: 'trust', key: 'id', resource: 'audit', entity: 'audit', identity: true },
} as const satisfies Record<string, TableEntry>;

/**
 * Kinds of record the policy knows that have no table of their own: the dashboards read the
 * tallies below, and what they may show is decided as for any other record.
 */
export const VIEWS = {
  dashboard: { resource: 'aggregate' },
} as const satisfies Record<string, { resource: Resource }>;

/**
 * Tables that are derived from the others and rebuilt by the database itself (triggers): never
 * backed up nor copied, since restoring the rows rebuilds them. A derived table's name also covers
 * the shadow tables SQLite keeps for it (`activity_search_data`, …).
 */
export const DERIVED_TABLES = {
  nomination_tally: 'dashboard counts of nominations (migration 0009)',
  iteration_tally: 'dashboard counts of iterations (migration 0009)',
  meeting_tally: 'dashboard counts of meetings (migration 0009)',
  activity_search: "SQLite's FTS5 trigram index of activity.search (migration 0008)",
  meeting_search: "SQLite's FTS5 trigram index of meeting.search (migration 0008)",
  change_counter: 'a counter per table, bumped by triggers on every write: ETags (migration 0012)',
  meeting_reach_tally: 'meetings per partner, marking and release list: reader totals (migration 0012)',
  follow_up_reach_tally: 'follow-ups per partner, marking and release list (migration 0012)',
} as const;

/** The migrator's own bookkeeping (Kysely). */
export const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

type Entries = typeof ENTITIES;
export type TableName = keyof Entries;

type Where<K extends keyof TableEntry, V> = {
  [T in TableName]: Entries[T] extends Record<K, V> ? T : never;
}[TableName];

/** Tables written through records.ts's versioned writes, optionally of some features only. */
export type VersionedTable<F extends Feature = Feature> = Where<'versioned', true> & Where<'feature', F>;
export type SoftDeletedTable = Where<'softDelete', true>;
export type TrailRestoredTable = Where<'restoreFromTrail', true>;

/** The policy's name for a table's records: its `entity`, or the table's own name. */
type EntityName<T extends TableName> = Entries[T] extends { entity: infer E extends string } ? E : T;

/** Every kind of record the policy is asked about. */
export type Entity =
  | { [T in Where<'resource', Resource>]: EntityName<T> }[Where<'resource', Resource>]
  | keyof typeof VIEWS;

function entriesOf(): [TableName, TableEntry][] {
  return Object.entries(ENTITIES) as [TableName, TableEntry][];
}

/** The policy resource of each kind of record. */
export const RESOURCE_OF = Object.fromEntries([
  ...entriesOf().flatMap(([table, e]) => (e.resource ? [[e.entity ?? table, e.resource]] : [])),
  ...Object.entries(VIEWS).map(([name, v]) => [name, v.resource]),
]) as Record<Entity, Resource>;

/** Tables in backup order, each with its stable row order: what backup, restore and `db copy` walk. */
export const BACKUP_TABLES: readonly { name: TableName; key: string }[] = entriesOf().map(([name, e]) => ({
  name,
  key: e.key,
}));

export const IDENTITY_TABLES: readonly TableName[] = entriesOf()
  .filter(([, e]) => e.identity)
  .map(([name]) => name);

export const SOFT_DELETED: ReadonlySet<TableName> = new Set(
  entriesOf()
    .filter(([, e]) => e.softDelete)
    .map(([name]) => name),
);

/** Tables whose deleted records come back from the audit trail (the deleted-records list reads both kinds). */
export const RESTORED_FROM_TRAIL: readonly TrailRestoredTable[] = entriesOf()
  .filter(([, e]) => e.restoreFromTrail)
  .map(([name]) => name as TrailRestoredTable);

export function keyOf(table: TableName): string {
  return ENTITIES[table].key;
}

/** Whether a table of the migrated database is derived (or the migrator's), so never backed up. */
export function isDerivedTable(name: string): boolean {
  if ((MIGRATOR_TABLES as readonly string[]).includes(name)) return true;
  return Object.keys(DERIVED_TABLES).some((t) => name === t || name.startsWith(`${t}_`));
}

/** A scope as a query names it: each column qualified by the alias its table has in that query. */
export interface QualifiedScope {
  partner?: string;
  provider?: string;
  marking?: string;
  releasableTo?: string;
}

/**
 * The scope columns of a table's records qualified for one query, e.g.
 * `scopeColumns('nomination', { nomination: 'n', activity: 'a' })` → `{partner: 'n.partner_id',
 * provider: 'a.provider_id'}`. A table the query does not alias is named as itself.
 */
export function scopeColumns(
  table: TableName,
  aliases: Partial<Record<TableName, string>> = {},
): QualifiedScope {
  const scope: ScopeSpec = (ENTITIES[table] as TableEntry).scope ?? {};
  const out: QualifiedScope = {};
  for (const [field, column] of Object.entries(scope) as [keyof ScopeSpec, string][]) {
    const dot = column.indexOf('.');
    const owner = (dot < 0 ? table : column.slice(0, dot)) as TableName;
    out[field] = `${aliases[owner] ?? owner}.${dot < 0 ? column : column.slice(dot + 1)}`;
  }
  return out;
}
