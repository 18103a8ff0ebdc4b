import { addDays, parseISO } from 'date-fns';
import ical, { ICalAttendeeStatus, ICalEventStatus } from 'ical-generator';
import type { NominationStatus } from '../../domain/menu/vocabulary.js';
import { assertCanRead } from '../../domain/trust/access.js';
import type { NominationOut } from '../../schemas/nominations/nomination.schema.js';
import { type IterationRow, iterationsByDate } from '../../store/menu/menu.repo.js';
import { allNominations } from '../../store/nominations/nomination.repo.js';
import { namesOf } from '../../store/registry/names.repo.js';
import type { Ctx } from '../core/context.js';
import { presentNominations } from '../nominations/nomination.service.js';

/** WAITLISTED and ATTENDED are ours; iCalendar readers see the nearest PARTSTAT (and ours as X-STATUS). */
const PARTSTAT: Record<NominationStatus, ICalAttendeeStatus> = {
  'NEEDS-ACTION': ICalAttendeeStatus.NEEDSACTION,
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  DECLINED: ICalAttendeeStatus.DECLINED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
  WAITLISTED: ICalAttendeeStatus.TENTATIVE,
  ATTENDED: ICalAttendeeStatus.ACCEPTED,
};

const day = (iso: string) => parseISO(`${iso}T00:00:00Z`);

/** The providers' English (else first) names: an ORGANIZER's CN is a name a person reads. */
async function providerNames(ctx: Ctx, iterations: IterationRow[]): Promise<Map<string, string>> {
  const names = await namesOf(
    ctx.db,
    'organization_name',
    iterations.map((it) => it.provider_id),
  );
  return new Map(
    [...names].map(([id, list]) => [id, (list.find((n) => n.lang === 'en') ?? list[0])?.name ?? id]),
  );
}

async function calendarOf(
  ctx: Ctx,
  name: string,
  iterations: IterationRow[],
  attendees: Map<string, NominationOut[]>,
): Promise<string> {
  const providers = await providerNames(ctx, iterations);
  const cal = ical({ name, prodId: { company: 'Concord', product: 'cooperation-menu', language: 'EN' } });
  for (const it of iterations) {
    const event = cal.createEvent({
      id: `${it.id}@concord`,
      sequence: it.version,
      allDay: true,
      start: day(it.start_date),
      // DTEND of an all-day event is the day after the last one.
      end: addDays(day(it.end_date ?? it.start_date), 1),
      summary: `${it.activity_key} ${it.activity_title}`,
      description: `Provider: ${it.provider_id}; seats: ${it.seats}; status: ${it.status}`,
      location: [it.venue, it.city, it.country_id?.toUpperCase()].filter(Boolean).join(', ') || null,
      status:
        it.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : it.status === 'planned'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      stamp: parseISO(it.updated_at),
      // RFC 5545 wants an ORGANIZER wherever there are ATTENDEEs: the provider that runs the iteration
      organizer: {
        name: providers.get(it.provider_id) ?? it.provider_id,
        email: `${it.provider_id}@providers.concord.invalid`,
      },
    });
    for (const n of attendees.get(it.id) ?? []) {
      event.createAttendee({
        name: `${n.person_name} (${n.partner_id.toUpperCase()})`,
        email: `${n.person_id}@nominees.concord.invalid`,
        status: PARTSTAT[n.status],
        x: { 'X-CONCORD-STATUS': n.status },
      });
    }
  }
  return cal.toString();
}

function byIteration(nominations: NominationOut[]): Map<string, NominationOut[]> {
  const out = new Map<string, NominationOut[]>();
  for (const n of nominations) out.set(n.iteration_id, [...(out.get(n.iteration_id) ?? []), n]);
  return out;
}

/** The whole menu's iterations the actor may read. */
export async function menuCalendar(ctx: Ctx, filter: { provider?: string } = {}): Promise<string> {
  assertCanRead(ctx.actor, 'iteration');
  const iterations = await iterationsByDate(ctx.db, ctx.actor, filter);
  if (!filter.provider) return calendarOf(ctx, 'Cooperation menu', iterations, new Map());
  // A provider's calendar shows who is nominated, as far as the actor may see nominations.
  const nominations = await allNominations(ctx.db, ctx.actor, { provider_id: filter.provider }, 'id');
  return calendarOf(
    ctx,
    `Iterations of ${filter.provider}`,
    iterations,
    byIteration(await presentNominations(ctx, nominations)),
  );
}

/** The iterations a partner has nominations in, with an ATTENDEE per nominee. */
export async function partnerCalendar(ctx: Ctx, partnerId: string): Promise<string> {
  assertCanRead(ctx.actor, 'nomination');
  const rows = await allNominations(ctx.db, ctx.actor, { partner_id: partnerId }, 'id');
  const ids = [...new Set(rows.map((r) => r.iteration_id))];
  const iterations = await iterationsByDate(ctx.db, ctx.actor, {}, ids);
  return calendarOf(
    ctx,
    `Nominations of ${partnerId}`,
    iterations,
    byIteration(await presentNominations(ctx, rows)),
  );
}
