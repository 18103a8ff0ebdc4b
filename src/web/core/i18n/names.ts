import type { NameOut, OrganizationOut, PersonOut, PostOut } from '../api/client.js';
import { firstDay, lastDay, todayIso } from './format.js';
import type { Lang } from './i18n.js';

type NameKind = NameOut['kind'];

export function nameInForce(name: NameOut, on: string): boolean {
  return (
    (!name.start_date || firstDay(name.start_date) <= on) && (!name.end_date || lastDay(name.end_date) >= on)
  );
}

/**
 * The name to show: in the UI language when the record has one, else in English; among the names in
 * force on the day (today by default), by the kinds preferred, the latest to have started.
 */
export function pickName(
  names: NameOut[],
  lang: Lang,
  kinds: NameKind[],
  on: string = todayIso(),
): NameOut | undefined {
  // A record whose names all ended (a dissolved body) is still shown by its last name.
  for (const dated of [true, false]) {
    for (const language of [lang, 'en'] as const) {
      for (const kind of kinds) {
        const candidates = names.filter(
          (n) => n.lang === language && n.kind === kind && (!dated || nameInForce(n, on)),
        );
        candidates.sort((a, b) => (b.start_date ?? '').localeCompare(a.start_date ?? ''));
        if (candidates[0]) return candidates[0];
      }
    }
  }
  return undefined;
}

// A former name was the official one while it was in use.
const OFFICIAL: NameKind[] = ['official', 'former', 'transliteration', 'alternate', 'short'];
const SHORT: NameKind[] = ['short', 'official', 'transliteration', 'alternate'];

export function organizationName(org: OrganizationOut, lang: Lang, on?: string): string {
  return pickName(org.names, lang, OFFICIAL, on)?.name ?? org.name;
}

export function organizationShortName(org: OrganizationOut, lang: Lang, on?: string): string {
  return pickName(org.names, lang, SHORT, on)?.name ?? org.name;
}

export function personName(person: PersonOut, lang: Lang, on?: string): string {
  return pickName(person.names, lang, OFFICIAL, on)?.name ?? person.name;
}

export function postLabel(post: Pick<PostOut, 'label' | 'labels'>, lang: Lang): string {
  return post.labels[lang] ?? post.label;
}

/** Names in the UI language first, oldest first within a language. */
export function namesByLanguage(names: NameOut[], lang: Lang): { own: NameOut[]; others: NameOut[] } {
  const order = (a: NameOut, b: NameOut) => (a.start_date ?? '').localeCompare(b.start_date ?? '');
  return {
    own: names.filter((n) => n.lang === lang).sort(order),
    others: names.filter((n) => n.lang !== lang).sort(order),
  };
}
