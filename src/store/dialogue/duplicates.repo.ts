import { type Kysely, sql } from 'kysely';
import { containsPattern } from '../../domain/core/search-text.js';
import { seesAll } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import { visiblePeople } from '../registry/person-scope.repo.js';
import { visibleWhere } from '../trust/access.js';
import { MEETING_SCOPE } from './meeting.repo.js';

/** Enough candidates for a reviewer to compare side by side; more would be noise. */
const MAX_CANDIDATES = 20;

/**
 * Meetings the actor may read that start between two days (of one partner, when named): the
 * candidates a new meeting is compared with. A record hidden from the actor is never a candidate,
 * so a refusal never tells them it exists.
 */
export async function meetingsAround(
  db: Kysely<DB>,
  actor: Actor,
  from: string,
  to: string,
  partnerId: string | null | undefined,
) {
  return db
    .selectFrom('meeting')
    .selectAll('meeting')
    .where('meeting.start_lo', '>=', from)
    .where('meeting.start_lo', '<=', to)
    .$if(!!partnerId, (qb) => qb.where('meeting.partner_id', '=', partnerId as string))
    .$if(!seesAll(actor, 'meeting'), (qb) =>
      qb.where((eb) => visibleWhere(eb, actor, 'meeting', MEETING_SCOPE)),
    )
    .orderBy('meeting.start_lo')
    .orderBy('meeting.id')
    .limit(MAX_CANDIDATES)
    .execute();
}

/** People the actor may read whose names contain any of these fragments (narrowed further by the caller). */
export async function peopleNamedLike(db: Kysely<DB>, actor: Actor, fragments: readonly string[]) {
  if (fragments.length === 0) return [];
  return db
    .selectFrom('person')
    .select(['person.id', 'person.search'])
    .where('person.deleted_at', 'is', null)
    .where((eb) =>
      eb.or(fragments.map((f) => sql<boolean>`person.search like ${containsPattern(f)} escape '\\'`)),
    )
    .$if(!seesAll(actor, 'person'), (qb) => qb.where((eb) => visiblePeople(eb, actor)))
    .orderBy('person.id')
    .limit(200)
    .execute();
}

/** The source whose stored text has this fingerprint (source.text_hash). */
export async function sourceWithHash(db: Kysely<DB>, hash: string) {
  return db
    .selectFrom('source')
    .select(['id', 'title', 'url'])
    .where('text_hash', '=', hash)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
}

/** A source at this address. */
export async function sourceWithUrl(db: Kysely<DB>, url: string) {
  return db
    .selectFrom('source')
    .select(['id', 'title', 'url'])
    .where('url', '=', url)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
}

/** Sources published on these days, or resting under these meetings: the ones a report may be quoted in. */
export async function sourcesNear(db: Kysely<DB>, days: readonly string[], meetingIds: readonly string[]) {
  if (days.length === 0 && meetingIds.length === 0) return [];
  return db
    .selectFrom('source')
    .select(['source.id', 'source.title', 'source.url', 'source.excerpt'])
    .where('source.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(days.length ? [eb('source.publication_date', 'in', [...days])] : []),
        ...(meetingIds.length
          ? [
              eb(
                'source.id',
                'in',
                eb
                  .selectFrom('meeting_source')
                  .select('meeting_source.source_id')
                  .where('meeting_source.meeting_id', 'in', [...meetingIds]),
              ),
            ]
          : []),
      ]),
    )
    .orderBy('source.id')
    .limit(200)
    .execute();
}

/** Records the fingerprint of a source's text. */
export async function setSourceHash(db: Kysely<DB>, id: string, hash: string) {
  await db.updateTable('source').set({ text_hash: hash }).where('id', '=', id).execute();
}
