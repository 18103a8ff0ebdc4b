/**
 * Russian inflects names: "с Лавровым", "Сироджиддином Мухриддином", "в Брюсселе". Matching a known
 * name generates its case forms from the nominative (reliable); an unknown name is brought back to
 * the nominative by the case of the word that governs it (heuristic, documented as such).
 */
export type Case = 'nom' | 'gen' | 'dat' | 'ins' | 'prep';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const CONSONANT = /[бвгґджзйклмнпрстфхцчшщ]$/;
const VELAR_OR_HUSHING = /[гкхжчшщ]$/;

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** Case forms of one lower-case word in the nominative (a noun, a name); the word itself first. */
export function caseForms(word: string): string[] {
  if (!isCyrillic(word)) return [word];
  const forms = [word];
  const stem = (n: number) => word.slice(0, word.length - n);
  const add = (base: string, endings: string[]) => {
    for (const e of endings) forms.push(base + e);
  };
  if (/(ский|цкий)$/.test(word)) add(stem(2), ['ого', 'ому', 'им', 'ом']);
  else if (/(ская|цкая)$/.test(word)) add(stem(2), ['ой', 'ую']);
  // Adjectives in a country's name: "Южная Корея" → "Южной Кореи", "Саудівська" → "Саудівської".
  else if (/[бвгджзклмнпрстфхцчшщ]ая$/.test(word)) add(stem(2), ['ой', 'ую']);
  else if (/(ська|цька)$/.test(word)) add(stem(1), ['ої', 'ій', 'у', 'ою']);
  else if (/ий$/.test(word)) add(stem(1), ['я', 'ю', 'ем', 'и', 'е']);
  else if (/ия$/.test(word)) add(stem(1), ['и', 'ю', 'ей']);
  else if (/[аоеуыэюяи]й$/.test(word)) add(stem(1), ['я', 'ю', 'ем', 'е']);
  else if (/ь$/.test(word)) add(stem(1), ['я', 'ю', 'ем', 'ём', 'е', 'и', 'ью']);
  else if (/а$/.test(word)) add(stem(1), [VELAR_OR_HUSHING.test(stem(1)) ? 'и' : 'ы', 'е', 'у', 'ой', 'ою']);
  else if (/я$/.test(word)) add(stem(1), ['и', 'е', 'ю', 'ей']);
  else if (/(ов|ев|ёв|ин|ын)$/.test(word)) add(word, ['а', 'у', 'ым', 'е']);
  else if (CONSONANT.test(word)) add(word, ['а', 'у', 'ом', 'ем', 'е']);
  // Ukrainian endings of the same nouns: "України", "Україні", "у Брюсселі", "Берліні", "Блінкенові".
  // …and of a feminine adjective in a name: "Велика Британія" → "Великої Британії".
  if (/а$/.test(word)) add(stem(1), ['и', 'і', 'ою', 'ої', 'ій']);
  else if (/я$/.test(word)) add(stem(1), ['ї', 'і', 'єю', 'ею']);
  else if (/ь$/.test(word)) add(stem(1), ['і', 'ю', 'ем']);
  else if (CONSONANT.test(word)) add(word, ['і', 'ові', 'еві']);
  // A fleeting vowel: "Египет" → "Египта", "Єгипет" → "Єгипту".
  if (/[бвгджзклмнпрстфхцчшщ]е[кт]$/.test(word))
    add(`${stem(2)}${word.slice(-1)}`, ['а', 'у', 'е', 'ом', 'і']);
  // Plural names: "Нидерланды" → "Нидерландов", "Нідерланди" → "Нідерландів", "Филиппины" → "Филиппинах".
  if (/[бвгджзклмнпрстфхцчшщ][ыи]$/.test(word) && word.length > 5)
    add(stem(1), ['ов', 'ам', 'ах', 'ів', 'ах']);
  return forms;
}

/** Case of the head word of a title ("министром" → ins, "главы" → gen), or null when it is no title head. */
export function caseOfTitleWord(word: string): Case | null {
  // "премьер-министром", "вице-президента": the last part carries the ending.
  const w = word.toLowerCase().split('-').pop() ?? '';
  const m = TITLE_HEAD.exec(w);
  if (!m) return null;
  const ending = m[2] ?? '';
  if (m[1] === 'глав' || m[1] === 'коллег') {
    return ({ а: 'nom', ы: 'gen', у: 'gen', е: 'dat', ой: 'ins' } as Record<string, Case>)[ending] ?? null;
  }
  // Ukrainian "голова" (head) and "колега" decline like Russian "глава".
  if (m[1] === 'голов' || m[1] === 'колег') {
    return ({ а: 'nom', и: 'gen', у: 'gen', і: 'dat', ою: 'ins' } as Record<string, Case>)[ending] ?? null;
  }
  if (m[1]?.endsWith('ющ') || m[1]?.endsWith('ущ') || m[1]?.endsWith('юч')) {
    return (
      (
        { ий: 'nom', его: 'gen', ого: 'gen', ему: 'dat', ому: 'dat', им: 'ins', ем: 'prep' } as Record<
          string,
          Case
        >
      )[ending] ?? null
    );
  }
  return (
    (
      {
        '': 'nom',
        ь: 'nom',
        а: 'gen',
        я: 'gen',
        у: 'dat',
        ю: 'dat',
        ом: 'ins',
        ем: 'ins',
        ём: 'ins',
        е: 'prep',
        // Ukrainian: "міністрові", "президентові", "секретарю"
        ові: 'dat',
        еві: 'dat',
        і: 'prep',
        // feminine titles: "канцлеркою", "міністеркою"
        ою: 'ins',
        // plurals: "с министрами", "з міністрами закордонних справ Франції та Німеччини, X та Y"
        ами: 'ins',
        ам: 'dat',
      } as Record<string, Case>
    )[ending] ?? null
  );
}

const TITLE_HEAD =
  /^(министр|президент|посол|консул|генконсул|комиссар|еврокомиссар|сенатор|посланник|спецпосланник|эмиссар|спецэмиссар|посл|генсек|секретар|представител|спецпредставител|председател|заместител|премьер|руководител|директор|начальник|советник|помощник|лидер|канцлер|спикер|губернатор|мэр|депутат|генерал|адмирал|глав|командующ|управляющ|король|корол|коллег|атташе|эмир|шейх|султан|госсекретар|принц|наследн|исполняющ|виконуюч|міністр|прем'єр-міністр|держсекретар|спецпредставник|представник|голов|заступник|керівник|радник|помічник|речник|очільник|командувач|колег|спікер|канцлерк|президентк|міністерк|мер)(|ь|а|я|у|ю|ом|ем|ём|е|ы|ой|ий|его|ему|им|ові|еві|і|и|ою|ого|ому|ами|ам)$/;

/** Case a preposition or verb gives the name right after it ("с" → ins), or null. */
export function caseAfterWord(word: string): Case | null {
  const w = word.toLowerCase();
  if (w === 'с' || w === 'со' || w === 'между' || w === 'з' || w === 'із' || w === 'зі' || w === 'між')
    return 'ins';
  if (['у', 'от', 'для', 'без', 'до', 'из', 'визит', 'визита', 'участием'].includes(w)) return 'gen';
  // "разговор Владимира Путина", "встреча Сергея Лаврова", "зустріч Володимира Зеленського"
  if (
    /^(?:разговор|разговора|встреча|встречи|беседа|беседы|переговоры|звонок|розмова|розмови|зустріч|візит|візиту)$/.test(
      w,
    )
  )
    return 'gen';
  // "позвонил Касым-Жомарту Токаеву": one calls someone in the dative.
  if (w === 'к' || w === 'ко' || /^(?:позвонил|позвонила|позвонили|зателефонував|зателефонувала)$/.test(w))
    return 'dat';
  if (['о', 'об', 'при'].includes(w)) return 'prep';
  if (/^(принял|принимал|поздравил|пригласил|посетил|встретил|приветствовал)$/.test(w)) return 'gen';
  return null;
}

type Gender = 'm' | 'f';

/**
 * The nominative of a Russian full name given its case. The rules need a consonant before the
 * ending, so indeclinable names ending in a vowel (Шойгу, Зарифи, Эмомали) pass unchanged.
 */
export function russianNominative(words: string[], grammaticalCase: Case): string[] {
  // "королю Карлу III", "Королеве Елизавете II": a monarch's number does not decline.
  const regnal = (w: string) => /^[IVX]+$/.test(w);
  if (grammaticalCase === 'nom' || words.length === 0 || !words.every((w) => isCyrillic(w) || regnal(w)))
    return words;
  const gender = genderOf(words[0] ?? '', grammaticalCase);
  return words.map((w) => {
    if (/^\p{Lu}\.$/u.test(w) || regnal(w)) return w;
    // "Жаном-Ноелем": each part of a double first name declines.
    return w
      .split('-')
      .map((part) => nominativeOf(part, grammaticalCase, gender))
      .join('-');
  });
}

function genderOf(first: string, c: Case): Gender {
  const w = first.toLowerCase();
  // "Майи", "Майей": a first name in -йя declines as "Мария" does.
  if (c === 'gen') return /(ы|ии|йи|[гкхжчшщ]и|ьи|[^аеоуя]у|ию)$/.test(w) ? 'f' : 'm';
  // "Каей" (Кая), "Майей" (Майя): a vowel before "-ей" is a feminine name's.
  if (c === 'ins') return /(ой|ией|йей|ьей|[аеоу]ей|ою|єю)$/.test(w) ? 'f' : 'm';
  if (c === 'dat') return /(ии|е)$/.test(w) && !/(ее|ие)$/.test(w) ? 'f' : 'm';
  return 'm';
}

const RULES: Record<Gender, Partial<Record<Case, [RegExp, string][]>>> = {
  m: {
    gen: [
      // Ukrainian "Зеленського", "Зеленському", "Зеленським".
      [/(ськ|цьк)ого$/, '$1ий'],
      [/(ск|цк)ого$/, '$1ий'],
      [/ого$/, 'ый'],
      [/ия$/, 'ий'],
      [/([аеоуя])я$/, '$1й'],
      [/([бвгджзклмнпрстфхцчшщ])я$/, '$1ь'],
      [/([бвгджзклмнпрстфхцчшщ])а$/, '$1'],
      [/([бвгджзклмнпрстфхцчшщ])ы$/, '$1а'],
      [/([гкхжчшщ])и$/, '$1а'],
      // "Хавьера Коломину" (accusative), but not "Сергея Шойгу", which does not decline.
      [/([бвджзлмнпрстфцчшщ])у$/, '$1а'],
    ],
    dat: [
      [/([бвгґджзклмнпрстфхцчшщ])[ое]ві$/, '$1'],
      [/(ськ|цьк)ому$/, '$1ий'],
      [/(ск|цк)ому$/, '$1ий'],
      [/ию$/, 'ий'],
      [/([аеоуя])ю$/, '$1й'],
      [/([бвгджзклмнпрстфхцчшщ])ю$/, '$1ь'],
      [/([бвгджзклмнпрстфхцчшщ])у$/, '$1'],
      [/([бвгджзклмнпрстфхцчшщ])е$/, '$1а'],
    ],
    ins: [
      // Ukrainian: "Дмитром Кулебою", "Андрієм", "Ігорем" (but "Александром", "Олександром" → "-р")
      [/ою$/, 'а'],
      [/ієм$/, 'ій'],
      [/([аеоуяі])єм$/, '$1й'],
      [/^(петр|дмитр)ом$/, '$1о'],
      // "Шевченком", "Кличком", "Бойком": surnames in -ко.
      [/(енк|чк|йк|льк)ом$/, '$1о'],
      [/(ськ|цьк)им$/, '$1ий'],
      [/(ск|цк)им$/, '$1ий'],
      [/ием$/, 'ий'],
      [/([аеоуя])ем$/, '$1й'],
      // After ц, ж, ш, ч, щ the hard ending is written "-ем": "Шольцем" → "Шольц", "Гутеррешем" → "Гутерреш".
      [/([цжшчщ])ем$/, '$1'],
      [/([бвгджзклмнпрстфхцчшщ])[её]м$/, '$1ь'],
      [/([бвгджзклмнпрстфхцчшщ])ом$/, '$1'],
      [/(ов|ев|ин|ын)ым$/, '$1'],
      // Ukrainian: "Саїдовим", "Єрмаком"… the surname ending of "-ов/-ев/-ін" in the instrumental is "-им".
      [/(ов|ев|єв|ін|їн)им$/, '$1'],
      [/([бвгджзклмнпрстфхцчшщ])ой$/, '$1а'],
      // Men's names in -а decline like "Мирча" → "Мирчей".
      [/([жчшщ])ей$/, '$1а'],
      // Ukrainian men's names in -я: "Шимоном Головнею" → "Головня", "Іллею" → "Ілля".
      [/([бвгджзклмнпрстфхцчшщ])ею$/, '$1я'],
    ],
    prep: [
      [/ии$/, 'ий'],
      [/([бвгджзклмнпрстфхцчшщ])е$/, '$1'],
    ],
  },
  f: {
    gen: [
      [/(ск|цк)ой$/, '$1ая'],
      [/(ов|ев|ин)ой$/, '$1а'],
      [/ии$/, 'ия'],
      [/йи$/, 'йя'],
      [/([бвгджзклмнпрстфхцчшщ])ы$/, '$1а'],
      [/([гкхжчшщ])и$/, '$1а'],
      [/([бвгджзклмнпрстфхцчшщ])и$/, '$1я'],
      [/(ск|цк)ую$/, '$1ая'],
      [/ию$/, 'ия'],
      [/([бвгджзклмнпрстфхцчшщ])у$/, '$1а'],
      [/([бвгджзклмнпрстфхцчшщ])ю$/, '$1я'],
    ],
    dat: [
      [/(ск|цк)ой$/, '$1ая'],
      [/(ов|ев|ин)ой$/, '$1а'],
      [/ии$/, 'ия'],
      [/([бвгджзклмнпрстфхцчшщ])е$/, '$1а'],
    ],
    ins: [
      [/(ськ|цьк)ою$/, '$1а'],
      // Ukrainian "Вікторією", "Марією" → "Вікторія", "Марія".
      [/ією$/, 'ія'],
      [/ою$/, 'а'],
      [/(ск|цк)ой$/, '$1ая'],
      [/ией$/, 'ия'],
      [/йей$/, 'йя'],
      [/([аеоу])ей$/, '$1я'],
      [/([бвгджзклмнпрстфхцчшщ])ой$/, '$1а'],
      [/([бвгджзклмнпрстфхцчшщ])ей$/, '$1я'],
    ],
  },
};

function nominativeOf(word: string, c: Case, g: Gender): string {
  const lower = word.toLowerCase();
  for (const [pattern, replacement] of RULES[g][c] ?? []) {
    if (pattern.test(lower)) {
      const result = lower.replace(pattern, replacement);
      return word.charAt(0) + result.slice(1);
    }
  }
  return word;
}
