import { useSearchParams } from 'react-router';
import { EVENT_TYPES, type EventType } from '../../domain/menu/vocabulary.js';
import { useSession } from '../core/session/session.js';

export interface MenuFilter {
  area?: string;
  type?: EventType;
  provider?: string;
  from?: string;
  to?: string;
  eligible_for?: string;
}

const KEYS = ['area', 'provider', 'from', 'to'] as const;
/** The address says "eligible=all" when a partner official asks to see the whole menu. */
const EVERY_PARTNER = 'all';

/**
 * The menu's filters, kept in the address so that a view can be shared. A partner official sees by
 * default what its own country may be nominated to.
 */
export function useMenuFilter(): {
  filter: MenuFilter;
  set: (key: keyof MenuFilter, value: string | null) => void;
  page: number;
  setPage: (page: number) => void;
} {
  const [params, setParams] = useSearchParams();
  const { ownPartner } = useSession();
  const filter: MenuFilter = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const type = params.get('type');
  if ((EVENT_TYPES as readonly string[]).includes(type ?? '')) filter.type = type as EventType;
  const eligible = params.get('eligible') ?? ownPartner ?? null;
  if (eligible && eligible !== EVERY_PARTNER) filter.eligible_for = eligible;
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      },
      { replace: true },
    );
  return {
    filter,
    set: (key, value) =>
      update((next) => {
        const name = key === 'eligible_for' ? 'eligible' : key;
        if (key === 'eligible_for' && !value) next.set(name, EVERY_PARTNER);
        else if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
      }),
    page: Math.max(1, Number(params.get('page')) || 1),
    setPage: (page) => update((next) => (page > 1 ? next.set('page', String(page)) : next.delete('page'))),
  };
}
