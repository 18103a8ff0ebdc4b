import type { FastifyRequest } from 'fastify';
import { LOCAL_OPERATOR } from '../domain/actor.js';
import { DomainError } from '../domain/errors.js';
import { type Ctx, contextFor } from '../services/context.js';
import type { Store } from '../store/db.js';

/**
 * The acting user of a request. Until accounts exist (trust issue) every request acts as the local
 * operator; this is the single place where that changes.
 */
export function ctxOf(store: Store, _request: FastifyRequest): Ctx {
  return contextFor(store, LOCAL_OPERATOR);
}

/** The version a write is based on: If-Match (an ETag such as "3" or W/"3"), else the body's `version`. */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return bodyVersion;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match)
    throw DomainError.field('request.invalid', 'If-Match', 'must be the ETag of the record, e.g. "3"');
  return Number(match[1]);
}

export function etag(version: number): string {
  return `"${version}"`;
}
