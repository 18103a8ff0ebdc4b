/**
 * PLOVER and CAMEO codes of a dialogue record, derived from what it is and where it happens relative
 * to the sides (domain primer §3): a visit is CONSULT/visit with the visitor as actor (CAMEO 042, and
 * 043 from the host's side), a meeting in neither side's country is CONSULT/third-party (044), a call
 * is CONSULT/phone (041), a conference CONSULT/multilateral, and an announced meeting is AGREE (036).
 */
export const DIALOGUE_KINDS = [
  'visit',
  'meeting',
  'talks',
  'phone_call',
  'video_call',
  'conference',
  'multilateral',
] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];

export const PLOVER_MODES = ['visit', 'third-party', 'multilateral', 'phone'] as const;
export type PloverMode = (typeof PLOVER_MODES)[number];

export interface EventCodes {
  plover_event: 'CONSULT' | 'AGREE';
  plover_mode: PloverMode | null;
  /** CAMEO code with the visitor (PLOVER's actor) acting */
  cameo: string;
  /** the same event from the other side: 043 "host a visit" for a visit */
  cameo_reverse: string | null;
}

export interface EventSituation {
  kind: DialogueKind;
  status: 'held' | 'planned';
  /** the country where it happens (organization id), null when unknown or remote */
  placeCountry: string | null;
  /** the country each side belongs to (a ministry's state, an international organization's seat) */
  hostCountry: string | null;
  visitorCountry: string | null;
}

export function eventCodes(s: EventSituation): EventCodes {
  if (s.status === 'planned') {
    return { plover_event: 'AGREE', plover_mode: null, cameo: '036', cameo_reverse: null };
  }
  if (s.kind === 'phone_call' || s.kind === 'video_call') {
    return { plover_event: 'CONSULT', plover_mode: 'phone', cameo: '041', cameo_reverse: null };
  }
  if (s.kind === 'conference' || s.kind === 'multilateral') {
    return { plover_event: 'CONSULT', plover_mode: 'multilateral', cameo: '040', cameo_reverse: null };
  }
  const place = s.placeCountry;
  if (place && (place === s.hostCountry || place === s.visitorCountry)) {
    return { plover_event: 'CONSULT', plover_mode: 'visit', cameo: '042', cameo_reverse: '043' };
  }
  if (place && s.hostCountry && s.visitorCountry) {
    return { plover_event: 'CONSULT', plover_mode: 'third-party', cameo: '044', cameo_reverse: '044' };
  }
  // A visit by its nature has a host and a visitor even where the record does not say where.
  if (s.kind === 'visit') {
    return { plover_event: 'CONSULT', plover_mode: 'visit', cameo: '042', cameo_reverse: '043' };
  }
  return { plover_event: 'CONSULT', plover_mode: null, cameo: '040', cameo_reverse: null };
}

/** Where international organizations sit, for telling a visit from a meeting at a third location. */
export const ORGANIZATION_SEATS: Readonly<Record<string, string>> = { nato: 'be' };
