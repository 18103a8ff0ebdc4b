import type { FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';

/** An answer as it left the server: its body and the headers the route set on it. */
interface Stored {
  body: string | Buffer;
  headers: Record<string, string | number | string[]>;
}

/**
 * Headers that belong to one request, not to the answer: never replayed from the cache
 * (content-length is recomputed; cookies and request ids are the caller's own).
 */
const PER_REQUEST = new Set(['set-cookie', 'x-request-id', 'content-length', 'date', 'connection']);

/** Answers above this size are rendered each time: a few exports would otherwise evict every list. */
const LARGEST = 512 * 1024;

/**
 * Rendered GET answers keyed by their ETag validator (conditional-get.ts). The validator already
 * names everything an answer depends on — URL, reader, Accept headers, today and the change stamp of
 * the data — so an entry is never stale: any committed write changes the stamp, and with it every key.
 * This is what makes a list as cheap as its revalidation for every reader who asks again, anonymous
 * readers above all (they share one key per URL). Each instance keeps its own cache; several
 * instances on one PostgreSQL stay correct because the stamp is read from the database.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Stored>;
  /** Answers being rendered, by validator: who asks the same meanwhile waits instead of rendering too. */
  private readonly rendering = new Map<string, Promise<void>>();
  /** Replays and lookups that found nothing, since start (for /metrics). */
  private hits = 0;
  private misses = 0;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, Stored>({
      maxSize: maxBytes,
      sizeCalculation: (s) => Math.max(1, s.body.length),
    });
  }

  /** Replays a stored answer; false when there is none. */
  replay(validator: string, reply: FastifyReply): boolean {
    const stored = this.entries.get(validator);
    if (!stored) {
      this.misses++;
      return false;
    }
    this.hits++;
    reply.headers(stored.headers).code(200).send(stored.body);
    return true;
  }

  /**
   * Waits while another request renders the same answer (fifty readers opening the same list at once
   * then cost one rendering, not fifty), at most `patience` ms; else claims the rendering and returns
   * the function that ends the claim.
   */
  async awaitOrClaim(validator: string, patience = 5_000): Promise<(() => void) | null> {
    const pending = this.rendering.get(validator);
    if (pending) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([pending, new Promise((r) => (timer = setTimeout(r, patience)))]);
      clearTimeout(timer);
      return null;
    }
    let done = () => {};
    this.rendering.set(
      validator,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    return () => {
      this.rendering.delete(validator);
      done();
    };
  }

  /** Hits, misses, bytes and entries held, for /metrics. */
  stats(): { hits: number; misses: number; bytes: number; entries: number } {
    return {
      hits: this.hits,
      misses: this.misses,
      bytes: this.entries.calculatedSize,
      entries: this.entries.size,
    };
  }

  /** Keeps a successful answer to replay; streams and large bodies are left out. */
  keep(validator: string, reply: FastifyReply, body: unknown): void {
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return;
    if (body.length > LARGEST) return;
    const headers: Stored['headers'] = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !PER_REQUEST.has(name.toLowerCase())) headers[name] = value;
    }
    this.entries.set(validator, { body, headers });
  }
}
