/**
 * Reports crafted against the reader, not written like news: each repeats, in one unbroken line, a
 * pattern that once cost time growing with the square of its length (a period after a short word
 * looked back to the line's start; a list of names copied the set of the others for each one). Used
 * by the benchmark and the load test.
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
};

/** `chars` characters of one pattern, or of all of them in turn. */
export function craftedReport(chars: number, pattern?: string): string {
  const unit = pattern ? (CRAFTED_PATTERNS[pattern] ?? pattern) : Object.values(CRAFTED_PATTERNS).join('');
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}
