import { SESSION_COOKIE } from './request-context.js';

/**
 * How a client proves who it is: the session cookie set at sign-in, and for every state-changing
 * request the CSRF token it received with it (request-context.ts#authenticate enforces both).
 */
export const OPENAPI_SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session, set by POST /api/session (or single sign-on); HttpOnly, SameSite=Lax.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'The csrf value answered at sign-in; required with the cookie on POST, PUT, PATCH and DELETE.',
  },
} as const;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that open a session rather than need one. */
const SIGN_IN = new Set(['POST /api/session']);

/** getOrganizationsById for GET /api/organizations/:id: stable names that client generators use. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api(\/|$)/, '/')
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1));
  return method.toLowerCase() + (words.join('') || 'Root');
}

interface Route {
  url: string;
  route: { method: string | string[] };
}

/**
 * Completes each operation of the OpenAPI document: an operationId, and its security — reads are
 * open to the public (a session widens what they answer), writes need the session and its CSRF token.
 */
export function describeOperation<T extends { schema: unknown; url: string }>(
  route: Route,
  transformed: T,
): T {
  const method = (Array.isArray(route.route.method) ? route.route.method[0] : route.route.method) ?? 'GET';
  const schema = { ...(transformed.schema as Record<string, unknown>) };
  schema.operationId ??= operationIdOf(method, route.url);
  schema.security ??= SAFE.has(method)
    ? [{}, { sessionCookie: [] }]
    : SIGN_IN.has(`${method} ${route.url}`)
      ? [{}]
      : [{ sessionCookie: [], csrfToken: [] }];
  return { ...transformed, schema };
}
