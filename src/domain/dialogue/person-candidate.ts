/**
 * The registry names a draft person's spellings become. A press report spells a Tajik name in Latin
 * (several transliterations) or in Cyrillic; the registry needs one English name at least.
 */
export interface DraftName {
  name: string;
  lang: 'en' | 'ru';
  kind: 'official' | 'transliteration';
}

const CYRILLIC = /[\u0400-\u04FF]/;

export function scriptLang(name: string): 'en' | 'ru' {
  return CYRILLIC.test(name) ? 'ru' : 'en';
}

/**
 * The main spelling (the fullest the records met) is the official English name when written in Latin
 * letters; otherwise the first Latin spelling is, and when there is none the main spelling stands in
 * as the English name until someone corrects it. Every other spelling is kept as a transliteration,
 * so that the next report spelling the name so finds the person instead of drafting it again.
 */
export function namesFromDraft(main: string, spellings: readonly string[]): DraftName[] {
  const all = [...new Set([main, ...spellings].map((s) => s.trim()).filter(Boolean))];
  const english = all.find((s) => scriptLang(s) === 'en') ?? all[0] ?? main;
  const firstRussian = all.find((s) => scriptLang(s) === 'ru' && s !== english);
  return [
    { name: english, lang: 'en', kind: 'official' },
    ...all
      .filter((s) => s !== english)
      .map(
        (s): DraftName => ({
          name: s,
          lang: scriptLang(s),
          kind: s === firstRussian ? 'official' : 'transliteration',
        }),
      ),
  ];
}

/** The spellings a person lacks, as transliterations to add to their names (exact text compared). */
export function missingSpellings(known: readonly string[], spellings: readonly string[]): DraftName[] {
  const have = new Set(known.map((n) => n.trim()));
  return [...new Set(spellings.map((s) => s.trim()).filter((s) => s && !have.has(s)))].map((s) => ({
    name: s,
    lang: scriptLang(s),
    kind: 'transliteration',
  }));
}
