import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppRoute } from '../../schemas/core/app-routes.js';

/** Where `vite build` (vite.config.ts) writes the web app. */
export const WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** Paths that belong to the API: an unknown one is answered by the API's 404 problem, never the app. */
function isApiPath(path: string): boolean {
  return /^\/(api|healthz|readyz|metrics)(\/|$)/.test(path);
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the built web app on the API's port: hashed assets under /assets/ (cached for a year, immutable,
 * brotli or gzip when built so), and index.html for `/` and every client-side route a browser asks for,
 * so that a deep link such as /partners/tj opens the app. Does nothing when the app has not been built (the API alone).
 */
export async function registerWebApp(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    index: false,
    immutable: true,
    maxAge: '365d',
    // `vite build` writes .br and .gz beside each asset (scripts/precompress.ts): sent as they are,
    // with Content-Encoding and Vary: Accept-Encoding, to a browser that accepts them.
    preCompressed: true,
  });
  const appShell = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isApiPath(path) || !acceptsHtml(request)) return reply.callNotFound();
    // index.html names the current asset hashes: always revalidate it. An address the app has no
    // page for still gets the app (it shows its own "not found"), but with a 404 status.
    return reply
      .code(isAppRoute(path) ? 200 : 404)
      .header('cache-control', 'no-cache')
      .sendFile('index.html', root, { cacheControl: false });
  };
  app.get('/', { schema: { hide: true } }, appShell);
  app.get('/*', { schema: { hide: true } }, appShell);
}
