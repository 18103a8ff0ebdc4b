import { transliterate } from 'transliteration';
import { DEFAULT_PLACES } from './places.js';
import { caseForms, isCyrillic } from './russian.js';
import { foldWord, type Token, tokenize } from './text.js';

/**
 * What the extractor knows beforehand, passed in as plain data so that extraction stays pure: the
 * CLI builds it from built-in lists today and will build it from the registry later.
 */
export interface GazetteerPost {
  label: string;
  /** an organization id from `organizations`, or a free name */
  organization?: string;
  start?: string;
  end?: string;
}

export interface GazetteerPerson {
  id: string;
  /** every spelling: official, transliterations, Russian, former names */
  names: string[];
  posts?: GazetteerPost[];
}

export interface GazetteerPlace {
  city: string;
  country: string;
  names: string[];
}

export interface GazetteerOrganization {
  id: string;
  names: string[];
}

export interface Gazetteer {
  people: GazetteerPerson[];
  places: GazetteerPlace[];
  organizations: GazetteerOrganization[];
}

export interface PhraseMatch<T> {
  value: T;
  /** token indexes, end exclusive */
  start: number;
  end: number;
}

/** Phrases found token by token; a Russian word matches in any of its case forms. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { keys: Set<string>[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const keys = tokenize(phrase).map((t) => new Set(caseForms(t.lower).map(foldWord)));
    const first = keys[0];
    if (!first) return;
    for (const k of first) {
      const list = this.byFirst.get(k) ?? [];
      list.push({ keys, value });
      this.byFirst.set(k, list);
    }
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    let best: PhraseMatch<T> | null = null;
    for (const entry of this.byFirst.get(first.folded) ?? []) {
      const n = entry.keys.length;
      if (best && n <= best.end - best.start) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = entry.keys[k]?.has(tokens[i + k]?.folded ?? '\0') ?? false;
      if (ok) best = { value: entry.value, start: i, end: i + n };
    }
    return best;
  }

  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i);
      if (m) {
        found.push(m);
        i = m.end - 1;
      }
    }
    return found;
  }
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ҳ: 'h',
  қ: 'q',
  ғ: 'gh',
  ӣ: 'i',
  ӯ: 'u',
  ҷ: 'j',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ң: 'n',
  і: 'i',
};

/**
 * A spelling-insensitive key: "Khamrokhon"/"Hamrokhon"/"Хамрохон", "Sirodjiddin"/"Sirojiddin" and
 * "Appathurai"/"Аппатурай" meet on one key, since wire services transliterate as they please.
 */
export function looseKey(word: string): string {
  const cached = LOOSE_KEYS.get(word);
  if (cached !== undefined) return cached;
  const key = computeLooseKey(word);
  if (LOOSE_KEYS.size > 50_000) LOOSE_KEYS.clear();
  LOOSE_KEYS.set(word, key);
  return key;
}

const LOOSE_KEYS = new Map<string, string>();

function computeLooseKey(word: string): string {
  let w = foldWord(word);
  // Arabic script is written in Latin letters the way search does it (src/domain/insight/spelling.ts).
  if (/\p{Script=Arabic}/u.test(w)) w = foldWord(transliterate(w.replace(/^ال(?=\p{L}{3})/u, '')));
  if (isCyrillic(w)) w = [...w].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  return w
    .replace(/[^a-z]/g, '')
    .replace(/shch/g, 'sh')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ts/g, 'c')
    .replace(/y([aeiou])/g, '$1')
    .replace(/y/g, 'i')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

const NAME_NOISE = new Set(['jr', 'sr', 'ii', 'iii', 'mr', 'mrs', 'ms', 'dr', 'lord', 'sir']);

/** The loose keys of a name's meaningful words: initials, "Jr." and honorifics left out. */
export function nameKeys(name: string): string[] {
  return tokenize(name)
    .filter((t) => !t.initial && !NAME_NOISE.has(t.lower.replace(/\./g, '')))
    .map((t) => looseKey(t.text))
    .filter((k) => k.length > 1);
}

export interface CompiledGazetteer {
  source: Gazetteer;
  places: PhraseIndex<GazetteerPlace>;
  organizations: PhraseIndex<GazetteerOrganization>;
  organizationById: Map<string, GazetteerOrganization>;
  /** full name (loose keys joined) → people */
  peopleByName: Map<string, GazetteerPerson[]>;
  /** last word of any name variant → people */
  peopleBySurname: Map<string, GazetteerPerson[]>;
  /** consonants of that last word: how an Arabic spelling meets a Latin one ("الصفدي" → "sfd" ← "Safadi") */
  peopleByConsonants: Map<string, GazetteerPerson[]>;
}

/**
 * The consonants of a loose key, similar ones merged. Arabic script writes few vowels, so an Arabic
 * name in Latin letters keeps its consonants only; both spellings meet on them.
 */
export function consonantKey(key: string): string {
  return key
    .replace(/[ck]/g, 'k')
    .replace(/[sz]/g, 's')
    .replace(/[td]/g, 't')
    .replace(/[aeiouyhw']/g, '')
    .replace(/(.)\1+/g, '$1');
}

const compiled = new WeakMap<Gazetteer, CompiledGazetteer>();

export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  const cached = compiled.get(gazetteer);
  if (cached) return cached;
  const places = new PhraseIndex<GazetteerPlace>();
  // A registry without places still knows the capitals.
  for (const place of gazetteer.places.length ? gazetteer.places : DEFAULT_PLACES) {
    for (const name of place.names) places.add(name, place);
  }
  const organizations = new PhraseIndex<GazetteerOrganization>();
  for (const org of gazetteer.organizations) for (const name of org.names) organizations.add(name, org);
  const peopleByName = new Map<string, GazetteerPerson[]>();
  const peopleBySurname = new Map<string, GazetteerPerson[]>();
  const peopleByConsonants = new Map<string, GazetteerPerson[]>();
  const push = (map: Map<string, GazetteerPerson[]>, key: string, person: GazetteerPerson) => {
    const list = map.get(key) ?? [];
    if (!list.includes(person)) list.push(person);
    map.set(key, list);
  };
  for (const person of gazetteer.people) {
    for (const name of person.names) {
      const keys = nameKeys(name);
      if (keys.length === 0) continue;
      push(peopleByName, keys.join(' '), person);
      if (keys.length > 2) push(peopleByName, `${keys[0]} ${keys[keys.length - 1]}`, person);
      push(peopleBySurname, keys[keys.length - 1] as string, person);
      const consonants = consonantKey(keys[keys.length - 1] as string);
      if (consonants.length >= 2) push(peopleByConsonants, consonants, person);
    }
  }
  const result: CompiledGazetteer = {
    source: gazetteer,
    places,
    organizations,
    organizationById: new Map(gazetteer.organizations.map((o) => [o.id, o])),
    peopleByName,
    peopleBySurname,
    peopleByConsonants,
  };
  compiled.set(gazetteer, result);
  return result;
}

/**
 * The answers of lookupPerson per compiled gazetteer: a long report names the same people in many
 * sentences, and each lookup tokenized and transliterated the name again.
 */
const lookups = new WeakMap<CompiledGazetteer, Map<string, GazetteerPerson | null>>();

/** The one person a name (full, or a surname alone) stands for, or null when unknown or ambiguous. */
export function lookupPerson(g: CompiledGazetteer, name: string): GazetteerPerson | null {
  const known = lookups.get(g) ?? new Map<string, GazetteerPerson | null>();
  lookups.set(g, known);
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  const person = findPerson(g, name);
  if (known.size > 50_000) known.clear();
  known.set(name, person);
  return person;
}

function findPerson(g: CompiledGazetteer, name: string): GazetteerPerson | null {
  const keys = nameKeys(name);
  if (keys.length === 0) return null;
  const full =
    g.peopleByName.get(keys.join(' ')) ?? g.peopleByName.get(`${keys[0]} ${keys[keys.length - 1]}`);
  if (full?.length === 1) return full[0] ?? null;
  if (full && full.length > 1) return null;
  if (/\p{Script=Arabic}/u.test(name)) return lookupByConsonants(g, keys);
  const bySurname = g.peopleBySurname.get(keys[keys.length - 1] as string);
  if (bySurname?.length !== 1) return null;
  const person = bySurname[0] as GazetteerPerson;
  // "Emomali Rahmon" or "De Hoop Scheffer" may stand for the known person; "Ivan Rahmon" may not.
  if (keys.length > 1 && !person.names.some((n) => keys.every((k) => nameKeys(n).includes(k)))) return null;
  return person;
}

/** True when a single word is the surname of exactly one known person. */
export function isKnownSurname(g: CompiledGazetteer, word: string): boolean {
  return g.peopleBySurname.get(looseKey(word))?.length === 1;
}

/** The post a person held on a day (partial dates compare by their prefix), the latest one when undated. */
export function postOn(person: GazetteerPerson, day: string | null): GazetteerPost | null {
  const posts = person.posts ?? [];
  if (!day) return posts[posts.length - 1] ?? null;
  return (
    posts.find(
      (p) =>
        (!p.start || p.start.slice(0, day.length) <= day) && (!p.end || day.slice(0, p.end.length) <= p.end),
    ) ?? null
  );
}

export function organizationName(g: CompiledGazetteer, idOrName: string | undefined): string | null {
  if (!idOrName) return null;
  return g.organizationById.get(idOrName)?.names[0] ?? idOrName;
}

/** An Arabic spelling: the one person whose surname has its consonants, and whose first name too when given. */
function lookupByConsonants(g: CompiledGazetteer, keys: readonly string[]): GazetteerPerson | null {
  const last = consonantKey(keys[keys.length - 1] as string);
  const found = last.length >= 2 ? g.peopleByConsonants.get(last) : undefined;
  if (found?.length !== 1) return null;
  const person = found[0] as GazetteerPerson;
  if (keys.length === 1) return person;
  const first = consonantKey(keys[0] as string);
  return person.names.some((n) => consonantKey(nameKeys(n)[0] ?? '') === first) ? person : null;
}
