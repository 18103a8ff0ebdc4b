import { toInterval } from '../../domain/core/partial-date.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { type DialogueKind, eventCodes, ORGANIZATION_SEATS } from '../../domain/dialogue/event-codes.js';
import type { Cell } from '../../store/core/bulk.js';
import { auditCreate, flushAudit, type GenContext, stampIn, write } from './context.js';
import { pad } from './random.js';
import type { RegistryFacts } from './registry.js';

const MEETING_COLUMNS = [
  'id',
  'partner_id',
  'channel',
  'kind',
  'status',
  'title',
  'start_date',
  'start_lo',
  'start_hi',
  'end_date',
  'end_lo',
  'end_hi',
  'city',
  'country_id',
  'venue',
  'host_org_id',
  'visitor_org_id',
  'plover_event',
  'plover_mode',
  'cameo_code',
  'topics',
  'areas',
  'outcomes',
  'objective_ids',
  'marking',
  'releasable_to',
  'illustrative',
  'note',
  'search',
  'version',
  'created_at',
  'updated_at',
];
const PARTICIPANT_COLUMNS = [
  'meeting_id',
  'position',
  'person_id',
  'candidate_id',
  'name',
  'side',
  'post_id',
  'role',
];
const FOLLOW_UP_COLUMNS = [
  'id',
  'meeting_id',
  'action',
  'owner',
  'due_date',
  'status',
  'note',
  'version',
  'created_at',
  'updated_at',
];

/** A channel of dialogue, the kinds of record it produces and who travels. */
interface Channel {
  id: string;
  label: string;
  kinds: readonly DialogueKind[];
  /** 'partner' visits NATO headquarters, 'nato' visits the partner, 'either' */
  visitor: 'partner' | 'nato' | 'either';
  weight: number;
}

const CHANNELS: readonly Channel[] = [
  {
    id: 'liaison-office-visits',
    label: 'Liaison office visit',
    kinds: ['visit', 'meeting'],
    visitor: 'nato',
    weight: 4,
  },
  {
    id: 'special-representative',
    label: 'Special Representative',
    kinds: ['visit', 'talks', 'phone_call'],
    visitor: 'either',
    weight: 2,
  },
  { id: 'eapc', label: 'EAPC', kinds: ['conference', 'multilateral'], visitor: 'partner', weight: 2 },
  {
    id: 'staff-talks',
    label: 'Staff talks',
    kinds: ['talks', 'video_call', 'meeting'],
    visitor: 'partner',
    weight: 3,
  },
  {
    id: 'pfp-consultations',
    label: 'PfP consultations',
    kinds: ['meeting', 'talks'],
    visitor: 'partner',
    weight: 2,
  },
  {
    id: 'ministerial',
    label: 'Ministerial meeting',
    kinds: ['visit', 'conference'],
    visitor: 'either',
    weight: 1,
  },
];
const WEIGHTED = CHANNELS.flatMap((c) => Array.from({ length: c.weight }, () => c));

const TOPICS = [
  'border security',
  'Afghanistan',
  'regional security',
  'defence reform',
  'civil emergency planning',
  'counter-terrorism',
  'cyber defence',
  'military education',
  'peace support operations',
  'building integrity',
  'women, peace and security',
  'science for peace',
  'language training',
  'transit arrangements',
  'individual partnership programme',
  'public diplomacy',
];
const OUTCOMES = ['agreed next steps', 'exchange of views', 'invitation extended', 'programme reviewed'];
const ROLES = ['head of delegation', 'deputy head', 'adviser', 'interpreter'];
const ACTIONS = [
  'send the draft programme',
  'nominate course participants',
  'share the meeting record',
  'prepare the follow-up visit',
  'answer the request for assistance',
];

function partialDate(g: GenContext, year: number, month: number, dayOfMonth: number): string {
  const r = g.rnd();
  if (r < 0.03) return String(year);
  if (r < 0.12) return `${year}-${pad(month, 2)}`;
  return `${year}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

function period(start: string, end: string | null): Cell[] {
  const s = toInterval(start);
  const e = end ? toInterval(end) : null;
  return [start, s.lo, s.hi, end, e?.lo ?? null, e?.hi ?? null];
}

/** The country an organization stands for, as meeting.service countryOf() reads it. */
function countryOf(orgId: string): string {
  return ORGANIZATION_SEATS[orgId] ?? orgId;
}

export interface DialogueCounts {
  meetings: number;
  participants: number;
  follow_ups: number;
}

/**
 * Meetings of every year with every partner through the recurring channels, their participants
 * (the partner's generated people), and follow-up actions for some of them.
 */
export async function generateDialogue(g: GenContext, reg: RegistryFacts): Promise<DialogueCounts> {
  const { scale, rnd } = g;
  const counts: DialogueCounts = { meetings: 0, participants: 0, follow_ups: 0 };
  const partnerCount = reg.partners.length;
  const perPartner = Math.floor(reg.people / partnerCount);
  let followUps = 0;
  for (let year = scale.firstYear; year <= scale.lastYear; year++) {
    const meetings: Cell[][] = [];
    const participants: Cell[][] = [];
    const actions: Cell[][] = [];
    for (let k = 0; k < scale.meetingsPerYear; k++) {
      const id = `m-${year}-${pad(k, 5)}`;
      const pi = rnd.int(partnerCount);
      const partner = reg.partners[pi] as { id: string; iso2: string };
      const channel = rnd.pick(WEIGHTED);
      const kind = rnd.pick(channel.kinds);
      const month = 1 + rnd.int(12);
      const dayOfMonth = 1 + rnd.int(27);
      const start = partialDate(g, year, month, dayOfMonth);
      const end =
        start.length === 10 && (kind === 'visit' || kind === 'conference') && rnd() < 0.6
          ? `${year}-${pad(month, 2)}-${pad(dayOfMonth + 1 + rnd.int(2), 2)}`
          : null;
      const natoVisits = channel.visitor === 'nato' || (channel.visitor === 'either' && rnd() < 0.5);
      const remote = kind === 'phone_call' || kind === 'video_call';
      const [host, visitor] = natoVisits ? [partner.id, 'nato'] : ['nato', partner.id];
      // NATO headquarters' country is no organization of the dataset: Brussels is named by city only.
      const [city, country] = remote ? [null, null] : natoVisits ? [null, partner.id] : ['Brussels', null];
      const planned = year === scale.lastYear && month >= 10;
      const codes = eventCodes({
        kind,
        status: planned ? 'planned' : 'held',
        placeCountry: country,
        hostCountry: countryOf(host),
        visitorCountry: countryOf(visitor),
      });
      const topics = [rnd.pick(TOPICS)];
      if (rnd() < 0.6) topics.push(rnd.pick(TOPICS));
      if (rnd() < 0.2) topics.push(rnd.pick(TOPICS));
      const uniqueTopics = [...new Set(topics)];
      const areas = rnd() < 0.5 ? [rnd.pick(reg.areas)] : [];
      const outcomes = planned ? [] : [rnd.pick(OUTCOMES)];
      const r = rnd();
      const marking = r < 0.8 ? 'organization' : r < 0.95 ? 'partners' : 'public';
      const releasable = marking === 'partners' ? [partner.id] : [];
      const title = `${channel.label}: ${uniqueTopics[0]}`;
      const at = stampIn(g, year);
      meetings.push([
        id,
        partner.id,
        channel.id,
        kind,
        planned ? 'planned' : 'held',
        title,
        ...period(start, end),
        city,
        country,
        null,
        host,
        visitor,
        codes.plover_event,
        codes.plover_mode,
        codes.cameo,
        JSON.stringify(uniqueTopics),
        JSON.stringify(areas),
        JSON.stringify(outcomes),
        '[]',
        marking,
        JSON.stringify(releasable),
        1,
        null,
        foldForSearch([title, city, channel.id, ...uniqueTopics].filter(Boolean).join(' | ')),
        1,
        at,
        at,
      ]);
      // Distinct people of the partner: people of partner pi are pi, pi + partners, pi + 2·partners, …
      const people = 2 + rnd.int(3);
      const first = rnd.int(perPartner);
      const side = natoVisits ? 'host' : 'visitor';
      const personIds: string[] = [];
      for (let p = 0; p < people; p++) {
        const person = reg.personId(pi + partnerCount * ((first + p * 37) % perPartner));
        personIds.push(person);
        participants.push([
          id,
          p,
          person,
          null,
          null,
          side,
          null,
          ROLES[Math.min(p, ROLES.length - 1)] as string,
        ]);
      }
      auditCreate(g, 'meeting', id, at, {
        id,
        partner_id: partner.id,
        channel: channel.id,
        kind,
        start_date: start,
        marking,
        participants: personIds,
      });
      if (rnd() < 0.15) {
        const fid = `fu-${pad(followUps++, 6)}`;
        const due = `${toInterval(start).lo.slice(0, 7)}-28`;
        const status = year < scale.lastYear ? (rnd() < 0.85 ? 'done' : 'cancelled') : 'open';
        const action = rnd.pick(ACTIONS);
        actions.push([fid, id, action, rnd() < 0.5 ? 'liaison office' : null, due, status, null, 1, at, at]);
        auditCreate(g, 'follow_up', fid, at, { id: fid, meeting_id: id, action, due_date: due, status });
      }
    }
    await write(g, 'meeting', MEETING_COLUMNS, meetings);
    await write(g, 'meeting_participant', PARTICIPANT_COLUMNS, participants);
    await write(g, 'follow_up', FOLLOW_UP_COLUMNS, actions);
    await flushAudit(g);
    counts.meetings += meetings.length;
    counts.participants += participants.length;
    counts.follow_ups += actions.length;
  }
  return counts;
}
