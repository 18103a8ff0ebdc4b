/**
 * Reports crafted against the reader, not written like news: each repeats, in one unbroken line, a
 * pattern that once cost time growing with the square of its length (a period after a short word
 * looked back to the line's start; a list of names copied the set of the others for each one; a
 * meeting's sentences were all read again for each new one). Used by the benchmarks, the linear-time
 * test and the load test.
 */
export const CRAFTED_PATTERNS: Record<string, string> = {
  abbreviations: 'Dr. Abc ',
  initials: 'A. ',
  'names in one sentence': 'Ivan Petrov, ',
  'meetings in one sentence': 'Minister Ivan Petrov met with James Appathurai and ',
  'dates in one sentence': 'on 12 May 2011 and on Tuesday and ',
  'Russian names in one sentence': 'министр Иван Петров встретился с Аппатураем и ',
  'Arabic names in one sentence': 'استقبل وزير الخارجية أيمن الصفدي نظيره خوسيه ألباريس و ',
  'Ukrainian names in one sentence': 'міністр Андрій Сибіга зустрівся з Дмитром Кулебою та ',
  'weekdays with day numbers': 'el pasado miércoles 23 y la víspera y ',
  'particles and compound titles': 'Ratspräsident Ursula von der Leyen und ',
  // Found by bench/ingest-fuzz.ts: many short sentences about one meeting, or many meetings, each
  // made the assembly of meetings re-read what came before (27 s, 35 s, 4.5 s, 1.2 s at 100 kB).
  'pronoun follow-ups': 'He met Zarkov Brown. ',
  'one meeting told in many sentences': 'Zarkov Brown met. He met. ',
  'Russian pronoun follow-ups': 'Он встретился с Зарифи. Министр Хамрохон Зарифи провел переговоры. ',
  'more people at the same meeting': 'He would host the meeting with Minister {name} {name}. ',
  'new people in short meeting sentences': '{name} {name} met {name}ov. ',
  // Linear, but each sentence went to compromise's tagger: 2.8 s at 100 kB.
  'doubtful names in meeting sentences': '{name} Rice met {name}ov. ',
  // A roll of envoys with their countries in brackets: each doubtful name of it asks about the others.
  'a roll with bracketed countries': 'Ambassadors Ivan Petrov (Norway), {name} {name} {name} (Chile), ',
};

/** Syllables of the made-up names that `{name}` stands for. */
const SYLLABLES = ['ba', 'ke', 'di', 'mo', 'ru', 'sa', 'ti', 'vo', 'ne', 'lu'];

/** The n-th made-up name: "Bababa", "Bababake", …; no two alike, none a word the reader knows. */
function madeUpName(n: number): string {
  const word = String(n)
    .padStart(3, '0')
    .split('')
    .map((d) => SYLLABLES[Number(d)])
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `chars` characters of one pattern, or of all of them in turn, repeated in one unbroken line. Each
 * `{name}` in a pattern is another made-up name, so that the repetitions name new people.
 */
export function craftedReport(chars: number, pattern?: string): string {
  const unit = pattern ? (CRAFTED_PATTERNS[pattern] ?? pattern) : Object.values(CRAFTED_PATTERNS).join('');
  let n = 0;
  const parts: string[] = [];
  for (let length = 0; length < chars; ) {
    const piece = unit.replace(/\{name\}/g, () => madeUpName(n++));
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars);
}
