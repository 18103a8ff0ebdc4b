import { RESTORED_FROM_TRAIL, SOFT_DELETED } from '../../domain/core/entities.js';
import { assertCanRead } from '../../domain/trust/access.js';
import { mayWriteOn } from '../../domain/trust/can.js';
import type { Page } from '../../schemas/core/common.schema.js';
import {
  DELETED_KINDS,
  type DeletedKind,
  type DeletedRecordOut,
  type DeletedRecordQuery,
} from '../../schemas/trust/deleted-record.schema.js';
import { currentDeletions } from '../../store/trust/deleted-records.repo.js';
import type { Ctx } from '../core/context.js';

/** Where each kind's restore route lives. */
const COLLECTION: Record<DeletedKind, string> = {
  organization: 'organizations',
  person: 'people',
  post: 'posts',
  source: 'sources',
  membership: 'memberships',
  post_holding: 'holdings',
  claim: 'claims',
  meeting: 'meetings',
};

/** How many of each kind the list looks at: the newest deletions, which are the ones people undo. */
const PER_KIND = 500;

type Before = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The record as a person would name it, from its state when deleted. */
function labelOf(kind: DeletedKind, b: Before, id: string): string {
  const pair = (x: unknown, y: unknown) => [str(x), str(y)].filter(Boolean).join(' — ');
  switch (kind) {
    case 'membership':
      return pair(b.member_name, b.organization_name_at_start) || id;
    case 'post_holding':
      return pair(b.person_name, b.post_label) || id;
    case 'claim':
      return pair(b.source_title, b.field) || id;
    case 'meeting':
      return str(b.title) ?? pair(b.partner_id, b.start_date) ?? id;
    default:
      return str(b.name) ?? str(b.label) ?? str(b.title) ?? id;
  }
}

// The entity table decides which kinds are restorable; the schema's list names them for the API.
const RESTORABLE = new Set<string>([...SOFT_DELETED, ...RESTORED_FROM_TRAIL]);

/**
 * What is deleted now and may be brought back, newest deletion first, for those who read the audit
 * trail it comes from (the organization's staff); each with whether this reader may restore it.
 */
export async function listDeletedRecords(
  ctx: Ctx,
  query: DeletedRecordQuery,
): Promise<Page<DeletedRecordOut>> {
  assertCanRead(ctx.actor, 'audit');
  const kinds = DELETED_KINDS.filter((k) => RESTORABLE.has(k) && (!query.kind || query.kind === k));
  const items: DeletedRecordOut[] = [];
  for (const kind of kinds) {
    for (const row of await currentDeletions(ctx.db, kind, PER_KIND)) {
      const before = (row.before ? JSON.parse(row.before) : {}) as Before;
      items.push({
        kind,
        id: row.entity_id,
        label: labelOf(kind, before, row.entity_id),
        deleted_at: row.at,
        deleted_by: row.actor_id,
        version: typeof before.version === 'number' ? before.version : 1,
        restore_path: `/api/${COLLECTION[kind]}/${encodeURIComponent(row.entity_id)}/restore`,
        can: { restore: mayWriteOn(ctx.actor, kind) },
      });
    }
  }
  items.sort((a, b) => b.deleted_at.localeCompare(a.deleted_at));
  return {
    items: items.slice(query.offset, query.offset + query.limit),
    total: items.length,
    limit: query.limit,
    offset: query.offset,
  };
}
