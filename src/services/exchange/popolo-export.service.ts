import { MAX_PAGE_SIZE, type Page } from '../../schemas/core/common.schema.js';
import type { NameOut } from '../../schemas/registry/organization.schema.js';
import type { Ctx } from '../core/context.js';
import { listHoldingPage } from '../registry/holding.service.js';
import { listMembershipPage } from '../registry/membership.service.js';
import { listOrganizationPage } from '../registry/organization.service.js';
import { listPersonPage } from '../registry/person.service.js';
import { listPostPage } from '../registry/post.service.js';

/**
 * The registry as Popolo JSON (https://www.popoloproject.com/), the shape EveryPolitician and other
 * civic-data tools read: `persons`, `organizations`, `memberships` and `posts` in one document.
 *
 * Every list is read through the same services as the API's lists, as the reader, so the export holds
 * exactly what this reader may read (the policy's visibleWhere applies page by page) — never more.
 * Concord's organization-in-organization memberships (a state in PfP) become Popolo memberships with
 * an organization as `member`; a person holding a post becomes a membership with `person_id` and
 * `post_id` in the post's organization, as Popolo models office holding.
 */
export interface PopoloDocument {
  meta: { generator: string; generated_at: string; popolo_version: string };
  persons: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  posts: Record<string, unknown>[];
}

/** Every page of a list, in its own order. */
async function all<T>(read: (page: { limit: number; offset: number }) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await read({ limit: MAX_PAGE_SIZE, offset });
    out.push(...page.items);
    if (page.items.length < MAX_PAGE_SIZE || out.length >= page.total) return out;
  }
}

/** Leaves out what is unknown rather than writing nulls: Popolo readers treat absent and null alike. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length),
    ),
  );
}

/** Names in other languages, former and later names: Popolo's other_names, with language and kind in the note. */
function otherNames(names: NameOut[], preferred: string) {
  return names
    .filter((n) => !(n.name === preferred && n.lang === 'en' && n.end_date === null))
    .map((n) =>
      compact({
        name: n.name,
        start_date: n.start_date,
        end_date: n.end_date,
        note: `${n.kind} (${n.lang})`,
      }),
    );
}

export async function popoloExport(
  ctx: Ctx,
  generatedAt = new Date().toISOString(),
): Promise<PopoloDocument> {
  const [people, organizations, memberships, posts, holdings] = [
    await all((page) => listPersonPage(ctx, {}, page)),
    await all((page) => listOrganizationPage(ctx, {}, page)),
    await all((page) => listMembershipPage(ctx, {}, page)),
    await all((page) => listPostPage(ctx, {}, page)),
    await all((page) => listHoldingPage(ctx, {}, page)),
  ];
  const postOrganization = new Map(posts.map((p) => [p.id, p.organization_id]));
  return {
    meta: {
      generator: 'Concord',
      generated_at: generatedAt,
      popolo_version: 'popolo-spec schemas (draft-03)',
    },
    persons: people.map((p) =>
      compact({
        id: p.id,
        name: p.name,
        other_names: otherNames(p.names, p.name),
        gender: p.gender,
        birth_date: p.birth_date,
        national_identity: p.nationality,
        summary: p.summary,
        updated_at: p.updated_at,
      }),
    ),
    organizations: organizations.map((o) =>
      compact({
        id: o.id,
        name: o.name,
        other_names: otherNames(o.names, o.name),
        identifiers: o.iso2 ? [{ identifier: o.iso2, scheme: 'ISO 3166-1 alpha-2' }] : [],
        classification: o.kind,
        parent_id: o.parent_id,
        founding_date: o.founding_date,
        dissolution_date: o.dissolution_date,
        updated_at: o.updated_at,
      }),
    ),
    memberships: [
      ...memberships.map((m) =>
        compact({
          id: m.id,
          label: m.status,
          role: m.role,
          member: { '@type': 'Organization', id: m.member_id, name: m.member_name },
          organization_id: m.organization_id,
          start_date: m.start_date,
          end_date: m.end_date,
          updated_at: m.updated_at,
        }),
      ),
      // A holding of a post whose post the reader cannot see is left out with it.
      ...holdings
        .filter((h) => postOrganization.has(h.post_id))
        .map((h) =>
          compact({
            id: `holding:${h.id}`,
            label: h.acting ? 'acting' : null,
            role: h.post_label,
            person_id: h.person_id,
            post_id: h.post_id,
            organization_id: postOrganization.get(h.post_id),
            start_date: h.start_date,
            end_date: h.end_date,
            updated_at: h.updated_at,
          }),
        ),
    ],
    posts: posts.map((p) =>
      compact({
        id: p.id,
        label: p.label,
        other_label: Object.entries(p.labels)
          .filter(([lang]) => lang !== 'en')
          .map(([, label]) => label),
        role: p.role,
        organization_id: p.organization_id,
        start_date: p.start_date,
        end_date: p.end_date,
        updated_at: p.updated_at,
      }),
    ),
  };
}
