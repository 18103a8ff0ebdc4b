import { TOPICAL, VISITOR_VERB } from './cues.js';
import type { Dateline } from './dateline.js';
import type { CompiledGazetteer } from './gazetteer.js';
import type { AnalyzedSentence, MeetingBuild } from './meetings.js';
import type { Language, Token } from './text.js';
import { affiliationMatches } from './titles.js';

export interface MeetingPlace {
  city: string | null;
  country: string | null;
}

const LOCATIVE: Record<Language, Set<string>> = {
  // French, Spanish and German reports are read with these: "en Buenos Aires", "im Kanzleramt".
  en: new Set([
    'in',
    'at',
    'visited',
    'visiting',
    'visit',
    'visits',
    'hosted',
    'capital',
    'en',
    'im',
    'dans',
  ]),
  ru: new Set([
    'в',
    'во',
    'на',
    'посетил',
    'посетила',
    'посетит',
    'посетили',
    'посещения',
    'посещение',
    'столице',
    // Ukrainian
    'у',
    'відвідав',
    'відвідала',
    'відвідає',
    'столиці',
  ]),
};
const TOWARDS =
  /^(?:visit|visits|visited|trip|travel|travelled|traveled|arrived|came|went|tour|way|journey|viaj\p{L}*|lleg\p{L}*|gira|visita|rendra|rendu|rendue|arrive|arrivee|voyage|deplacement|reise|прибув|прибула|прибуде|прибули|візит\p{L}*|поїздк\p{L}*|приїхав\p{L}*)$/u;
/** Words for "to" before a destination: "trip to", "viaje a", "voyage à", "прибув до". */
const TO = new Set(['to', 'a', 'au', 'nach', 'до']);

/**
 * Where a meeting took place: a city its sentences put it in ("in Brussels", "в Душанбе", "at NATO
 * Headquarters"), else the dateline's city when the country agrees, else the country named, else the
 * dateline. A phone call has no place. Places inside a title ("Ambassador … in Brussels") do not count.
 */
export function placeOf(
  m: MeetingBuild,
  lang: Language,
  g: CompiledGazetteer,
  dateline: Dateline,
): MeetingPlace {
  if (m.kind === 'phone_call') return { city: null, country: null };
  let country: string | null = null;
  for (const s of [...m.triggers, ...m.context.filter((c) => c.planned === m.planned)]) {
    const skip = titleTokens(s);
    // "discussed the situation in Afghanistan" names a topic, not a venue.
    const topical = TOPICAL[lang].exec(s.sentence.text);
    const topicFrom = topical ? s.tokens.findIndex((t) => t.start >= topical.index) : -1;
    const usable = (i: number) =>
      !skip.has(i) && (topicFrom < 0 || i < topicFrom) && isLocative(s.tokens, i, lang);
    for (const match of g.places.findAll(s.tokens)) {
      if (usable(match.start)) return { city: match.value.city, country: match.value.country };
    }
    if (!country && s.kind) {
      const travel = VISITOR_VERB[lang].test(s.sentence.text) || /visit|визит/i.test(s.sentence.text);
      for (const match of affiliationMatches(s.tokens)) {
        if (match.value.kind === 'country' && travel && usable(match.start)) {
          country = match.value.name;
          break;
        }
      }
    }
  }
  if (country) return { city: dateline.country === country ? dateline.place : null, country };
  if (m.planned) return { city: null, country: null };
  return { city: dateline.place, country: dateline.country };
}

function isLocative(tokens: readonly Token[], start: number, lang: Language): boolean {
  let at = start - 1;
  if (tokens[at]?.folded === 'the') at--;
  const prev = tokens[at]?.folded;
  if (!prev) return false;
  if (LOCATIVE[lang].has(prev)) return true;
  // French "à Paris" is where; Spanish "a Brasilia" is where to, like "to".
  if (tokens[at]?.text === 'à') return true;
  if (TO.has(prev)) {
    for (let k = at - 1; k >= Math.max(0, at - 4); k--)
      if (TOWARDS.test(tokens[k]?.folded ?? '')) return true;
  }
  return false;
}

function titleTokens(s: AnalyzedSentence): Set<number> {
  const inside = new Set<number>();
  for (const { mention } of s.mentions)
    for (let k = mention.phraseStart; k < mention.tokenStart; k++) inside.add(k);
  return inside;
}
