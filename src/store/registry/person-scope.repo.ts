import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../domain/trust/actor.js';
import type { RecordScope } from '../../domain/trust/policy.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from '../trust/access.js';

/**
 * A person's releasability (policy.ts, `person`): public when the organization registered them
 * (`registered_by` null) or a public record names them — a post they held, a public meeting; else
 * the partner that registered them by a nomination owns them.
 */
function namedPublicly(eb: ExpressionBuilder<DB, 'person'>): Expression<SqlBool> {
  return eb.or([
    eb('person.registered_by', 'is', null),
    eb.exists(
      eb
        .selectFrom('post_holding')
        .select('post_holding.id')
        .whereRef('post_holding.person_id', '=', 'person.id'),
    ),
    eb.exists(
      eb
        .selectFrom('meeting_participant')
        .innerJoin('meeting', 'meeting.id', 'meeting_participant.meeting_id')
        .select('meeting_participant.id')
        .whereRef('meeting_participant.person_id', '=', 'person.id')
        .where('meeting.marking', '=', 'public'),
    ),
  ]);
}

/** The SQL twin of `personScope` + `allowedOn`: the people the actor may read. */
export function visiblePeople(eb: ExpressionBuilder<DB, 'person'>, actor: Actor): Expression<SqlBool> {
  return visibleWhere(eb, actor, 'person', {
    partner: 'person.registered_by',
    marking: sql<string>`(case when ${namedPublicly(eb)} then 'public' else 'organization' end)`,
  });
}

/** One person's scope, as `allowedOn` reads it. */
export async function personScope(db: Kysely<DB>, id: string): Promise<RecordScope | undefined> {
  const row = await db
    .selectFrom('person')
    .select((eb) => [
      'person.registered_by',
      eb.case().when(namedPublicly(eb)).then('public').else('organization').end().as('marking'),
    ])
    .where('person.id', '=', id)
    .where('person.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return { partnerId: row.registered_by ?? null, marking: row.marking as RecordScope['marking'] };
}
