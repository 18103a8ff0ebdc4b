import { coversDay } from '../core/period.js';

export interface DatedName {
  name: string;
  lang: string;
  kind: string;
  start_date?: string | null;
  end_date?: string | null;
}

const KIND_RANK: Record<string, number> = {
  official: 0,
  former: 1,
  transliteration: 2,
  alternate: 3,
  short: 4,
};

/**
 * The name to show on a day in a language: a name in use that day (official forms first), in the
 * language or else in English; failing that, the latest-starting name, in the language or English.
 */
export function nameOn(names: readonly DatedName[], day: string, lang = 'en'): string | undefined {
  const langs = lang === 'en' ? ['en'] : [lang, 'en'];
  for (const l of langs) {
    const inUse = names
      .filter(
        (n) =>
          n.lang === l && coversDay({ start: n.start_date ?? null, end: n.end_date ?? null }, day) !== 'no',
      )
      .sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9));
    if (inUse[0]) return inUse[0].name;
  }
  for (const l of langs) {
    const latest = names
      .filter((n) => n.lang === l)
      .sort((a, b) => (b.start_date ?? '').localeCompare(a.start_date ?? ''));
    if (latest[0]) return latest[0].name;
  }
  return names[0]?.name;
}

/** Names (in one language, official) that came into use after `from` and not after `to`: the renamings. */
export function renamingsBetween(
  names: readonly DatedName[],
  from: string,
  to: string | null,
  lang = 'en',
): { name: string; start_date: string | null }[] {
  return names
    .filter((n) => n.lang === lang && n.kind === 'official' && n.start_date)
    .filter((n) => (n.start_date as string) > from && (to === null || (n.start_date as string) <= to))
    .sort((a, b) => (a.start_date as string).localeCompare(b.start_date as string))
    .map((n) => ({ name: n.name, start_date: n.start_date ?? null }));
}
