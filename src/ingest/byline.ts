import type { MeetingDraft } from '../schemas/dialogue/report.schema.js';
import { DEFINITE_PERSON, KIND_CUES } from './cues.js';
import type { CompiledGazetteer } from './gazetteer.js';
import { looseKey } from './gazetteer.js';
import { describe, toDraft } from './participants.js';
import { findNames, type NameMention, surnameKey } from './person-names.js';
import { tokenize } from './text.js';

/**
 * Readouts and transcripts name their own principal only above the story: "Secretary-General Ban
 * Ki-moon" over "The Secretary-General and Foreign Minister Yun met today", "Hillary Rodham Clinton /
 * Secretary of State" over "SECRETARY CLINTON: I am very pleased to meet with the foreign minister".
 * The story then says "the Secretary-General" or "I", and the principal was filed nowhere.
 *
 * A byline is a short header line naming one person and no meeting. Its person joins the report's
 * main meeting when that meeting's sentences refer to someone by a title written on the byline (or
 * the line under it), or when the body gives them a speaker's label ("SECRETARY KERRY:") and the
 * meeting is told in the first person or the headline calls the page remarks after a meeting.
 */
export function withBylinePerson(
  meetings: MeetingDraft[],
  header: string,
  body: string,
  g: CompiledGazetteer,
  transcript: boolean,
): MeetingDraft[] {
  const [main] = meetings;
  if (!main || !header.trim()) return meetings;
  const lines = header.split('\n').map((l) => l.trim());
  const evidence = main.evidence ?? [];
  const labels = speakerLabels(body);
  const inMeeting = new Set(main.participants.map((p) => surnameKey(p.name)));
  for (const [i, line] of lines.entries()) {
    if (!line || line.split(/\s+/).length > 7 || KIND_CUES.en.some((c) => c.pattern.test(line))) continue;
    const names = findNames(line, tokenize(line), 'en', g).filter((m) => m.strong && m.name.includes(' '));
    if (names.length !== 1) continue;
    const person = names[0] as (typeof names)[number];
    const key = surnameKey(person.name);
    if (inMeeting.has(key)) continue;
    const titled = `${line} ${lines[i + 1] ?? ''}`;
    const byTitle = evidence.some((s) => titleOn(s, titled));
    const speaks = labels.has(key) && (transcript || evidence.some((s) => FIRST_PERSON.test(s)));
    if (!byTitle && !speaks) continue;
    const draft = asParticipant(person, main.date ?? null, g);
    return [{ ...main, participants: [draft, ...main.participants] }, ...meetings.slice(1)];
  }
  return meetings;
}

const FIRST_PERSON = /(?<![\p{L}])(?:I|we|We|my|My|our|Our)(?![\p{L}])/u;

/** Whether a sentence refers to someone as "the <title>" whose last word is written on the byline. */
function titleOn(sentence: string, byline: string): boolean {
  const definite = DEFINITE_PERSON.en.exec(sentence);
  if (!definite) return false;
  const words = (definite[1] ?? definite[0]).toLowerCase().replace(/-/g, ' ').split(/\s+/);
  const head = words[words.length - 1];
  if (!head) return false;
  return byline
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/[^\p{L}]+/u)
    .includes(head);
}

/** "SECRETARY KERRY:", "ANTHONY ALBANESE, PRIME MINISTER:": the surnames of the speakers, as keys. */
function speakerLabels(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(SPEAKER_LABEL)) {
    const words = (m[1] ?? '').split(/\s+/);
    const last = words[words.length - 1];
    if (last) out.add(looseKey(last));
  }
  return out;
}

const SPEAKER_LABEL = /^((?:[\p{Lu}.'-]+ ){0,4}[\p{Lu}'-]{2,})(?:, [\p{Lu} ]{2,40})?:/gmu;

/**
 * "Photo: President Ramaphosa with Chinese President Xi Jinping." above "President Cyril Ramaphosa on
 * Tuesday welcomed the Chinese President on a state visit": a caption or headline names the person the
 * story calls only "the Chinese President". When the main meeting names one person and its sentences
 * say "the <title>", a person of the lines above the story whose title holds every word of it joins.
 */
export function withCaptionPerson(
  meetings: MeetingDraft[],
  header: string,
  g: CompiledGazetteer,
): MeetingDraft[] {
  const [main] = meetings;
  if (main?.participants.length !== 1 || !header.trim()) return meetings;
  const referred = (main.evidence ?? []).flatMap((s) => {
    const definite = DEFINITE_PERSON.en.exec(s);
    return definite ? [(definite[1] ?? definite[0]).toLowerCase().split(/[\s-]+/)] : [];
  });
  if (referred.length === 0) return meetings;
  const inMeeting = new Set(main.participants.map((p) => surnameKey(p.name)));
  for (const line of header.split('\n')) {
    for (const person of findNames(line, tokenize(line), 'en', g)) {
      if (!person.strong || !person.title || inMeeting.has(surnameKey(person.name))) continue;
      const title = person.title.toLowerCase().split(/[\s-]+/);
      if (!referred.some((words) => words.length >= 2 && words.every((w) => title.includes(w)))) continue;
      const draft = asParticipant(person, main.date ?? null, g);
      return [{ ...main, participants: [...main.participants, draft] }, ...meetings.slice(1)];
    }
  }
  return meetings;
}

/** A name found above the story, as a participant of the meeting it joins. */
function asParticipant(person: NameMention, day: string | null, g: CompiledGazetteer) {
  const reported = {
    key: surnameKey(person.name),
    name: person.name,
    words: person.name.split(/\s+/).length,
    title: person.title,
    person: person.person,
  };
  return toDraft(reported, null, describe(reported, day, g));
}
