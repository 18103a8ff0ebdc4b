import { DomainError } from '../../domain/core/errors.js';
import { nameOn } from '../../domain/registry/names.js';
import { placeName } from '../../domain/registry/place-names.js';
import { canRead } from '../../domain/trust/access.js';
import type { Dossier, DossierPerson } from '../../schemas/insight/dossier.schema.js';
import { findOrganization, parentChain } from '../../store/registry/organization.repo.js';
import { allPosts } from '../../store/registry/post.repo.js';
import type { Ctx } from '../core/context.js';
import { type DocLang, formatDate, formatDays, formatList, hasLabel, translator } from '../core/i18n/i18n.js';
import { today } from '../core/today.js';
import { cadenceByChannel } from '../dialogue/dialogue-cadence.service.js';
import { listFollowUpPage } from '../dialogue/follow-up.service.js';
import { listMeetingPage } from '../dialogue/meeting.service.js';
import { exercisesOf } from '../menu/exercise-summary.service.js';
import { programmesOf } from '../programmes/programme-summary.service.js';
import { listAreaPage } from '../registry/area.service.js';
import { listConflicts } from '../registry/claim.service.js';
import { getHolding, holdersOf } from '../registry/holding.service.js';
import { membershipsOf } from '../registry/membership.service.js';
import { getOrganization } from '../registry/organization.service.js';
import { getPerson } from '../registry/person.service.js';
import { getPost } from '../registry/post.service.js';
import { getSource } from '../registry/source.service.js';

export type { Dossier, DossierPerson };

/** The organization whose posts concerning partners the briefing names (its envoys and officers). */
const ORGANIZATION_ID = 'nato';
const RECENT_MEETINGS = 20;
const ALL = { limit: 500, offset: 0 };
const MARKING_RANK = { public: 0, partners: 1, organization: 2 } as const;

/** First day a partial date (1992, 1992-03) can mean: what "on or before D" compares. */
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const byDay = (d: string | null | undefined, on: string) => !!d && firstDay(d) <= on;

/**
 * Names in the reader's language on a date, read once per record: the registry keeps names over time
 * in English, French and Russian; English (or the id, last) stands in where a language has none.
 */
function namer(ctx: Ctx, lang: DocLang) {
  const orgs = new Map<string, Awaited<ReturnType<typeof getOrganization>> | null>();
  const people = new Map<string, Awaited<ReturnType<typeof getPerson>> | null>();
  const org = async (id: string) => {
    if (!orgs.has(id)) orgs.set(id, await getOrganization(ctx, id).catch(() => null));
    return orgs.get(id) ?? null;
  };
  const person = async (id: string) => {
    if (!people.has(id)) people.set(id, await getPerson(ctx, id).catch(() => null));
    return people.get(id) ?? null;
  };
  return {
    async organization(id: string | null | undefined, on: string, fallback?: string | null): Promise<string> {
      if (!id) return fallback ?? '';
      const o = await org(id);
      if (!o) return fallback ?? id;
      return nameOn(o.names, on, lang) ?? nameOn(o.names, on, 'en') ?? o.name;
    },
    async person(id: string | null | undefined, on: string, fallback: string | null): Promise<string | null> {
      if (!id) return fallback;
      const p = await person(id);
      if (!p) return fallback;
      return nameOn(p.names, on, lang) ?? fallback ?? nameOn(p.names, on, 'en') ?? null;
    },
  };
}

async function officeHolders(ctx: Ctx, partnerId: string, on: string, lang: DocLang) {
  const t = translator(lang);
  const names = namer(ctx, lang);
  const posts = await allPosts(ctx.db);
  const people: DossierPerson[] = [];
  const holdingIds: string[] = [];
  // Posts belong to a few organizations (1,200 posts in 60 on the large dataset): each one's chain
  // of parents is read once, not once per post (3,000 queries made a pack take 9 s on PostgreSQL).
  const chains = new Map<string, Promise<string[]>>();
  const chainOf = (organizationId: string) => {
    const known = chains.get(organizationId);
    if (known) return known;
    const chain = parentChain(ctx.db, organizationId);
    chains.set(organizationId, chain);
    return chain;
  };
  for (const row of posts) {
    const chain = await chainOf(row.organization_id);
    const side: DossierPerson['side'] | null = chain.includes(partnerId)
      ? 'partner'
      : chain.includes(ORGANIZATION_ID)
        ? 'organization'
        : null;
    if (!side) continue;
    const post = await getPost(ctx, row.id);
    const label = post.labels[lang] ?? post.label;
    const all = await holdersOf(ctx, row.id, undefined, ALL);
    holdingIds.push(...all.items.map((h) => h.id));
    const holders = (await holdersOf(ctx, row.id, on, ALL)).items;
    const base = {
      side,
      side_label: t(`side.${side}`),
      post_id: row.id,
      post: label,
      organization_id: row.organization_id,
    };
    if (holders.length === 0)
      people.push({
        ...base,
        person_id: null,
        name: null,
        holder_label: t('dossier.notRecorded'),
        certainty: null,
      });
    for (const h of holders) {
      const name = (await names.person(h.person_id, on, h.person_name)) ?? h.person_name;
      people.push({
        ...base,
        person_id: h.person_id,
        name,
        holder_label: name,
        certainty: h.certainty ?? null,
      });
    }
  }
  people.sort((a, b) => Number(a.side === 'organization') - Number(b.side === 'organization'));
  return { people, holdingIds, personIds: people.flatMap((p) => (p.person_id ? [p.person_id] : [])) };
}

/**
 * The briefing pack on a partner as it stood on a day, in the reader's language: every section holds
 * only what had happened (or was in force) by that day, read through the same services the lists use,
 * so that everything in it is filtered for the acting user exactly as the lists are.
 */
export async function dossierOf(ctx: Ctx, key: string, on = today(), lang: DocLang = 'en'): Promise<Dossier> {
  const t = translator(lang);
  const date = (d: string | null | undefined) => formatDate(d, lang);
  const names = namer(ctx, lang);
  const row = await findOrganization(ctx.db, key.length === 2 ? key.toUpperCase() : key);
  const org = row ?? (await findOrganization(ctx.db, key.toLowerCase()));
  if (!org) throw DomainError.field('record.not_found', 'id', `no partner ${key}`);
  const partner = await getOrganization(ctx, org.id, on);
  const partnerName = nameOn(partner.names, on, lang) ?? partner.name;
  const areaNames = new Map(
    (await listAreaPage(ctx, ALL)).items.map((a) => [a.code, a.names[lang] ?? a.names.en ?? a.code]),
  );
  const areaName = (code: string) => areaNames.get(code) ?? code;
  const channelLabel = (c: string | null) =>
    c ? (hasLabel(lang, `channels.${c}`) ? t(`channels.${c}`) : c.replace(/-/g, ' ')) : '';

  // Memberships that had begun by the day, as they stood then: an end after the day had not happened.
  const memberships: Dossier['memberships'] = [];
  for (const m of (await membershipsOf(ctx, org.id, 'member_id', undefined, ALL)).items) {
    if (!byDay(m.start_date, on)) continue;
    const ended = byDay(m.end_date, on) ? m.end_date : null;
    const status = ended ? 'ended' : m.status;
    memberships.push({
      id: m.id,
      organization_id: m.organization_id,
      organization: await names.organization(m.organization_id, on, m.organization_name),
      organization_at_start: await names.organization(
        m.organization_id,
        m.start_date,
        m.organization_name_at_start,
      ),
      renamed: await Promise.all(
        m.organization_renamed
          .filter((r) => byDay(r.start_date, on))
          .map(async (r) => ({
            name: await names.organization(m.organization_id, r.start_date ?? on, r.name),
            start_date: r.start_date,
          })),
      ),
      role: m.role,
      role_label:
        m.role && hasLabel(lang, `membership.role.${m.role}`)
          ? t(`membership.role.${m.role}`)
          : (m.role ?? ''),
      start_date: m.start_date,
      end_date: ended,
      status,
      status_label: t(`membership.status.${status}`),
    });
  }

  const { people, holdingIds, personIds } = await officeHolders(ctx, org.id, on, lang);
  const dialogue = canRead(ctx.actor, 'meeting');
  const meetingRows = dialogue
    ? (await listMeetingPage(ctx, { partner_id: org.id, to: on }, { limit: RECENT_MEETINGS, offset: 0 }))
        .items
    : [];
  // Follow-ups raised at meetings on or before the day and still open; their due state judged on the day.
  const followUps = dialogue
    ? (await listFollowUpPage(ctx, { partner_id: org.id, status: 'open', on }, ALL)).items
        .filter((f) => byDay(f.meeting_date, on))
        .map((f) => ({
          ...f,
          due_label: t(`due.${f.due_state}`),
          meeting_label: t('dossier.sinceMeeting', { date: date(f.meeting_date) }),
        }))
    : [];
  const cadence = (dialogue ? await cadenceByChannel(ctx, org.id, on) : []).map((c) => ({
    ...c,
    channel_label: channelLabel(c.channel),
    interval_label:
      c.typical_interval_days === null
        ? t('duration.none')
        : t('duration.every', { duration: formatDays(c.typical_interval_days, lang) }),
  }));

  // Programmes whose period had begun by the day; one that starts later was not in force.
  const programmes = (await programmesOf(ctx, org.id))
    .filter((p) => p.period.start <= on)
    .map((p) => ({
      ...p,
      name: t('programme.name', {
        kind: t(`programme.kinds.${p.kind}`),
        from: p.period.start.slice(0, 4),
        until: p.period.end.slice(0, 4),
      }),
      status_label: t(`programme.status.${p.status}`),
      areas: p.areas.map((a) => ({ ...a, name: areaName(a.code) })),
      objectives: p.objectives.map((o) => ({ ...o, area_name: o.area ? areaName(o.area) : null })),
    }));
  const exercises = (canRead(ctx.actor, 'exercise') ? await exercisesOf(ctx, org.id) : [])
    .filter((e) => e.start_date <= on)
    .map((e) => ({ ...e, role_label: t(`exerciseRole.${e.role}`) }));

  const meetings = [];
  for (const m of meetingRows) {
    const participants = [];
    for (const p of m.participants) {
      const name = await names.person(p.person_id, m.start_date, p.name);
      const post = p.post_id ? await getPost(ctx, p.post_id).catch(() => null) : null;
      participants.push({
        name,
        post: post ? (post.labels[lang] ?? post.label) : p.post,
        side: p.side,
        person_id: p.person_id,
        status: p.status,
      });
    }
    const country = await names.organization(m.place.country_id, m.start_date, m.place.country);
    const place = [m.place.city ? placeName(m.place.city, lang) : null, country].filter(Boolean).join(', ');
    const who = formatList(
      participants.flatMap((p) =>
        p.name ? [p.post ? t('dossier.personAt', { name: p.name, post: p.post }) : p.name] : [],
      ),
      lang,
    );
    const kind = t(`meeting.kinds.${m.kind}`);
    const template = `dossier.timeline.${place ? 'meeting' : 'meetingNowhere'}${who ? 'With' : ''}`;
    meetings.push({
      id: m.id,
      date: m.date,
      end_date: m.end_date,
      kind: m.kind,
      kind_label: kind,
      status: m.status,
      status_label: t(`meeting.status.${m.status}`),
      channel: m.channel,
      channel_label: channelLabel(m.channel),
      place: { ...m.place, country },
      place_label: place,
      summary: t(template, { kind, place, who }),
      codes: m.codes,
      participants,
      topics: m.topics,
      areas: m.areas,
      area_names: m.areas.map(areaName),
      outcomes: m.outcomes,
      marking: m.marking,
      illustrative: m.illustrative,
      sources: m.sources
        .map((s) => ({ source_id: s.source_id, title: s.title, url: s.url }))
        .filter((s, i, all) => all.findIndex((x) => x.source_id === s.source_id) === i),
    });
  }

  // Conflicts known on the day: only claims from sources published by then (or undated) count, and a
  // disagreement needs two different values among them.
  const concerned = new Set([org.id, ...memberships.map((m) => m.id), ...holdingIds, ...personIds]);
  const published = new Map<string, string | null>();
  const conflicts = [];
  for (const c of (await listConflicts(ctx)).filter((c) => concerned.has(c.subject_id))) {
    const claims = [];
    for (const k of c.claims) {
      if (!published.has(k.source_id))
        published.set(
          k.source_id,
          (await getSource(ctx, k.source_id).catch(() => null))?.publication_date ?? null,
        );
      const when = published.get(k.source_id);
      if (when && !byDay(when, on)) continue;
      const value =
        c.field === 'person_id'
          ? ((await names.person(k.value, on, k.value)) ?? '')
          : c.field.endsWith('_date')
            ? date(k.value)
            : (k.value ?? '');
      claims.push({ ...k, value_label: value });
    }
    if (new Set(claims.map((k) => k.value)).size < 2) continue;
    conflicts.push({
      ...c,
      claims,
      subject_label: await conflictSubject(c.subject_type, c.subject_id, c.subject_label),
      field_label: hasLabel(lang, `fields.${c.field}`) ? t(`fields.${c.field}`) : c.field.replace(/_/g, ' '),
    });
  }
  async function conflictSubject(type: string, id: string, fallback: string) {
    const m = memberships.find((x) => x.id === id);
    if (type === 'membership' && m)
      return t('dossier.subject.membership', { partner: partnerName, organization: m.organization });
    if (type === 'organization' && id === org?.id) return partnerName;
    if (type === 'post_holding') {
      const h = await getHolding(ctx, id).catch(() => null);
      const post = h ? await getPost(ctx, h.post_id).catch(() => null) : null;
      const name = h ? await names.person(h.person_id, h.start_date, h.person_name) : null;
      if (h && post && name)
        return t('dossier.subject.holding', { name, post: post.labels[lang] ?? post.label });
    }
    return fallback;
  }

  const timeline: Dossier['timeline'] = [];
  for (const m of memberships) {
    timeline.push({
      date: m.start_date,
      kind: 'membership',
      label: t('dossier.timeline.joins', { organization: m.organization_at_start }),
    });
    let previous = m.organization_at_start;
    for (const r of m.renamed) {
      if (!r.start_date) continue;
      timeline.push({
        date: r.start_date,
        kind: 'membership',
        label: t('dossier.timeline.renamed', { from: previous, to: r.name }),
      });
      previous = r.name;
    }
    if (m.end_date)
      timeline.push({
        date: m.end_date,
        kind: 'membership',
        label: t('dossier.timeline.leaves', { organization: m.organization }),
      });
  }
  for (const p of programmes)
    timeline.push({
      date: p.period.start,
      kind: 'programme',
      label: t('dossier.timeline.programme', { programme: p.name, status: p.status_label }),
    });
  for (const m of meetings) timeline.push({ date: m.date, kind: 'meeting', label: m.summary });
  for (const e of exercises)
    timeline.push({
      date: e.start_date,
      kind: 'exercise',
      label: t(e.role === 'host' ? 'dossier.timeline.hosts' : 'dossier.timeline.joinsExercise', {
        title: e.title,
      }),
      content: e.title,
    });
  timeline.sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)));

  // The banner: the highest marking of what this reader is given (public when nothing is marked).
  const marked = [...meetings.map((m) => m.marking), ...followUps.map((f) => f.marking)];
  const level = marked.reduce<keyof typeof MARKING_RANK>(
    (top, m) => (MARKING_RANK[m] > MARKING_RANK[top] ? m : top),
    'public',
  );
  const releasable = [
    ...new Set(
      [...meetingRows, ...followUps].filter((r) => r.marking === 'partners').flatMap((r) => r.releasable_to),
    ),
  ];
  const releasableNames = await Promise.all(releasable.map((id) => names.organization(id, on, id)));
  const marking = {
    level,
    releasable_to: level === 'partners' ? releasable : [],
    label:
      level === 'partners'
        ? releasableNames.length
          ? t('marking.partners', { partners: formatList(releasableNames, lang) })
          : t('marking.partnersNone')
        : t(`marking.${level}`),
  };

  return {
    partner: { id: partner.id, iso2: partner.iso2, name: partnerName, kind: partner.kind },
    on,
    lang,
    marking,
    memberships,
    timeline,
    people,
    programmes,
    exercises,
    meetings,
    follow_ups: followUps,
    cadence,
    conflicts,
  };
}
