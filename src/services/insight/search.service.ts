import { latinSpelling, nearestSpellings, vocabularyOf } from '../../domain/insight/spelling.js';
import { canRead } from '../../domain/trust/access.js';
import type { SearchHit, SearchOut, SearchQuery } from '../../schemas/insight/search.schema.js';
import { activityListQuery } from '../../schemas/menu/menu.schema.js';
import type { Store } from '../../store/core/db.js';
import { registrySearchTexts } from '../../store/insight/search.repo.js';
import type { Ctx } from '../core/context.js';
import { listFollowUpPage } from '../dialogue/follow-up.service.js';
import { listMeetingPage } from '../dialogue/meeting.service.js';
import { listActivityPage } from '../menu/menu.service.js';
import { listProgrammePage } from '../programmes/programme.service.js';
import { listOrganizationPage } from '../registry/organization.service.js';
import { listPersonPage } from '../registry/person.service.js';
import { listPostPage } from '../registry/post.service.js';

/**
 * One search across the records a reader may see: partners and organizations, people, posts,
 * activities, meetings, programmes and follow-ups. Each kind is read through its own list service, so every hit
 * passes the same visibility rules as the lists. A query in another script is also searched in Latin
 * letters, a misspelt word as the nearest known words, and the meetings of the people found are found
 * with them (a meeting names a person as the report wrote it; the registry knows every spelling).
 */
export async function searchEverything(ctx: Ctx, query: SearchQuery): Promise<SearchOut> {
  const spellings = [query.q];
  const latin = latinSpelling(query.q);
  if (latin) spellings.push(latin);
  let groups = await searchSpellings(ctx, spellings, query.limit);
  if (groups.every((g) => g.hits.length === 0)) {
    const near = nearestSpellings(latin ?? query.q, await vocabulary(ctx.store));
    if (near.length > 0) {
      spellings.push(...near);
      groups = await searchSpellings(ctx, spellings, query.limit);
    }
  }
  return { q: query.q, also_searched: spellings.slice(1), groups };
}

type Group = SearchOut['groups'][number];
type Finder = (q: string, limit: number) => Promise<{ total: number; hits: SearchHit[] }>;

async function searchSpellings(ctx: Ctx, spellings: string[], limit: number): Promise<Group[]> {
  const page = { limit, offset: 0 };
  const finders: [Group['kind'], Finder][] = [
    [
      'partner',
      async (q) => {
        const r = await listOrganizationPage(ctx, { q }, page);
        return {
          total: r.total,
          hits: r.items.map((o) => ({
            kind: 'partner',
            id: o.id,
            label: o.name,
            detail: o.iso2,
            path: `/${o.kind === 'state' ? 'partners' : 'organizations'}/${o.id}`,
          })),
        };
      },
    ],
    [
      'person',
      async (q) => {
        const r = await listPersonPage(ctx, { q }, page);
        return {
          total: r.total,
          hits: r.items.map((p) => ({
            kind: 'person',
            id: p.id,
            label: p.name,
            detail: p.summary,
            path: `/people/${p.id}`,
          })),
        };
      },
    ],
    [
      'post',
      async (q) => {
        const r = await listPostPage(ctx, { q }, page);
        return {
          total: r.total,
          hits: r.items.map((p) => ({
            kind: 'post',
            id: p.id,
            label: p.label,
            detail: p.organization_name,
            path: `/posts/${p.id}`,
          })),
        };
      },
    ],
    [
      'activity',
      async (q) => {
        const r = await listActivityPage(ctx, activityListQuery.parse({ q, limit }));
        return {
          total: r.total,
          hits: r.items.map((a) => ({
            kind: 'activity',
            id: a.id,
            label: a.title,
            detail: a.key,
            path: `/menu/activities/${a.id}`,
          })),
        };
      },
    ],
  ];
  if (canRead(ctx.actor, 'meeting')) finders.push(['meeting', (q) => meetingsOf(ctx, q, limit)]);
  if (canRead(ctx.actor, 'programme')) {
    finders.push([
      'programme',
      async (q) => {
        const r = await listProgrammePage(ctx, { q }, page);
        return {
          total: r.total,
          hits: r.items.map((p) => ({
            kind: 'programme',
            id: p.id,
            label: p.title,
            detail: `${p.start_date} – ${p.end_date}`,
            path: `/programmes/${p.id}`,
          })),
        };
      },
    ]);
  }
  if (canRead(ctx.actor, 'follow_up')) {
    // Follow-ups by the text of their action or note, each only if the reader may read it and its meeting.
    finders.push([
      'follow_up',
      async (q) => {
        const r = await listFollowUpPage(ctx, { q }, page);
        return {
          total: r.total,
          hits: r.items.map((f) => ({
            kind: 'follow_up',
            id: f.id,
            label: f.action,
            detail: [f.due_date, f.meeting_date].filter(Boolean).join(' · '),
            path: `/dialogue/meetings/${f.meeting_id}#follow-up-${f.id}`,
          })),
        };
      },
    ]);
  }
  const groups: Group[] = [];
  for (const [kind, find] of finders) {
    const found = new Map<string, SearchHit>();
    let total = 0;
    for (const spelling of spellings) {
      const r = await find(spelling, limit);
      total = Math.max(total, r.total);
      for (const hit of r.hits) if (found.size < limit && !found.has(hit.id)) found.set(hit.id, hit);
    }
    const hits = [...found.values()];
    groups.push({ kind, total: Math.max(total, hits.length), hits });
  }
  return groups;
}

/** Meetings whose text holds the query, then those of the first people the query names. */
async function meetingsOf(ctx: Ctx, q: string, limit: number): Promise<{ total: number; hits: SearchHit[] }> {
  const page = { limit, offset: 0 };
  const byText = await listMeetingPage(ctx, { q }, page);
  const people = await listPersonPage(ctx, { q }, { limit: 3, offset: 0 });
  const byPerson = await Promise.all(
    people.items.map((p) => listMeetingPage(ctx, { person_id: p.id }, page)),
  );
  const hits = new Map<string, SearchHit>();
  for (const m of [...byText.items, ...byPerson.flatMap((r) => r.items)]) {
    if (hits.has(m.id)) continue;
    const names = m.participants.map((p) => p.name).slice(0, 2);
    hits.set(m.id, {
      kind: 'meeting',
      id: m.id,
      label: m.title ?? names.join(', '),
      detail: [m.start_date, m.place.city].filter(Boolean).join(', '),
      path: `/dialogue/meetings/${m.id}`,
    });
  }
  const total = Math.max(byText.total, ...byPerson.map((r) => r.total), 0);
  return { total: Math.max(total, hits.size), hits: [...hits.values()].slice(0, limit) };
}

// The registry's words change seldom; read them at most once a minute per database.
const VOCABULARY_TTL_MS = 60_000;
const vocabularies = new WeakMap<Store, { at: number; words: Promise<Set<string>> }>();

function vocabulary(store: Store): Promise<Set<string>> {
  const cached = vocabularies.get(store);
  if (cached && Date.now() - cached.at < VOCABULARY_TTL_MS) return cached.words;
  const words = registrySearchTexts(store.read).then(vocabularyOf);
  vocabularies.set(store, { at: Date.now(), words });
  words.catch(() => vocabularies.delete(store));
  return words;
}
