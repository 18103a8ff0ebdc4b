import type { FastifyInstance, FastifyRequest } from 'fastify';

interface PageLike {
  items: unknown[];
  total: number;
  limit: number;
  offset: number;
}

function isPage(payload: unknown): payload is PageLike {
  if (!payload || typeof payload !== 'object') return false;
  const p = payload as Record<string, unknown>;
  return (
    Array.isArray(p.items) &&
    typeof p.total === 'number' &&
    typeof p.limit === 'number' &&
    typeof p.offset === 'number'
  );
}

/** The request's own address with another offset (and the limit it was answered with). */
function pageUrl(request: FastifyRequest, offset: number, limit: number): string {
  const url = new URL(request.url, 'http://concord.invalid');
  url.searchParams.set('offset', String(offset));
  url.searchParams.set('limit', String(limit));
  return `${url.pathname}${url.search}`;
}

/**
 * RFC 8288 `Link` headers on every paged answer (`{items, total, limit, offset}`): first, prev, next
 * and last, relative to the request's own address with its filters kept, so a client pages without
 * knowing how offsets are counted.
 */
export function registerPageLinks(app: FastifyInstance) {
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (!isPage(payload) || reply.statusCode !== 200) return payload;
    const { total, limit, offset } = payload;
    const links = [`<${pageUrl(request, 0, limit)}>; rel="first"`];
    if (offset > 0) links.push(`<${pageUrl(request, Math.max(0, offset - limit), limit)}>; rel="prev"`);
    if (offset + limit < total) links.push(`<${pageUrl(request, offset + limit, limit)}>; rel="next"`);
    const last = total > 0 ? Math.floor((total - 1) / limit) * limit : 0;
    links.push(`<${pageUrl(request, last, limit)}>; rel="last"`);
    reply.header('link', links.join(', '));
    return payload;
  });
}
