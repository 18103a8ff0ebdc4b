import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  DomainError,
  type DuplicateCandidate,
  ERROR_CODES,
  type ErrorCode,
  type FieldIssue,
} from '../../domain/core/errors.js';
import { fieldPath } from '../../domain/core/field-path.js';
import { hardenedHeaders } from './security-headers.js';

/** RFC 9457 problem details, the only error shape the API sends; never a stack trace. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldIssue[];
  /** record.duplicate: the records the caller may read that look like the one sent */
  duplicates?: DuplicateCandidate[];
}

export function problemOf(code: ErrorCode, detail?: string, errors?: FieldIssue[]): Problem {
  const { status, title } = ERROR_CODES[code];
  return {
    type: `https://concord.dev/problems/${code}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    code,
    ...(errors?.length ? { errors } : {}),
  };
}

function validationIssues(err: FastifyError): FieldIssue[] {
  const where = err.validationContext ?? 'body';
  return (err.validation ?? []).flatMap((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    const params = v.params as { keys?: string[] };
    if (v.keyword === 'unrecognized_keys' && params.keys) {
      return params.keys.map((k) => ({ field: fieldPath([...path, k]), reason: 'is not a known field' }));
    }
    const field = fieldPath(path) || where;
    return [{ field: where === 'body' ? field : `${where}.${field}`, reason: v.message ?? 'is not valid' }];
  });
}

/**
 * One answer for a record that is absent and for one the caller may not read: the services word them
 * differently ("no meeting x" when the row is missing, "no such meeting" when the policy hides it),
 * and a guessable id would be confirmed by the difference. Only the field the caller named is kept.
 */
const NOT_FOUND_REASON = 'names no record you can read';
function notFound(err: DomainError): Problem {
  const fields = [...new Set(err.issues.map((i) => i.field))];
  const issues = fields.map((field) => ({ field, reason: NOT_FOUND_REASON }));
  const detail = issues.length ? issues.map((i) => `${i.field}: ${i.reason}`).join('; ') : 'No such record';
  return problemOf('record.not_found', detail, issues);
}

function toProblem(err: FastifyError | DomainError | Error, request: FastifyRequest): Problem {
  if (err instanceof DomainError) {
    // A stale version is 412 when the client used If-Match, 409 when it sent the version in the body.
    if (err.code === 'record.not_found') return notFound(err);
    if (err.code === 'version.stale' && !request.headers['if-match']) {
      return problemOf('version.conflict', err.message, err.issues);
    }
    const out = problemOf(err.code, err.message, err.issues);
    return err.duplicates.length ? { ...out, duplicates: err.duplicates } : out;
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const issues = validationIssues(fe);
    return problemOf('request.invalid', issues.map((i) => `${i.field}: ${i.reason}`).join('; '), issues);
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf(
        'request.too_large',
        `The body is larger than ${request.routeOptions.bodyLimit ?? 1048576} bytes`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf(
        'request.unsupported_media',
        `Send application/json, not ${request.headers['content-type']}`,
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemOf('request.invalid', 'The body is empty but JSON was announced', [
        { field: 'body', reason: 'is empty' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problemOf('request.invalid', `The body is not valid JSON: ${fe.message}`, [
        { field: 'body', reason: 'is not valid JSON' },
      ]);
  }
  if (err instanceof SyntaxError || fe.statusCode === 400) {
    return problemOf('request.invalid', `The body is not valid JSON: ${err.message}`, [
      { field: 'body', reason: 'is not valid JSON' },
    ]);
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return {
      type: 'about:blank',
      title: fe.message,
      status: fe.statusCode,
      code: fe.code ?? 'request.invalid',
    };
  }
  return problemOf('internal', 'Something went wrong on our side; it has been logged.');
}

export function handleError(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const problem = toProblem(err, request);
  if (problem.status >= 500) request.log.error({ err }, 'request failed');
  const retryAfter =
    problem.code === 'auth.locked' || problem.code === 'rate.limited' || problem.code === 'server.busy'
      ? problem.errors?.find((e) => e.field === 'retry_after')
      : undefined;
  if (retryAfter) reply.header('retry-after', retryAfter.reason);
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/**
 * Errors Fastify meets before routing (a URL like `/api/%C0%AE` that does not decode): no hook has
 * run, so the security headers are set here, and the answer is a problem like every other.
 */
export function handleFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const problem =
    err.code === 'FST_ERR_BAD_URL'
      ? problemOf('request.invalid', 'The address is not valid: it does not decode as UTF-8', [
          { field: 'url', reason: 'is not a valid percent-encoded UTF-8 address' },
        ])
      : toProblem(err, request);
  return reply
    .headers(hardenedHeaders(request.protocol === 'https'))
    .status(problem.status)
    .type('application/problem+json')
    .send(problem);
}
