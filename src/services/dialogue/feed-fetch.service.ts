import { extractFromXml } from '@extractus/feed-extractor';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * The network side of watching feeds: a conditional GET of the feed (ETag, Last-Modified), its
 * entries parsed by a maintained parser (RSS and Atom alike), and each article's text taken from its
 * page with Mozilla's Readability (or as it is, when the link serves plain text).
 */

export interface FeedFetch {
  status: 200 | 304;
  etag: string | null;
  lastModified: string | null;
  title: string | null;
  entries: FeedEntry[];
}

export interface FeedEntry {
  guid: string;
  url: string | null;
  title: string;
  published: string | null;
  /** the entry's own summary or content, used when the article cannot be read */
  summary: string;
}

const TIMEOUT_MS = 15_000;
/** A feed or an article larger than this is not read (a report is at most 100,000 characters). */
const MAX_BYTES = 2_000_000;

async function bodyOf(res: Response): Promise<string> {
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new Error(`the answer is ${length} bytes, more than ${MAX_BYTES}`);
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new Error(`the answer is more than ${MAX_BYTES} characters`);
  return text;
}

/** The feed, unless it has not changed since the validators of the last poll. */
export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
): Promise<FeedFetch> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (res.status === 304) {
    return {
      status: 304,
      etag: validators.etag,
      lastModified: validators.lastModified,
      title: null,
      entries: [],
    };
  }
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const xml = await bodyOf(res);
  const feed = extractFromXml(xml, { descriptionMaxLen: 0 });
  const entries = (feed.entries ?? []).flatMap((e): FeedEntry[] => {
    const guid = e.id || e.link;
    if (!guid) return [];
    return [
      {
        guid,
        url: e.link || null,
        title: e.title || e.link || guid,
        published: e.published ? String(e.published).slice(0, 10) : null,
        summary: e.description ?? '',
      },
    ];
  });
  return {
    status: 200,
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
    title: feed.title || null,
    entries,
  };
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre';

/** The readable text of an HTML page: Readability's article, one paragraph a line. */
export function articleText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return '';
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...body.querySelectorAll(BLOCKS)].map((b) =>
    (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  const text = blocks.filter(Boolean).join('\n');
  return text || (article.textContent ?? '').trim();
}

/** The text of an entry's article, or its summary when the page cannot be read. */
export async function entryText(entry: FeedEntry): Promise<string> {
  const fallback = entry.summary
    ? articleText(`<html><body><p>${entry.summary}</p></body></html>`) || entry.summary
    : '';
  if (!entry.url) return fallback;
  try {
    const res = await fetch(entry.url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!res.ok) return fallback;
    const type = res.headers.get('content-type') ?? '';
    const body = await bodyOf(res);
    if (/^text\/plain/.test(type)) return body.trim();
    if (/html/.test(type)) return articleText(body) || fallback;
    return fallback;
  } catch {
    return fallback;
  }
}
