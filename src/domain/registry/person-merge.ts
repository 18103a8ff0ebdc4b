import { certainlyOverlap } from '../core/period.js';
import { foldForSearch } from '../core/search-text.js';
import type { DatedName } from './names.js';

/**
 * The names of a person that absorbs a duplicate: its own first, unchanged, then the duplicate's
 * spellings it lacks (same text and language, folded, counts as the same), kept as variants: a
 * transliteration or a former name stays one, anything else becomes an alternate name.
 */
export function mergedNames(into: readonly DatedName[], from: readonly DatedName[]): DatedName[] {
  const key = (n: DatedName) => `${n.lang}\u0000${foldForSearch(n.name)}`;
  const seen = new Set(into.map(key));
  const added: DatedName[] = [];
  for (const n of from) {
    if (seen.has(key(n))) continue;
    seen.add(key(n));
    added.push({ ...n, kind: n.kind === 'transliteration' || n.kind === 'former' ? n.kind : 'alternate' });
  }
  return [...into, ...added];
}

export interface HoldingBrief {
  id: string;
  post_id: string;
  acting: number;
  start_date: string;
  end_date: string | null;
}

/**
 * The first pair of holdings (one of each person) that could not both stand for one person: the same
 * single-holder post, the same kind (acting or substantive), in periods that certainly overlap.
 */
export function singleHolderClash(
  from: readonly HoldingBrief[],
  into: readonly HoldingBrief[],
  singleHolderPosts: ReadonlySet<string>,
): [HoldingBrief, HoldingBrief] | undefined {
  for (const a of from) {
    if (!singleHolderPosts.has(a.post_id)) continue;
    for (const b of into) {
      if (
        b.post_id === a.post_id &&
        b.acting === a.acting &&
        certainlyOverlap({ start: a.start_date, end: a.end_date }, { start: b.start_date, end: b.end_date })
      )
        return [a, b];
    }
  }
  return undefined;
}
