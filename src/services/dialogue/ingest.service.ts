import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { reportHash } from '../../domain/dialogue/duplicates.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import type { PostStatement } from '../../ingest/annotate.js';
import { reportTooLong } from '../../ingest/limits.js';
import { readReportOffThread } from '../../ingest/read.pool.js';
import type {
  ConfirmOut,
  ConfirmRequest,
  IngestDuplicates,
  IngestOut,
  IngestRequest,
} from '../../schemas/dialogue/ingest.schema.js';
import type { MeetingCreate } from '../../schemas/dialogue/meeting.schema.js';
import type { MeetingDraft } from '../../schemas/dialogue/report.schema.js';
import type { ClaimOut } from '../../schemas/registry/source.schema.js';
import { exists } from '../../store/core/records.js';
import { setSourceHash } from '../../store/dialogue/duplicates.repo.js';
import { allPostLabels, organizationsByName } from '../../store/registry/gazetteer.repo.js';
import { holdingsOfPostOn } from '../../store/registry/post.repo.js';
import { holdingBacking, holdingClaimExists } from '../../store/registry/source.repo.js';
import { type Ctx, inTransaction } from '../core/context.js';
import { createClaim } from '../registry/claim.service.js';
import { createSource } from '../registry/source.service.js';
import {
  assertNewMeeting,
  type KnownSource,
  knownSource,
  meetingCandidates,
  meetingDuplicates,
} from './duplicates.service.js';
import { createMeeting, getMeeting, requireMeeting, updateMeeting } from './meeting.service.js';
import { registryGazetteer, withFallback } from './person-candidate.service.js';

/** Recurring channels recognised from the post of the organization's envoy. */
const CHANNEL_OF_POST: Record<string, string> = {
  'nato-sg-special-representative-caucasus-central-asia': 'special-representative',
  'nato-liaison-officer-central-asia': 'liaison-office-visits',
};

/** A report longer than the stated limit is refused before anything is read. */
function assertReadable(text: string) {
  const refusal = reportTooLong(text);
  if (refusal) throw DomainError.field('request.too_large', 'text', refusal);
}

/**
 * Reads a press report against the registry: the draft meetings, what was recognised where, and post
 * statements. The reading runs on a worker thread (chrono-node and compromise load there, on first
 * use), so that the server answers other requests meanwhile.
 */
export async function analyzeReport(ctx: Ctx, req: IngestRequest): Promise<IngestOut> {
  assertCanWrite(ctx.actor, 'meeting');
  assertReadable(req.text);
  const { annotation, extraction } = await readReportOffThread({
    text: req.text,
    published: req.published ?? null,
    gazetteer: withFallback(await registryGazetteer(ctx)),
    posts: await allPostLabels(ctx.db),
    ...(req.language ? { language: req.language } : {}),
  });
  if (!extraction) throw new Error('the reader returned no extraction');
  return { ...annotation, extraction, duplicates: await duplicatesOf(ctx, req, annotation.text, extraction) };
}

const fullDay = (d: string | null | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * What the report may already be in the records: the source it is stored as, and for each draft
 * meeting the recorded meetings the reader may see that look like it (same day give or take one,
 * shared people or place). The desk officer chooses in the review; nothing is decided here.
 */
export async function duplicatesOf(
  ctx: Ctx,
  req: { url?: string | null; published?: string | null },
  text: string,
  extraction: NonNullable<Awaited<ReturnType<typeof readReportOffThread>>['extraction']>,
): Promise<IngestDuplicates> {
  const meetings: IngestDuplicates['meetings'] = [];
  for (const [draft, m] of extraction.meetings.entries()) {
    if (!m.date) continue;
    const found = await meetingDuplicates(ctx, {
      kind: m.kind,
      start_date: m.date,
      city: m.place.city,
      participants: m.participants.map((p) => ({ person_id: p.person_id, name: p.name })),
    });
    if (found.length) meetings.push({ draft, candidates: meetingCandidates(found) });
  }
  const days = [req.published, extraction.publication_date, extraction.dateline.date].filter(fullDay);
  const source = await knownSource(ctx, {
    url: req.url ?? null,
    text,
    days: [...new Set(days)],
    meetingIds: meetings.flatMap((m) => m.candidates.map((c) => c.id)),
  });
  return { source, meetings };
}

/** The organization a name stands for in the registry ("Tajikistan" → tj), or null. */
async function organizationNamed(
  ctx: Ctx,
  name: string | null | undefined,
): Promise<{ id: string; kind: string } | null> {
  if (!name) return null;
  const folded = foldForSearch(name);
  const rows = await organizationsByName(ctx.db);
  const hit = rows.find((r) => foldForSearch(r.name) === folded);
  return hit ? { id: hit.id, kind: hit.kind } : null;
}

/** A draft meeting of the extractor as a meeting record to review and confirm. */
export async function meetingFromDraft(
  ctx: Ctx,
  draft: MeetingDraft,
  extra: { partner_id?: string; statements?: readonly PostStatement[] } = {},
): Promise<MeetingCreate> {
  if (!draft.date)
    throw DomainError.field('request.invalid', 'date', 'the report gives no day for the meeting');
  const country = await organizationNamed(ctx, draft.place.country);
  const sideOrg = async (side: 'host' | 'visitor') =>
    (await organizationNamed(ctx, draft.participants.find((p) => p.side === side)?.organization))?.id ?? null;
  const host = await sideOrg('host');
  const visitor = await sideOrg('visitor');
  const partner = extra.partner_id ?? (country?.kind === 'state' ? country.id : null);
  if (!partner)
    throw DomainError.field('request.invalid', 'partner_id', 'name the partner the meeting concerns');
  const participantIds = new Set(draft.participants.map((p) => p.person_id));
  const channelPost = (extra.statements ?? []).find(
    (s) => participantIds.has(s.person_id) && CHANNEL_OF_POST[s.post_id],
  );
  const participants = [];
  for (const p of draft.participants) {
    const known = p.person_id && (await exists(ctx.db, 'person', p.person_id));
    participants.push({ ...(known ? { person_id: p.person_id } : {}), name: p.name, side: p.side });
  }
  return {
    partner_id: partner,
    channel: channelPost ? CHANNEL_OF_POST[channelPost.post_id] : null,
    kind: draft.kind === 'other' ? 'meeting' : draft.kind,
    status: draft.status,
    start_date: draft.date,
    end_date: draft.end_date ?? null,
    city: draft.place.city,
    country_id: country?.id ?? null,
    host_org_id: host,
    visitor_org_id: visitor,
    participants,
    topics: draft.topics,
    areas: draft.areas,
    outcomes: [],
    objective_ids: [],
    // A published report is public, but who met and what was agreed may not be: the reviewer releases
    // the record knowingly (issue 12, item 3).
    marking: 'organization',
    releasable_to: [],
    illustrative: false,
    sources: [],
  };
}

/** The report as a source: the one it is stored as already (by id, address or text), or a new one. */
async function sourceFor(
  ctx: Ctx,
  req: ConfirmRequest,
  text: string,
  days: readonly string[],
): Promise<{ id: string; reused: boolean }> {
  const s = req.source;
  if (s.id && (await exists(ctx.db, 'source', s.id))) return { id: s.id, reused: true };
  const known: KnownSource | null = await knownSource(ctx, {
    url: s.url ?? null,
    text,
    days,
    ...(req.attach_to ? { meetingIds: [req.attach_to] } : {}),
  });
  if (known) return { id: known.id, reused: true };
  const excerpt = text.slice(0, 10_000);
  const created = await createSource(ctx, {
    ...(s.id ? { id: s.id } : {}),
    title: s.title,
    publisher: s.publisher ?? null,
    url: s.url ?? null,
    publication_date: s.publication_date ?? req.published ?? null,
    excerpt,
    language: s.language ?? null,
  });
  await setSourceHash(ctx.db, created.id, reportHash(excerpt));
  return { id: created.id, reused: false };
}

/**
 * What the report says about who held a post on its day, as claims on the registry holding of that
 * day: agreement supports the holding; a different person is a conflicting claim, set beside the
 * holding's own sources, so that /api/conflicts shows the stale statement with both sources.
 */
async function holdingClaims(ctx: Ctx, statements: readonly PostStatement[], day: string, sourceId: string) {
  const out: ClaimOut[] = [];
  const byPost = new Map<string, PostStatement[]>();
  for (const s of statements) {
    if (!s.person_id || !(await exists(ctx.db, 'person', s.person_id))) continue;
    byPost.set(s.post_id, [...(byPost.get(s.post_id) ?? []), s]);
  }
  const add = async (c: {
    subject_id: string;
    field: string;
    value: string | null;
    source_id: string;
    followed: boolean;
    confidence: 'confirmed' | 'secondary' | 'unconfirmed';
    excerpt: string | null;
  }) => {
    if (await holdingClaimExists(ctx.db, c)) return;
    out.push(
      await createClaim(ctx, {
        id: newId(`${c.subject_id}-${c.field === '*' ? 'all' : 'holder'}`.slice(0, 50)),
        subject_type: 'post_holding',
        status: 'active',
        ...c,
      }),
    );
  };
  for (const [postId, said] of byPost) {
    // Read in the caller's transaction (the demo loads holdings in the same one).
    const holdings = await holdingsOfPostOn(ctx.db, postId, day);
    const holding = holdings.find((h) => h.acting === 0) ?? holdings[0];
    if (!holding) continue;
    const disagree = said.some((s) => s.person_id !== holding.person_id);
    if (!disagree) {
      for (const s of said) {
        await add({
          subject_id: holding.id,
          field: '*',
          value: null,
          source_id: sourceId,
          followed: true,
          confidence: 'secondary',
          excerpt: s.sentence,
        });
      }
      continue;
    }
    for (const s of said) {
      const agrees = s.person_id === holding.person_id;
      await add({
        subject_id: holding.id,
        field: 'person_id',
        value: s.person_id,
        source_id: sourceId,
        followed: agrees,
        confidence: agrees ? 'secondary' : 'unconfirmed',
        excerpt: s.sentence,
      });
    }
    // The registry's side of the disagreement: the holding as its own sources state it.
    const backing = await holdingBacking(ctx.db, holding.id, sourceId);
    const best = backing.find((b) => b.confidence === 'confirmed') ?? backing[0];
    if (best) {
      await add({
        subject_id: holding.id,
        field: 'person_id',
        value: holding.person_id,
        source_id: best.source_id,
        followed: true,
        confidence: best.confidence as 'confirmed' | 'secondary' | 'unconfirmed',
        excerpt: best.excerpt,
      });
    }
  }
  return out;
}

/**
 * The reviewed draft becomes a record in one transaction: the report as a source (reused when known),
 * the meeting resting on it with the quoted sentences, participants linked or kept as draft people,
 * and claims about the post holdings the report speaks of.
 */
export async function confirmReport(ctx: Ctx, req: ConfirmRequest): Promise<ConfirmOut> {
  assertCanWrite(ctx.actor, 'meeting');
  assertReadable(req.text);
  const { annotation } = await readReportOffThread({
    text: req.text,
    published: req.published ?? null,
    gazetteer: withFallback(await registryGazetteer(ctx)),
    posts: await allPostLabels(ctx.db),
    annotateOnly: true,
  });
  const dateline = annotation.spans.find((s) => s.kind === 'dateline')?.value ?? null;
  const days = [req.published, req.source.publication_date, dateline].filter(fullDay);
  return inTransaction(ctx, async (tx) => {
    const source = await sourceFor(tx, req, annotation.text, [...new Set(days)]);
    const sourceId = source.id;
    const evidence = req.evidence.length ? req.evidence : [];
    const first = evidence[0] ?? null;
    const cited = [
      { source_id: sourceId, field: '*', excerpt: evidence.join(' ') || null },
      ...(first
        ? [
            { source_id: sourceId, field: 'date', excerpt: first },
            { source_id: sourceId, field: 'place', excerpt: first },
            { source_id: sourceId, field: 'participants', excerpt: first },
          ]
        : []),
      ...(evidence.length > 1
        ? [{ source_id: sourceId, field: 'topics', excerpt: evidence.slice(1).join(' ') }]
        : []),
    ];
    let meeting: ConfirmOut['meeting'];
    if (req.attach_to) {
      meeting = await attachSource(tx, req.attach_to, sourceId, cited);
    } else {
      // A report confirmed twice, or a second outlet's report of a recorded meeting, is caught here
      // unless the desk officer said it is another meeting (confirm_new).
      await assertNewMeeting(tx, req.meeting, [sourceId]);
      const { confirm_new: _, ...input } = req.meeting;
      meeting = await createMeeting(tx, { ...input, sources: [...input.sources, ...cited] });
    }
    const day = dateline ?? req.published ?? meeting.start_date;
    const claims = await holdingClaims(tx, annotation.statements, day, sourceId);
    return { meeting, source_id: sourceId, claims, attached: !!req.attach_to, source_reused: source.reused };
  });
}

/**
 * "This is the same meeting": the report becomes one more source of the recorded meeting (nothing
 * when it rests on that source already, so confirming the same report twice changes nothing).
 */
async function attachSource(
  ctx: Ctx,
  meetingId: string,
  sourceId: string,
  cited: ConfirmRequest['meeting']['sources'],
): Promise<ConfirmOut['meeting']> {
  await requireMeeting(ctx, meetingId);
  const before = await getMeeting(ctx, meetingId);
  if (before.sources.some((s) => s.source_id === sourceId)) return before;
  return updateMeeting(ctx, meetingId, {
    version: before.version,
    sources: [
      ...before.sources.map((s) => ({ source_id: s.source_id, field: s.field, excerpt: s.excerpt })),
      ...cited,
    ],
  });
}
