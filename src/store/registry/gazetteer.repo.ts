import type { Kysely } from 'kysely';
import type { DB } from '../core/schema.js';

/**
 * The registry read whole, as the press-report reader's gazetteer: every spelling of every person and
 * organization, the posts and who held them. Small enough to read per request, and must be current.
 */

export async function allPersonNames(db: Kysely<DB>) {
  return db
    .selectFrom('person_name')
    .select(['owner_id', 'name'])
    .orderBy('owner_id')
    .orderBy('position')
    .execute();
}

export async function allOrganizationNames(db: Kysely<DB>) {
  return db
    .selectFrom('organization_name')
    .select(['owner_id', 'name'])
    .orderBy('owner_id')
    .orderBy('position')
    .execute();
}

/** Every holding with its post's label and organization, earliest first. */
export async function allHoldingsWithPost(db: Kysely<DB>) {
  return db
    .selectFrom('post_holding')
    .innerJoin('post', 'post.id', 'post_holding.post_id')
    .select([
      'post_holding.person_id',
      'post.label',
      'post.organization_id',
      'post_holding.start_date',
      'post_holding.end_date',
    ])
    .orderBy('post_holding.start_lo')
    .execute();
}

export async function allPostLabels(db: Kysely<DB>) {
  return db.selectFrom('post').select(['id', 'label']).execute();
}

/** Every name of every organization, with the organization's id and kind. */
export async function organizationsByName(db: Kysely<DB>) {
  return db
    .selectFrom('organization_name')
    .innerJoin('organization', 'organization.id', 'organization_name.owner_id')
    .select(['organization.id', 'organization.kind', 'organization_name.name'])
    .execute();
}
