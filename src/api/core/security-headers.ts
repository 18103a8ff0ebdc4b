import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * The web app's policy. Scripts come only from our own origin (the Vite bundle has no inline script);
 * styles also allow 'unsafe-inline' because Mantine injects <style> elements and style attributes at
 * run time (CSS variables, component sizes) — checked in Chromium by test/security-headers.e2e.test.ts.
 */
export const APP_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

/** Swagger UI (/api/docs) is the one page that needs inline styles and data: images of its own. */
const DOCS_CSP = { ...APP_CSP, 'img-src': ["'self'", 'data:', 'https://validator.swagger.io'] };

// Browser features the app never uses: a page injected into ours cannot ask for them either.
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()';

export const HSTS = 'max-age=31536000; includeSubDomains';

const options = (directives: Record<string, string[]>): FastifyHelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  // Sent by hand below, only over TLS: over plain HTTP a browser ignores it anyway.
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  xFrameOptions: { action: 'deny' },
});

/**
 * The headers helmet sends, for the few answers Fastify gives before any hook runs (a URL that does
 * not decode, in `frameworkErrors`): the same policy, written by hand from the same constants.
 */
export function hardenedHeaders(https: boolean): Record<string, string> {
  const csp = Object.entries(APP_CSP)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join(';');
  return {
    'content-security-policy': csp,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
    'permissions-policy': PERMISSIONS_POLICY,
    ...(https ? { 'strict-transport-security': HSTS } : {}),
  };
}

/**
 * Security headers on every answer (API, web app, errors, 404s): registered before any route so the
 * documentation's routes, added later by @fastify/swagger-ui, pick up their own policy.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url.startsWith('/api/docs')) {
      route.config = Object.assign(route.config ?? {}, { helmet: options(DOCS_CSP) });
    }
  });
  await app.register(helmet, options(APP_CSP));
  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // `protocol` is https when the server terminates TLS, or behind a proxy Fastify is told to trust.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
  app.addHook('onSend', async (request, reply) => {
    // What a signed-in user reads must not stay in shared or browser caches.
    if (request.session && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
