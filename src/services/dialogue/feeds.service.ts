import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { daysApart, meetingLikeness } from '../../domain/dialogue/duplicates.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import { reportTooLong } from '../../ingest/limits.js';
import { readReportOffThread } from '../../ingest/read.pool.js';
import type {
  FeedCreate,
  FeedOut,
  PollOut,
  PressDraftConfirm,
  PressDraftDetail,
  PressDraftOut,
} from '../../schemas/dialogue/feed.schema.js';
import type { MeetingDraft } from '../../schemas/dialogue/report.schema.js';
import { audit, insertVersioned, requireVersion, updateVersioned } from '../../store/core/records.js';
import type { FeedTable, PressDraftTable } from '../../store/dialogue/dialogue.tables.js';
import {
  feedAtUrl,
  feedsDue,
  findDraft,
  findFeed,
  insertItem,
  itemSeen,
  listDrafts,
  listFeeds,
  openDraftsBetween,
  recordPoll,
} from '../../store/dialogue/feed.repo.js';
import { allPostLabels } from '../../store/registry/gazetteer.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { entryText, type FeedEntry, fetchFeed } from './feed-fetch.service.js';
import { confirmReport } from './ingest.service.js';
import { registryGazetteer, withFallback } from './person-candidate.service.js';

/**
 * News feeds watched for the press desk (issue 15): each new item's article is read like a pasted
 * report, and its main meeting lands in the inbox as a draft — joined to an open draft of the same
 * meeting (same day give or take one, shared participants) when another outlet reported it first, so
 * that two outlets' reports of one meeting are one draft with two sources. Feeds and drafts are the
 * organization's working material: only who writes dialogue records reads or manages them.
 */

/** The longest wait after failures in a row (each doubles the interval). */
const MAX_BACKOFF_MS = 24 * 3_600_000;

function presentFeed(r: FeedTable): FeedOut {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    polled_at: r.polled_at,
    next_poll_at: r.next_poll_at,
    last_status: r.last_status,
    last_error: r.last_error,
    failures: r.failures,
    items: r.items,
    version: r.version,
  };
}

interface StoredSource {
  url: string | null;
  title: string;
  publisher: string | null;
  published: string | null;
  feed_id: string | null;
  text: string;
}

function presentDraft(r: PressDraftTable): PressDraftOut {
  const sources = JSON.parse(r.sources) as StoredSource[];
  return {
    id: r.id,
    status: r.status as PressDraftOut['status'],
    start_date: r.start_date,
    title: r.title,
    meeting: JSON.parse(r.meeting) as MeetingDraft,
    sources: sources.map(({ text: _, ...s }) => s),
    meeting_id: r.meeting_id,
    version: r.version,
  };
}

export async function addFeed(ctx: Ctx, input: FeedCreate): Promise<FeedOut> {
  assertCanWrite(ctx.actor, 'meeting');
  return inTransaction(ctx, async (tx) => {
    if (await feedAtUrl(tx.db, input.url))
      throw DomainError.field('record.exists', 'url', 'this feed is watched already');
    const at = now();
    const row = {
      id: newId(new URL(input.url).hostname),
      url: input.url,
      title: input.title ?? null,
      etag: null,
      last_modified: null,
      polled_at: null,
      next_poll_at: null,
      last_status: null,
      last_error: null,
      failures: 0,
      items: 0,
    };
    await insertVersioned(tx.db, 'feed', row, at);
    const created = presentFeed({ ...row, version: 1, created_at: at, updated_at: at });
    await audit(tx, 'create', 'feed', row.id, undefined, created, at);
    return created;
  });
}

export async function getFeeds(ctx: Ctx): Promise<FeedOut[]> {
  assertCanWrite(ctx.actor, 'meeting');
  return (await listFeeds(ctx.db)).map(presentFeed);
}

/** Where a new item's meeting goes: an open draft of the same meeting, or a new draft. */
async function fileItem(ctx: Ctx, feed: FeedTable, entry: FeedEntry, text: string, at: string) {
  const { extraction } = await readReportOffThread({
    text,
    published: entry.published,
    gazetteer: withFallback(await registryGazetteer(ctx)),
    posts: await allPostLabels(ctx.db),
  });
  const main = extraction?.meetings.find((m) => m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date));
  // Only items that tell of a meeting with someone the reader recognised reach the inbox.
  const relevant = main?.participants.some((p) => p.person_id) || main?.place.country;
  const source: StoredSource = {
    url: entry.url,
    title: entry.title,
    publisher: extraction?.dateline.outlet ?? feed.title,
    published: entry.published,
    feed_id: feed.id,
    text,
  };
  return inTransaction(ctx, async (tx) => {
    let draftId: string | null = null;
    let joined = false;
    if (main?.date && relevant) {
      const day = main.date;
      const open = await openDraftsBetween(tx.db, shift(day, -1), shift(day, 1));
      const same = open.find((d) => {
        const m = JSON.parse(d.meeting) as MeetingDraft;
        const apart = daysApart(day, d.start_date ?? '');
        return (
          apart !== null &&
          apart <= 1 &&
          meetingLikeness(
            { start_date: day, participants: main.participants },
            { start_date: d.start_date ?? '', participants: m.participants },
          ).includes('participants')
        );
      });
      if (same) {
        const sources = JSON.parse(same.sources) as StoredSource[];
        if (!sources.some((s) => s.url && s.url === source.url)) {
          await updateVersioned(
            tx.db,
            'press_draft',
            same.id,
            same.version,
            { sources: JSON.stringify([...sources, source]) },
            at,
          );
        }
        draftId = same.id;
        joined = true;
      } else {
        draftId = newId(`${day}-${main.place.city ?? main.kind}`);
        await insertVersioned(
          tx.db,
          'press_draft',
          {
            id: draftId,
            status: 'open',
            start_date: day,
            title: entry.title.slice(0, 500),
            meeting: JSON.stringify(main),
            sources: JSON.stringify([source]),
            meeting_id: null,
          },
          at,
        );
      }
    }
    await insertItem(tx.db, {
      id: newId(feed.id.slice(0, 30)),
      feed_id: feed.id,
      guid: entry.guid,
      url: entry.url,
      title: entry.title,
      published: entry.published,
      draft_id: draftId,
      created_at: at,
    });
    return { created: draftId !== null && !joined, joined };
  });
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

async function pollOne(ctx: Ctx, feed: FeedTable, intervalMs: number): Promise<PollOut['feeds'][number]> {
  const at = now();
  const out = { id: feed.id, url: feed.url, status: '', new_items: 0, drafts_created: 0, drafts_joined: 0 };
  try {
    const got = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.last_modified });
    out.status = String(got.status);
    // The outlet's name for reports whose dateline names none: the feed's, known from this answer on.
    const named = { ...feed, title: feed.title ?? got.title };
    for (const entry of got.entries) {
      if (await itemSeen(ctx.db, feed.id, entry.guid)) continue;
      const text = (await entryText(entry)).trim();
      if (!text || reportTooLong(text)) continue;
      const filed = await fileItem(ctx, named, entry, text, at);
      out.new_items++;
      if (filed.created) out.drafts_created++;
      if (filed.joined) out.drafts_joined++;
    }
    await recordPoll(ctx.db, feed.id, {
      ...(got.title && !feed.title ? { title: got.title } : {}),
      etag: got.etag,
      last_modified: got.lastModified,
      polled_at: at,
      next_poll_at: new Date(Date.parse(at) + intervalMs).toISOString(),
      last_status: out.status,
      last_error: null,
      failures: 0,
      items: feed.items + out.new_items,
    });
  } catch (err) {
    const failures = feed.failures + 1;
    const wait = Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS);
    out.status = 'failed';
    await recordPoll(ctx.db, feed.id, {
      polled_at: at,
      next_poll_at: new Date(Date.parse(at) + wait).toISOString(),
      last_status: 'failed',
      last_error: (err instanceof Error ? err.message : String(err)).slice(0, 500),
      failures,
      items: feed.items + out.new_items,
    });
  }
  return out;
}

/**
 * Polls the feeds that are due (all of them with `force`), one after the other: a conditional GET
 * each, the new items read and filed. A failing feed waits twice as long after each failure.
 */
export async function pollFeeds(
  ctx: Ctx,
  options: { intervalMs: number; force?: boolean },
): Promise<PollOut> {
  assertCanWrite(ctx.actor, 'meeting');
  const due = options.force ? await listFeeds(ctx.db) : await feedsDue(ctx.db, now());
  const feeds = [];
  for (const feed of due) feeds.push(await pollOne(ctx, feed, options.intervalMs));
  return { feeds };
}

/** Polls on a schedule (`concord serve`); returns the function that stops it. */
export function scheduleFeedPolls(
  ctx: Ctx,
  intervalMs: number,
  log: { error: (message: string) => void },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await pollFeeds(ctx, { intervalMs });
    } catch (err) {
      log.error(`feed poll failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  // Due feeds are looked for more often than the interval, so that a new feed is read soon.
  const timer = setInterval(() => void tick(), Math.min(intervalMs, 60_000));
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

export async function getDrafts(
  ctx: Ctx,
  q: { status?: string; limit: number; offset: number },
): Promise<{ items: PressDraftOut[]; total: number }> {
  assertCanWrite(ctx.actor, 'meeting');
  const { rows, total } = await listDrafts(ctx.db, q.status, q.limit, q.offset);
  return { items: rows.map(presentDraft), total };
}

async function requireDraft(ctx: Ctx, id: string): Promise<PressDraftTable> {
  assertCanWrite(ctx.actor, 'meeting');
  const row = await findDraft(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no press draft ${id}`);
  return row;
}

export async function getDraft(ctx: Ctx, id: string): Promise<PressDraftDetail> {
  assertCanRead(ctx.actor, 'meeting');
  const row = await requireDraft(ctx, id);
  return { ...presentDraft(row), sources: JSON.parse(row.sources) as StoredSource[] };
}

export async function dismissDraft(
  ctx: Ctx,
  id: string,
  version: number | undefined,
): Promise<PressDraftOut> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireDraft(tx, id);
    if (row.status !== 'open')
      throw DomainError.field('version.conflict', 'status', `the draft is ${row.status}`);
    const at = now();
    const v = await updateVersioned(
      tx.db,
      'press_draft',
      id,
      requireVersion(version),
      { status: 'dismissed' },
      at,
    );
    const after = presentDraft({ ...row, status: 'dismissed', version: v, updated_at: at });
    await audit(tx, 'update', 'press_draft', id, presentDraft(row), after, at);
    return after;
  });
}

/**
 * One click: every outlet's report of the draft becomes a source of one meeting — the reviewed
 * meeting (through the duplicate check) or the recorded one the desk officer named.
 */
export async function confirmDraft(
  ctx: Ctx,
  id: string,
  body: PressDraftConfirm,
  version: number | undefined,
) {
  return inTransaction(ctx, async (tx) => {
    const row = await requireDraft(tx, id);
    if (row.status !== 'open')
      throw DomainError.field('version.conflict', 'status', `the draft is ${row.status}`);
    const expected = requireVersion(version);
    const sources = JSON.parse(row.sources) as StoredSource[];
    const draft = JSON.parse(row.meeting) as MeetingDraft;
    let meetingId = body.attach_to;
    let last = null;
    for (const s of sources) {
      last = await confirmReport(tx, {
        text: s.text,
        ...(s.published && /^\d{4}-\d{2}-\d{2}$/.test(s.published) ? { published: s.published } : {}),
        source: {
          title: s.title.slice(0, 500),
          publisher: s.publisher,
          url: s.url,
          publication_date: s.published,
        },
        meeting: body.meeting,
        evidence: draft.evidence ?? [],
        ...(meetingId ? { attach_to: meetingId } : {}),
      });
      meetingId = last.meeting.id;
    }
    const at = now();
    const v = await updateVersioned(
      tx.db,
      'press_draft',
      id,
      expected,
      { status: 'confirmed', meeting_id: meetingId ?? null },
      at,
    );
    const after = presentDraft({
      ...row,
      status: 'confirmed',
      meeting_id: meetingId ?? null,
      version: v,
      updated_at: at,
    });
    await audit(tx, 'update', 'press_draft', id, presentDraft(row), after, at);
    return { draft: after, meeting: last?.meeting ?? null };
  });
}

export async function feedById(ctx: Ctx, id: string): Promise<FeedOut> {
  assertCanWrite(ctx.actor, 'meeting');
  const row = await findFeed(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no feed ${id}`);
  return presentFeed(row);
}
