export interface Waiting {
  id: string;
  partner_id: string;
  priority: number;
  rank: number;
  created_at: string;
}

/**
 * Who moves up when a seat frees: the highest priority (lowest number), then the best rank, then
 * the earliest nomination, then the id — so that the same list always gives the same answer. A
 * partner at its cap in the iteration is passed over.
 */
export function nextFromWaitlist(
  waiting: readonly Waiting[],
  seatedByPartner: ReadonlyMap<string, number>,
  partnerCap: number | null,
): Waiting | undefined {
  return [...waiting]
    .filter((w) => partnerCap === null || (seatedByPartner.get(w.partner_id) ?? 0) < partnerCap)
    .sort(
      (a, b) =>
        a.priority - b.priority ||
        a.rank - b.rank ||
        (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )[0];
}
