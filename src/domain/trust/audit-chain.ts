import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain: each entry's hash covers its content and the previous entry's hash,
 * so an edited, removed or reordered entry breaks every hash after it.
 */
export interface ChainedEntry {
  at: string;
  actor_id: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export function entryHash(prevHash: string | null, e: ChainedEntry): string {
  const content = JSON.stringify([
    prevHash,
    e.at,
    e.actor_id,
    e.action,
    e.entity,
    e.entity_id,
    e.before,
    e.after,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

export interface ChainBreak {
  id: number;
  reason: string;
}

/** Checks entries in id order; the first break found, or null when the chain is whole. */
export function verifyChain(
  entries: Iterable<ChainedEntry & { id: number; prev_hash: string | null; hash: string | null }>,
  previous: string | null = null,
): { checked: number; broken: ChainBreak | null; last: string | null } {
  let prev = previous;
  let checked = 0;
  for (const e of entries) {
    if (e.prev_hash !== prev)
      return { checked, broken: { id: e.id, reason: 'does not follow the entry before it' }, last: prev };
    if (e.hash !== entryHash(prev, e))
      return { checked, broken: { id: e.id, reason: 'content does not match its hash' }, last: prev };
    prev = e.hash;
    checked++;
  }
  return { checked, broken: null, last: prev };
}
