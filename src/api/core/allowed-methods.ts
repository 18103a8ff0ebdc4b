import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemOf } from './errors.js';

/**
 * The methods each route path answers, so that a request with another method gets 405 with `Allow`
 * (RFC 9110 §15.5.6) instead of the 404 of a path that does not exist. Paths are Fastify's patterns
 * (`/api/programmes/:id`); a parameter matches one segment, a wildcard the rest.
 */
export function allowedMethods(app: FastifyInstance) {
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  const byUrl = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    let entry = byUrl.get(route.url);
    if (!entry) {
      const source = route.url
        .split('/')
        .map((part) =>
          part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/');
      entry = { pattern: new RegExp(`^${source}/?$`), methods: new Set() };
      byUrl.set(route.url, entry);
      routes.push(entry);
    }
    for (const m of [route.method].flat()) entry.methods.add(m);
  });
  return (path: string): string[] => {
    const methods = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) for (const m of r.methods) methods.add(m);
    return [...methods].sort();
  };
}

/** 404 for a path no route has; 405 with Allow for a method the path does not answer. */
export function notFoundOrNotAllowed(allowed: (path: string) => string[]) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] as string;
    const methods = allowed(path);
    if (methods.length && !methods.includes(request.method)) {
      const problem = problemOf(
        'request.method_not_allowed',
        `${request.method} is not answered at ${path}; it answers ${methods.join(', ')}`,
      );
      return reply
        .status(405)
        .header('allow', methods.join(', '))
        .type('application/problem+json')
        .send(problem);
    }
    const problem = problemOf('record.not_found', `No route ${request.method} ${path}`);
    return reply.status(404).type('application/problem+json').send(problem);
  };
}
