// The typed API client of the web app. Response types are the API's own Zod schemas (z.infer), imported
// as types only: nothing of the server is bundled, and a change of shape fails the typecheck here.
import type { z } from 'zod';
import type { Page } from '../../../schemas/core/common.schema.js';
import type { SearchOut } from '../../../schemas/insight/search.schema.js';
import type { MembershipOut } from '../../../schemas/registry/membership.schema.js';
import type {
  OrganizationOut,
  organizationListQuery,
} from '../../../schemas/registry/organization.schema.js';
import type { PersonOut, personListQuery } from '../../../schemas/registry/person.schema.js';
import type { HoldingOut, PostOut, postListQuery } from '../../../schemas/registry/post.schema.js';
import type { ConflictOut, SourceOut } from '../../../schemas/registry/source.schema.js';
import type { SessionOut } from '../../../schemas/trust/account.schema.js';

export type { NameOut } from '../../../schemas/registry/organization.schema.js';
export type { ClaimOut } from '../../../schemas/registry/source.schema.js';
export type {
  ConflictOut,
  HoldingOut,
  MembershipOut,
  OrganizationOut,
  Page,
  PersonOut,
  PostOut,
  SessionOut,
  SourceOut,
};
export type OrganizationKind = OrganizationOut['kind'];

export interface FieldProblem {
  field: string;
  reason: string;
}

/** An RFC 9457 problem answered by the API (or a network failure, status 0), as a value to show. */
/** A record the server found that looks like the one sent (409 record.duplicate). */
export interface DuplicateCandidate {
  kind: 'meeting' | 'person' | 'source';
  id: string;
  label: string;
  date?: string | null;
  reasons: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly code: string,
    readonly errors: FieldProblem[] = [],
    /** seconds, when the server asks to wait (a locked sign-in) */
    public retryAfter?: number,
    /** record.duplicate: the records that look like the one sent */
    public duplicates: DuplicateCandidate[] = [],
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | undefined>;

function isProblem(body: unknown): body is {
  title: string;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
  duplicates?: DuplicateCandidate[];
} {
  return typeof body === 'object' && body !== null && typeof (body as { title?: unknown }).title === 'string';
}

// The session's CSRF token, set by the session provider: every state-changing call carries it.
let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
}

function withQuery(path: string, params: Params): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return query.size ? `${path}?${query}` : path;
}

// GETs started before the app has rendered (main.tsx, when a page is opened by its address), each
// taken by the first get() of the same URL: the page's data is on its way while the app starts.
const early = new Map<string, { at: number; response: Promise<unknown> }>();
const EARLY_MS = 10_000; // older than this, an unclaimed answer is not trusted to be current
let prefetching = false;

/** Starts the GETs that `calls` make (through `api`), for the page that will ask for them. */
export function prefetch<T extends readonly Promise<unknown>[]>(calls: () => T): T {
  prefetching = true;
  try {
    const started = calls();
    void Promise.allSettled(started); // a failure is the page's to show, when it asks
    return started;
  } finally {
    prefetching = false;
  }
}

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  const url = withQuery(path, params);
  if (prefetching) {
    const response = request<T>('GET', url);
    early.set(url, { at: Date.now(), response });
    return response;
  }
  const started = early.get(url);
  if (started) {
    early.delete(url);
    if (Date.now() - started.at < EARLY_MS) return started.response as Promise<T>;
  }
  return request<T>('GET', url);
}

/**
 * A call to the API. Writes carry the CSRF token and, when a version is given, `If-Match` (the API
 * refuses an update that does not say which version it was based on).
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  options: { version?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // The server words problems and documents in the UI's language (set on <html lang> by i18n.ts).
  const lang = globalThis.document?.documentElement.lang;
  if (lang) headers['accept-language'] = lang;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.version !== undefined) headers['if-match'] = `"${options.version}"`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err), 'network');
  }
  if (response.status === 204) return undefined as T;
  const body_: unknown = await response.json().catch(() => undefined);
  const retryAfter = response.headers.get('retry-after');
  return answer<T>(response, body_, retryAfter);
}

/** Sends a file as the request body (an attachment upload), with the CSRF token; the answer as request()'s. */
export async function sendFile<T>(url: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': file.type || 'application/octet-stream',
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: file });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err), 'network');
  }
  const body: unknown = await response.json().catch(() => undefined);
  return answer<T>(response, body, response.headers.get('retry-after'));
}

function answer<T>(response: Response, body: unknown, retryAfter: string | null): T {
  if (!response.ok) {
    if (isProblem(body)) {
      const error = new ApiError(
        response.status,
        body.title,
        body.detail,
        body.code ?? 'unknown',
        body.errors ?? [],
      );
      if (retryAfter) error.retryAfter = Number(retryAfter);
      error.duplicates = body.duplicates ?? [];
      throw error;
    }
    throw new ApiError(response.status, response.statusText || 'error', undefined, 'unknown');
  }
  return body as T;
}

const at = (id: string) => encodeURIComponent(id);

type ListOf<S extends z.ZodType> = Partial<z.infer<S>>;

export const api = {
  organizations: (q: ListOf<typeof organizationListQuery>) =>
    get<Page<OrganizationOut>>('/api/organizations', q),
  organization: (id: string) => get<OrganizationOut>(`/api/organizations/${at(id)}`),
  memberships: (id: string, on?: string) =>
    get<Page<MembershipOut>>(`/api/organizations/${at(id)}/memberships`, { on, limit: 500 }),
  membership: (id: string) => get<MembershipOut>(`/api/memberships/${at(id)}`),
  members: (id: string, on?: string) =>
    get<Page<MembershipOut>>(`/api/organizations/${at(id)}/members`, { on, limit: 500 }),
  people: (q: ListOf<typeof personListQuery>) => get<Page<PersonOut>>('/api/people', q),
  person: (id: string) => get<PersonOut>(`/api/people/${at(id)}`),
  personHoldings: (id: string) => get<Page<HoldingOut>>(`/api/people/${at(id)}/holdings`, { limit: 500 }),
  posts: (q: ListOf<typeof postListQuery>) => get<Page<PostOut>>('/api/posts', q),
  post: (id: string) => get<PostOut>(`/api/posts/${at(id)}`),
  holders: (postId: string, on?: string) =>
    get<Page<HoldingOut>>(`/api/posts/${at(postId)}/holders`, { on, limit: 500 }),
  holding: (id: string) => get<HoldingOut>(`/api/holdings/${at(id)}`),
  source: (id: string) => get<SourceOut>(`/api/sources/${at(id)}`),
  sources: (q: { limit?: number; offset?: number }) => get<Page<SourceOut>>('/api/sources', q),
  conflicts: () => get<{ items: ConflictOut[]; total: number }>('/api/conflicts'),
  search: (q: string, limit = 5) => get<SearchOut>('/api/search', { q, limit }),
  session: () => get<SessionOut>('/api/session'),
  signIn: (username: string, password: string) =>
    request<SessionOut>('POST', '/api/session', { username, password }),
  signOut: () => request<void>('DELETE', '/api/session'),
};

/** Where a list's file is downloaded (CSV or XLSX), with the list's own filters: "export this view". */
export function fileUrl(
  path: string,
  format: 'csv' | 'xlsx',
  filter: Record<string, string | undefined>,
): string {
  const params = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  return `${path}?${params}`;
}
