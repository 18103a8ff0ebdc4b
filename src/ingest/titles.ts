import { COUNTRIES, type Country, TITLE_ORGANIZATIONS } from './countries.js';
import { type CompiledGazetteer, PhraseIndex, type PhraseMatch } from './gazetteer.js';
import { type Case, caseOfTitleWord } from './russian.js';
import { foldWord, type Language, type Token, tokenize } from './text.js';

/**
 * Titles and posts as wire copy writes them around a name: before it ("NATO Secretary General's
 * Special Representative for the Caucasus and Central Asia James Appathurai", "министр иностранных
 * дел Таджикистана Сироджиддин Мухриддин") or after it in apposition (", the Minister of Foreign
 * Affairs of Uzbekistan,").
 */
const EN_HEADS = new Set(
  'minister president secretary representative ambassador envoy counterpart colleague chairman chairwoman chair chairperson director head commander chief officer adviser advisor spokesman spokeswoman spokesperson speaker king queen prince princess chancellor premier governor mayor general admiral colonel lieutenant undersecretary under-secretary counsellor counselor consul delegate coordinator commissioner rapporteur emir sultan sheikh leader senator deputy ombudsman attache attaché marshal brigadier major captain commandant'.split(
    ' ',
  ),
);
const EN_MODIFIERS = new Set(
  "foreign defence defense interior prime crown consort vice first special assistant acting permanent senior executive high supreme allied military national security political affairs liaison state principal chargé charge d'affaires designate elect".split(
    ' ',
  ),
);
/**
 * "PM Modi", "FM Dar", "EAM Jaishankar", "COAS Munir": South Asian copy, headlines above all, writes
 * titles as their initials. Read as titles, and spelt out where a later "the Prime Minister" is matched.
 */
const EN_TITLE_ABBREVIATIONS: Record<string, string> = {
  pm: 'prime minister',
  fm: 'foreign minister',
  eam: 'external affairs minister',
  cm: 'chief minister',
  coas: 'chief of army staff',
  cjcsc: 'chairman joint chiefs of staff committee',
  unsg: 'un secretary general',
};
for (const abbreviation of Object.keys(EN_TITLE_ABBREVIATIONS)) EN_HEADS.add(abbreviation);

/** A title with its initials spelt out: "PM" is "prime minister". */
export function spelledTitle(title: string): string {
  return title.replace(/\b[A-Za-z]{2,5}\b/g, (w) => EN_TITLE_ABBREVIATIONS[w.toLowerCase()] ?? w);
}

// "High Commissioners X (Nigeria), Y (Ghana) and Z (Barbados)", "Ambassadors X and Y": a plural
// title stands before a list of names, and is no part of the first one.
for (const head of 'ministers presidents ambassadors envoys counterparts commissioners secretaries representatives delegates senators governors premiers chancellors chairmen chairpersons directors advisers advisors consuls emirs sheikhs'.split(
  ' ',
))
  EN_HEADS.add(head);
// Latin-script reports in other languages are read with the English rules; German and Turkish
// capitalize their titles, which must not be taken for first names (French and Spanish write them in
// lower case, like English common words).
for (const head of 'minister ministerin außenminister außenministerin verteidigungsminister verteidigungsministerin innenminister innenministerin präsident präsidentin bundespräsident bundespräsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin botschafter botschafterin generalsekretär staatssekretär staatssekretärin bakan bakanı cumhurbaşkanı başbakan büyükelçi büyükelçisi sekreteri temsilcisi komutanı'.split(
  ' ',
))
  EN_HEADS.add(head);
// German declines its titles ("den französischen Präsidenten Emmanuel Macron", "ihrem Amtskollegen").
for (const head of 'präsidenten amtskollege amtskollegen amtskollegin prinz prinzen könig königs emir scheich kanzlers ministers außenministers ministerpräsident ministerpräsidenten ministerpräsidentin'.split(
  ' ',
))
  EN_HEADS.add(head);
// Turkish: "TBMM Başkanı", "Irak Başbakanı", "Yunan mevkidaşı" (counterpart), "Sözcüsü" (spokesman).
for (const head of 'başkanı başbakanı mevkidaşı mevkidaşıyla sözcüsü kralı emiri prensi elçisi'.split(' '))
  EN_HEADS.add(head);
for (const modifier of 'stellvertretende stellvertretender dışişleri savunma genel özel yardımcısı'.split(
  ' ',
))
  EN_MODIFIERS.add(modifier);
// French and Spanish write their titles in lower case, after an article, with a country adjective:
// "le directeur politique du MAE italien Pasquale Ferrara", "el canciller jordano, Ayman Safadi".
for (const head of 'ministre ministro ministra président présidente presidente presidenta secrétaire secretario secretaria ambassadeur ambassadrice embajador embajadora directeur directrice director directora chef jefe jefa canciller chancelier envoyé envoyée enviado enviada porte-parole portavoz conseiller conseillère asesor asesora représentant représentante representante commissaire comisario comisaria homologue homólogo homóloga roi rey reine reina príncipe émir vice-président vicepresidente vicepresidenta vice-ministre viceministro viceministra sous-secrétaire subsecretario subsecretaria coordinateur coordinador coordinadora licenciado licenciada'.split(
  ' ',
))
  EN_HEADS.add(head);
for (const modifier of "politique adjoint adjointe délégué déléguée générale premier première d'état d'etat étrangères extérieures exteriores affaires asuntos relaciones extranjero adjunto adjunta permanente spécial especial haut haute alto alta".split(
  ' ',
))
  EN_MODIFIERS.add(modifier);
const EN_CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'to',
  'at',
  'in',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  "d'",
  'del',
  'el',
  'los',
  'las',
  'y',
  'et',
  'pour',
  'para',
  'au',
  'aux',
  // German: "Bundesministerin für wirtschaftliche Zusammenarbeit".
  'für',
]);

/** Latin first words of every country's names, for the lower-case adjectives of French and Spanish titles. */
const COUNTRY_WORDS = [
  ...new Set(
    COUNTRIES.flatMap((c) => c.names)
      .filter((n) => /^\p{Script=Latin}/u.test(n))
      .map((n) => n.toLowerCase().split(/[\s-]/)[0] ?? '')
      .filter((n) => n.length >= 4),
  ),
];

/**
 * The first four and five letters of those words: a lookup instead of a scan. Without accents:
 * "israélien" is the adjective of "Israël", "peruano" of "Perú".
 */
const COUNTRY_STEMS = new Set(COUNTRY_WORDS.map(foldWord).flatMap((c) => [c.slice(0, 4), c.slice(0, 5)]));

/** "italien", "jordano", "britannique": a lower-case word that begins as a country's name does. */
function isCountryAdjective(word: string): boolean {
  if (word.length < 5 || !/^\p{Ll}+$/u.test(word)) return false;
  const need = Math.max(4, Math.min(5, word.length - 2));
  return COUNTRY_STEMS.has(foldWord(word).slice(0, need));
}

// Ukrainian titles join the Russian ones: "міністр закордонних справ", "державний секретар",
// "прем'єр-міністр", "голова", "речник", "очільник".
const UK_TITLE_STEMS =
  "міністр|міністерк|прем'єр|прем’єр|віце|посл|посол|держсекретар|державн|генсек|генеральн|спеціальн|спецпредставник|спецпосланц|представник|голов(?:а|и|і|у|ою)$|заступник|перш(?:ий|ого|ому|им|а|ої|ій|у|ою)$|керівник|директор|начальник|командувач|радник|помічник|секретар|лідер|канцлер|корол|спікер|мер(?:а|ом|у|ові|і)?$|губернатор|депутат|сенатор|генерал|адмірал|полковник|верховн|надзвичайн|аташе|координатор|очільник|колег|речник|посадовц|посадовец";
const UK_HEAD_STEMS =
  "міністр|міністерк|прем'єр|прем’єр|посл|посол|держсекретар|генсек|секретар|спецпредставник|спецпосланц|представник|голов(?:а|и|і|у|ою)$|заступник|керівник|директор|начальник|командувач|радник|помічник|лідер|канцлер|корол|спікер|мер(?:а|ом|у|ові|і)?$|губернатор|депутат|сенатор|генерал|адмірал|полковник|аташе|координатор|очільник|колег|речник";

const RU_TITLE_START =
  /^(министр|замминистра|замглавы|глав|президент|премьер|вице|посол|посл|постпред|постоянн|пресс-секретар|генсек|генеральн|специальн|спецпредставител|спецпосланник|представител|председател|заместител|перв|руководител|директор|начальник|командующ|советник|помощник|секретар|госсекретар|лидер|канцлер|корол|спикер|мэр|губернатор|депутат|сенатор|генерал|адмирал|полковник|верховн|чрезвычайн|атташе|координатор|эмир|экс-|временн|исполняющ|замести|коллег|принц|шейх|султан|наследн)/;
const UK_TITLE_START = new RegExp(`^(?:${UK_TITLE_STEMS})`);
const UK_HEAD = new RegExp(`^(?:${UK_HEAD_STEMS})`);
/** A Russian or Ukrainian title word. */
// "экс-президента", "екс-міністр": a former holder's title is a title.
const withoutFormer = (word: string) => word.replace(/^(?:экс|екс)-/u, '');
const isRuTitleStart = (word: string) => {
  const title = withoutFormer(word);
  return RU_TITLE_START.test(title) || UK_TITLE_START.test(title);
};
const isRuHead = (word: string) => {
  const title = withoutFormer(word);
  return RU_HEAD.test(title) || UK_HEAD.test(title);
};
const RU_HEAD =
  /^(министр|замминистра|замглавы|глав|президент|премьер|посол|посл|постпред|генсек|секретар|госсекретар|спецпредставител|спецпосланник|представител|председател|заместител|руководител|директор|начальник|командующ|советник|помощник|лидер|канцлер|корол|спикер|мэр|губернатор|депутат|сенатор|генерал|адмирал|полковник|атташе|координатор|эмир|коллег|принц|шейх|султан)/;
const RU_INNER_STOP = new Set([
  'с',
  'со',
  'у',
  'от',
  'к',
  'ко',
  'на',
  'для',
  'между',
  'за',
  'после',
  'перед',
  'что',
  'который',
  'которая',
  'а',
  'но',
  'также',
  // Ukrainian
  'з',
  'із',
  'зі',
  'до',
  'після',
  'між',
  'що',
  'який',
  'яка',
  'але',
  'також',
]);
// Ukrainian past tenses end in -в, -вся, -лася: "провів", "зустрівся", "заявив".
const RU_VERB =
  /(л|ла|ло|ли|лся|лась|лись|ется|ится|ются|ятся|ает|яет|ует|ит|ят|ют|ать|ять|ить|еть|уть|ться|ів|ив|ав|яв|ув|їв|вся|лася|лося|лися|ється|ює|ає|ує|іть|ать)$/;
const RU_ADJECTIVE = /(ый|ий|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю)$/;
const RU_NOT_VERB = new Set([
  'дел',
  'дела',
  'посол',
  'генерал',
  'адмирал',
  'маршал',
  'совет',
  'кабинет',
  'парламент',
  'комитет',
  // Ukrainian nouns a title holds that end like a past tense: "закордонних справ", "глав держав".
  'справ',
  'держав',
  'рад',
]);

export interface TitleMatch {
  title: string;
  /** token index where the title starts */
  start: number;
  /** grammatical case of the title's head (Russian), which the name after it shares */
  /** the case the title puts its name in; null where no word of the title shows it */
  grammaticalCase: Case | null;
}

/** German compounds end in their head: "Parlamentspräsident", "Bundesaußenministerin", "Ratspräsidentin". */
const DE_COMPOUND_HEAD =
  /^\p{L}{4,}(?:präsident|minister|kanzler|sekretär|botschafter|kommissar|beauftragte|kollege)(?:in|en|n|s)?$/u;

export function isTitleWord(word: string, lang: Language): boolean {
  if (lang === 'ru') return isRuTitleStart(word);
  return (
    DE_COMPOUND_HEAD.test(word) ||
    EN_HEADS.has(word) ||
    EN_MODIFIERS.has(word) ||
    hyphenated(word, (p) => EN_HEADS.has(p) || EN_MODIFIERS.has(p))
  );
}

export function isTitleHead(word: string, lang: Language): boolean {
  return lang === 'ru'
    ? isRuHead(word)
    : EN_HEADS.has(word) || DE_COMPOUND_HEAD.test(word) || hyphenated(word, (p) => EN_HEADS.has(p));
}

/** "Secretary-General", "Vice-President": each part a title word. */
function hyphenated(word: string, test: (part: string) => boolean): boolean {
  return (
    word.includes('-') &&
    word.split('-').some(test) &&
    word.split('-').every((p) => test(p) || EN_MODIFIERS.has(p))
  );
}

/**
 * The title written just before the name starting at token `nameStart`. `blocked` holds token
 * indexes of other names, where a title cannot reach across.
 */
export function titleBefore(
  text: string,
  tokens: readonly Token[],
  nameStart: number,
  lang: Language,
  blocked: { has(index: number): boolean } = new Set<number>(),
): TitleMatch | null {
  let leftmost = -1;
  let commaUsed = false;
  for (let j = nameStart - 1; j >= 0 && nameStart - j <= 16; j--) {
    const t = tokens[j] as Token;
    const right = tokens[j + 1] as Token;
    const gap = text.slice(t.end, right.start);
    if (!/^ ?-?$/.test(gap) && !/^'s ?$/.test(gap)) {
      // "the Prime Minister of Georgia, Irakli Garibashvili": one comma, right before the name.
      if (gap === ', ' && j === nameStart - 1 && !commaUsed && leftmost === -1) commaUsed = true;
      else break;
    }
    if (blocked.has(j) || !fitsTitle(t, lang, tokens[j + 1])) break;
    if (isTitleWord(t.lower, lang) || (lang === 'en' && t.capitalized && !EN_CONNECTORS.has(t.lower))) {
      leftmost = j;
    } else if (lang === 'ru' && (t.capitalized || /^[а-яёіїєґ'’-]+$/.test(t.lower))) {
      leftmost = j;
    }
  }
  if (leftmost < 0) return null;
  // The title begins at its first title word: "visiting" or "находящимся с визитом" never belong to it.
  let start = leftmost;
  while (start < nameStart && !startsTitle(tokens[start] as Token, lang)) start++;
  if (lang === 'ru') {
    while (start < nameStart && !isRuTitleStart((tokens[start] as Token).lower)) start++;
    // An adjective before the title word belongs to it: "официальный представитель", "таджикским коллегой".
    while (start > leftmost && RU_ADJECTIVE.test((tokens[start - 1] as Token).lower)) start--;
  }
  if (start >= nameStart) return null;
  const span = tokens.slice(start, nameStart);
  if (!span.some((t) => isTitleHead(t.lower, lang))) return null;
  if (commaUsed && !span.some((t) => t.capitalized || isTitleHead(t.lower, lang))) return null;
  const last = span[span.length - 1] as Token;
  const title = text.slice((span[0] as Token).start, last.end).replace(/'s$/, '');
  return { title: title.replace(/^(the|a) /i, ''), start, grammaticalCase: caseOfTitle(span, lang) };
}

/** The title in apposition after a name: "James Appathurai, NATO's Special Representative …,". */
export function titleAfter(
  text: string,
  tokens: readonly Token[],
  nameEnd: number,
  lang: Language,
): string | null {
  const first = tokens[nameEnd];
  const last = tokens[nameEnd - 1];
  if (!first || !last) return null;
  const gap = text.slice(last.end, first.start);
  if (gap !== ', ' && gap !== ' (') return null;
  let i = nameEnd;
  if (lang === 'en' && ['the', 'a', 'an'].includes(first.lower)) i++;
  const begin = tokens[i];
  if (!begin || !(startsTitle(begin, lang) || (lang === 'en' && begin.capitalized))) return null;
  let end = i;
  while (end < tokens.length && end - i < 16) {
    const t = tokens[end] as Token;
    if (
      end > i &&
      !/^ ?-?$/.test(text.slice((tokens[end - 1] as Token).end, t.start)) &&
      !/^'s ?$/.test(text.slice((tokens[end - 1] as Token).end, t.start))
    )
      break;
    if (!fitsTitle(t, lang, tokens[end + 1])) break;
    end++;
  }
  const span = tokens.slice(i, end);
  while (span.length && EN_CONNECTORS.has((span[span.length - 1] as Token).lower)) span.pop();
  if (!span.some((t) => isTitleHead(t.lower, lang))) return null;
  const after = text.slice((span[span.length - 1] as Token).end);
  // "Sayyid Badr …, Foreign Minister on Wednesday held …": a time word may follow the title.
  if (!/^('s)?\s*([,.;)]|$)/.test(after) && !/^\s+(?:on|yesterday|today|also|earlier|later)\s/i.test(after))
    return null;
  return text.slice((span[0] as Token).start, (span[span.length - 1] as Token).end);
}

function startsTitle(t: Token, lang: Language): boolean {
  if (lang === 'ru')
    return isRuTitleStart(t.lower) || (t.capitalized && t.text.length > 1 && isAffiliationWord(t));
  return isTitleWord(t.lower, lang) || (t.capitalized && !EN_CONNECTORS.has(t.lower));
}

const GERMAN_ADJECTIVE = /^\p{Ll}{3,}(?:lich|isch|ig)(?:e|en|er)$/u;

function fitsTitle(t: Token, lang: Language, next: Token | undefined): boolean {
  if (lang === 'en')
    return (
      t.capitalized ||
      EN_CONNECTORS.has(t.lower) ||
      isTitleWord(t.lower, lang) ||
      isCountryAdjective(t.lower) ||
      // "ministre de l'Europe et des Affaires étrangères": an elided article before a capital.
      /^[ldLD]'\p{Lu}/u.test(t.text) ||
      // "Bundesministerin für wirtschaftliche Zusammenarbeit": a German adjective before its
      // capitalized noun, inside the title.
      (GERMAN_ADJECTIVE.test(t.lower) && next?.capitalized === true)
    );
  if (t.capitalized) return true;
  if (RU_INNER_STOP.has(t.lower)) return false;
  if ((t.lower === 'в' || t.lower === 'при') && !next?.capitalized) return false;
  if (isRuTitleStart(t.lower) || RU_NOT_VERB.has(t.lower)) return true;
  return !RU_VERB.test(t.lower);
}

function caseOfTitle(span: readonly Token[], lang: Language): Case | null {
  if (lang !== 'ru') return 'nom';
  for (const t of span) {
    const c = caseOfTitleWord(t.lower);
    if (c) return c;
  }
  // "со спецпосланником США Джоном Коулом": a title the lists do not know leaves the case to the
  // name's own endings.
  return null;
}

export interface Affiliation {
  name: string;
  kind: 'country' | 'organization';
}

const AFFILIATIONS = new PhraseIndex<Affiliation>();
const RU_ADJECTIVE_STEMS: [string, Country][] = [];
for (const country of COUNTRIES) {
  for (const n of country.names) AFFILIATIONS.add(n, { name: country.name, kind: 'country' });
  for (const a of country.adjectives) {
    if (/^[а-яё]/.test(a)) RU_ADJECTIVE_STEMS.push([a, country]);
    else AFFILIATIONS.add(a, { name: country.name, kind: 'country' });
  }
}
for (const org of TITLE_ORGANIZATIONS)
  for (const n of org.names) AFFILIATIONS.add(n, { name: org.name, kind: 'organization' });

/** "Sri Lanka", "Sierra Leone", "Saudi Arabia": where a country's name of several words ends, if one starts at `i`. */
export function countryEndAt(tokens: readonly Token[], i: number): number | null {
  const m = AFFILIATIONS.matchAt(tokens, i);
  if (m && m.value.kind === 'country' && m.end - i > 1) return m.end;
  // Its adjective, which the lists lack: "Sri Lankan", "Sierra Leonean", "South African".
  for (const n of [2, 3]) {
    const last = tokens[i + n - 1];
    if (!last) break;
    for (const suffix of ['n', 'an', 'ian', 'ese']) {
      if (!last.folded.endsWith(suffix) || last.folded.length - suffix.length < 3) continue;
      const phrase = [
        ...tokens.slice(i, i + n - 1),
        { ...last, folded: last.folded.slice(0, -suffix.length) },
      ];
      const a = AFFILIATIONS.matchAt(phrase, 0);
      if (a && a.value.kind === 'country' && a.end === n) return i + n;
    }
  }
  return null;
}

/** A country or organization in any case form, a Russian country adjective, or an acronym. */
export function isAffiliationWord(t: Token): boolean {
  return (
    AFFILIATIONS.matchAt([t], 0) !== null ||
    /^[\p{Lu}]{2,}$/u.test(t.text) ||
    RU_ADJECTIVE_STEMS.some(([stem]) => t.lower.startsWith(stem))
  );
}

/**
 * Country or organization a title names first: "Ambassador of Tajikistan to NATO" acts for
 * Tajikistan. With a gazetteer, its organizations ("Tajik MFA") are preferred for display.
 */
export function affiliationOf(title: string, g: CompiledGazetteer | null): Affiliation | null {
  const tokens = tokenize(title);
  for (let i = 0; i < tokens.length; i++) {
    const org = g?.organizations.matchAt(tokens, i);
    if (org && org.end - org.start > 1) return { name: org.value.names[0] ?? '', kind: 'organization' };
    const known = AFFILIATIONS.matchAt(tokens, i);
    if (known) return known.value;
    const t = tokens[i] as Token;
    const stem = RU_ADJECTIVE_STEMS.find(([s]) => t.lower.startsWith(s));
    if (stem) return { name: stem[1].name, kind: 'country' };
  }
  return null;
}

/** The country or organization whose name (of one word or more, in any case form) starts at token `i`. */
export function affiliationAt(tokens: readonly Token[], i: number): PhraseMatch<Affiliation> | null {
  return AFFILIATIONS.matchAt(tokens, i);
}

/** Countries and organizations named in a run of tokens, with their positions. */
export function affiliationMatches(tokens: readonly Token[]): PhraseMatch<Affiliation>[] {
  return AFFILIATIONS.findAll(tokens);
}

export function countryByName(name: string): Country | null {
  const m = AFFILIATIONS.matchAt(tokenize(name), 0);
  return m?.value.kind === 'country' ? (COUNTRIES.find((c) => c.name === m.value.name) ?? null) : null;
}
