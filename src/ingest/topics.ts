import type { Language } from './text.js';

/**
 * The subjects a meeting dealt with, as the short phrases a desk officer would file them under:
 * "the sides considered issues related to relations between Tajikistan and the North Atlantic Treaty
 * Organization (NATO)" gives "relations between Tajikistan and NATO".
 */
const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';

const ACTIVE: Record<Language, RegExp[]> = {
  en: [
    /\b(?:discussed|discussing|discuss|considered|considering|reviewed|reviewing|review|addressed|explored|examined|covered)\b\s+/i,
    /\bexchanged (?:views|opinions|ideas)(?: in detail)?\s+(?:on|about|regarding|concerning)\s+/i,
    /\b(?:focused|focusing|focussed|centred|centered|concentrated)\s+on\s+/i,
    /\btouched (?:up)?on\s+/i,
    /\btalked about\s+/i,
    /\bthe agenda (?:included|covered)\s+/i,
    /\b(?:talks|discussions|consultations|conversation)\s+(?:with\s+[^,]+?\s+)?(?:on|about|regarding)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:sidelines|margins)|\d))/i,
  ],
  ru: [
    new RegExp(
      `${L}(?:обсудили|обсуждали|обсудил|обсудила|обсудят|обсудить|обсуждены|обсуждались|обсуждался|обсуждалось|обсуждалась|рассмотрели|рассмотрены|рассматривались)${R}\\s+`,
      'iu',
    ),
    new RegExp(`${L}(?:обменялись мнениями|обмен мнениями)(?: по| о| об)?${R}\\s+`, 'iu'),
    new RegExp(
      `${L}(?:в центре внимания (?:был[иоа]?|оказал\\w*)|(?:основное |особое )?внимание (?:было )?уделено)${R}\\s+`,
      'iu',
    ),
    new RegExp(`${L}(?:речь шла|шла речь)\\s+(?:о|об)${R}\\s+`, 'iu'),
    new RegExp(`${L}(?:обсуждение|обсуждению)${R}\\s+`, 'iu'),
  ],
};
const PASSIVE_EN =
  /^(.+?)\s+(?:were|was|had been|have been)\s+(?:also\s+)?(?:discussed|considered|reviewed|addressed|on the agenda)\b/i;

const TAIL: Record<Language, RegExp[]> = {
  en: [
    /,?["']?\s*(?:the |a |an )?[\w'-]+(?:\s+[\w'-]+){0,6}\s+(?:said|says|reported|reports|noted|added|stated|told|informs|informed|announced)\b.*$/i,
    /,?\s*according to\b.*$/i,
    /\s+(?:and|,)\s*(?:also\s+)?(?:agreed|noted|stressed|expressed|emphasi[sz]ed|underlined|signed|reaffirmed|welcomed|praised|highlighted|called|pledged|decided|confirmed|outlined|exchanged|discussed|considered|reviewed|focused|touched)\b.*$/i,
    /\s+with (?:the )?(?:aim|view|goal|purpose) of\b.*$/i,
    /\s+in (?:detail|depth)\b/i,
    /\s*\.$/,
  ],
  ru: [
    new RegExp(
      `,\\s*(?:сообщил\\w*|сообщает\\w*|говорится|отмечается|передает|передаёт|заявил\\w*|отметил\\w*|информирует)${R}.*$`,
      'iu',
    ),
    new RegExp(
      `\\s+и\\s+(?:договорились|отметили|подчеркнули|выразили|подписали|подтвердили|согласились)${R}.*$`,
      'iu',
    ),
    /\s*\.$/,
  ],
};

const LEAD_INS: Record<Language, RegExp[]> = {
  en: [
    /^(?:the|a|an)\s+/i,
    /^with\s+(?:[A-Z][\w'-]*\s+|of\s+|the\s+|and\s+)*(?=[a-z])/,
    /^(?:a (?:wide |broad |whole )?(?:range|number|variety|host|set) of\s+)?(?:topical |current |pressing |key |important |various |practical |specific )?(?:issues?|questions?|matters?|problems?|aspects?|topics?)(?:\s+(?:related to|relating to|of|concerning|regarding|on|pertaining to|in))?\s*/i,
    /^(?:the\s+)?(?:current\s+)?(?:state|status)(?:\s+and\s+prospects)?\s+of\s+/i,
    /^(?:the\s+)?prospects\s+(?:of|for)\s+/i,
    /^(?:the\s+)?process\s+of\s+/i,
    /^(?:the\s+)?(?:establishment|development|strengthening|deepening|expansion|enhancement)\s+of\s+/i,
    /^(?:ways|means|possibilities|opportunities)\s+(?:of|to|for)\s+/i,
  ],
  ru: [
    /^(?:широкий |весь )?(?:круг|ряд|комплекс)\s+(?:актуальных |важных )?вопросов\s*/iu,
    /^(?:актуальные |важные |практические |текущие )?(?:вопрос[ыа]?|вопросов|проблемы|темы|аспекты)(?:,?\s+связанные\s+с)?\s+/iu,
    /^(?:состояние и\s+)?перспективы\s+/iu,
    /^(?:ход|состояние|процесс)\s+/iu,
  ],
};

const SPLIT_PREPOSITIONS = new Set([
  'between',
  'of',
  'in',
  'on',
  'for',
  'with',
  'to',
  'among',
  'about',
  'the',
  'both',
  'между',
  'в',
  'о',
  'об',
  'по',
  'с',
  'на',
  'для',
]);

export function topicsOf(sentences: readonly string[], lang: Language): string[] {
  const topics: string[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    for (const phrase of objectPhrases(sentence, lang)) {
      for (const part of splitPhrase(phrase, lang)) {
        const topic = cleanTopic(part, lang);
        const key = topic.toLowerCase();
        if (topic && !seen.has(key)) {
          seen.add(key);
          topics.push(topic);
        }
      }
    }
  }
  return topics;
}

function objectPhrases(sentence: string, lang: Language): string[] {
  const phrases: string[] = [];
  for (const pattern of ACTIVE[lang]) {
    const m = pattern.exec(sentence);
    if (m) phrases.push(trimTail(sentence.slice(m.index + m[0].length), lang));
  }
  if (phrases.length === 0 && lang === 'en') {
    const m = PASSIVE_EN.exec(sentence);
    if (m?.[1]) phrases.push(m[1].replace(/^.*,\s*/, ''));
  }
  return phrases.filter((p) => p.length > 2);
}

function trimTail(phrase: string, lang: Language): string {
  let out = phrase;
  for (const tail of TAIL[lang]) out = out.replace(tail, '');
  return out.trim();
}

/** Splits on commas, semicolons and "and" — but not inside "between X and Y" or "peace and stability". */
function splitPhrase(phrase: string, lang: Language): string[] {
  const collapsed = collapseAcronyms(phrase);
  const conj = lang === 'ru' ? ' и ' : ' and ';
  const parts: string[] = [];
  for (const chunk of collapsed.split(/\s*(?:;|,|\bas well as\b|а также)\s*/iu)) {
    let rest = chunk.trim();
    let from = 0;
    for (;;) {
      const at = rest.indexOf(conj, from);
      if (at < 0) break;
      const words = rest.slice(0, at).trim().split(/\s+/);
      const beforeLast = (words[words.length - 2] ?? '').toLowerCase();
      if (words.length < 2 || SPLIT_PREPOSITIONS.has(beforeLast)) {
        from = at + conj.length;
        continue;
      }
      parts.push(rest.slice(0, at));
      rest = rest.slice(at + conj.length);
      from = 0;
    }
    parts.push(rest);
  }
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "the North Atlantic Treaty Organization (NATO)" → "NATO", when the initials spell the acronym. */
function collapseAcronyms(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(
    /((?:\S+\s+){1,8}?)?\(([\p{Lu}][\p{L}]{1,7})\)/gu,
    (whole, before: string | undefined, acronym: string) => {
      if (!before) return acronym;
      const words = before.trim().split(/\s+/);
      for (let n = Math.min(words.length, 8); n >= 2; n--) {
        const candidate = words.slice(words.length - n);
        const initials = candidate.map((w) => w.charAt(0)).join('');
        if (initials.toLowerCase() === acronym.toLowerCase()) {
          const kept = words.slice(0, words.length - n);
          if (kept[kept.length - 1]?.toLowerCase() === 'the') kept.pop();
          return `${[...kept, acronym].join(' ')}`;
        }
      }
      return whole.replace(/\s*\([^)]*\)/, '');
    },
  );
}

function cleanTopic(part: string, lang: Language): string {
  let topic = part.trim().replace(/^["'(]+|["'),.:]+$/g, '');
  for (let round = 0; round < 4; round++) {
    const before = topic;
    for (const lead of LEAD_INS[lang]) topic = topic.replace(lead, '');
    topic = topic.trim();
    if (topic === before) break;
  }
  if (lang === 'en') {
    const framework = /(?:^|\s)(?:within|in|under) the framework of (?:the )?(.+)$/i.exec(topic);
    if (framework?.[1]) topic = framework[1];
    topic = topic.replace(/^NATO(?:'s)? (?=\p{Lu})/u, '').replace(/ (?:Program|Programme)$/, '');
  }
  topic = topic.trim();
  if (topic.length < 3 || /^(?:it|them|this|that|these|those|other|others|him|her|them all)$/i.test(topic))
    return '';
  return topic;
}
