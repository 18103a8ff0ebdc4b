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
import { type DocLang, langOf, translator } from '../../services/core/i18n/i18n.js';
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

export function problemOf(
  code: ErrorCode,
  detail?: string,
  errors?: FieldIssue[],
  lang: DocLang = 'en',
): Problem {
  const { status, title } = ERROR_CODES[code];
  return {
    type: `https://concord.dev/problems/${code}`,
    title: titleOf(code, title, lang),
    status,
    ...(detail ? { detail } : {}),
    code,
    ...(errors?.length ? { errors } : {}),
  };
}

/**
 * A schema constraint said as a person says it, in the request's language: "must have at most 120
 * characters", not Zod's "Too big: expected string to have <=120 characters".
 */
function reasonOf(keyword: string, params: Record<string, unknown>, message: string, lang: DocLang): string {
  const t = translator(lang);
  const r = (key: string, vars?: Record<string, unknown>) => t(`errors.reasons.${key}`, vars);
  const origin = params.origin;
  switch (keyword) {
    case 'too_small': {
      const limit = Number(params.minimum);
      if (origin === 'string') return limit <= 1 ? r('required') : r('tooShort', { count: limit });
      if (origin === 'array' || origin === 'set') return r('fewItems', { count: limit });
      return r(params.inclusive === false ? 'above' : 'atLeast', { limit: String(params.minimum) });
    }
    case 'too_big': {
      const limit = Number(params.maximum);
      if (origin === 'string') return r('tooLong', { count: limit });
      if (origin === 'array' || origin === 'set') return r('manyItems', { count: limit });
      return r(params.inclusive === false ? 'below' : 'atMost', { limit: String(params.maximum) });
    }
    case 'invalid_type': {
      if (/received undefined/.test(message)) return r('required');
      const expected = String(params.expected ?? '');
      const known = ['string', 'number', 'int', 'boolean', 'array', 'object', 'date'].includes(expected);
      return known ? r('type', { expected: r(`expected.${expected}`) }) : r('invalid');
    }
    case 'invalid_format': {
      // A schema's own wording ("must be a date written YYYY-MM-DD") is kept in English.
      if (lang === 'en' && message && !/^Invalid/.test(message)) return message;
      const format = String(params.format ?? '');
      if (format === 'date' || /YYYY-MM-DD$/.test(message)) return r('formatDate');
      if (format === 'email') return r('formatEmail');
      if (format === 'url') return r('formatUrl');
      return r('format');
    }
    case 'invalid_value':
      return Array.isArray(params.values) ? r('oneOf', { values: params.values.join(', ') }) : r('invalid');
    case 'custom':
      // A schema's own message (refinements) is written for people, in English.
      return lang === 'en' ? message : r('invalid');
    default:
      return r('invalid');
  }
}

/** The code's title in the request's language (the table in domain/core/errors.ts is the English). */
function titleOf(code: ErrorCode, english: string, lang: DocLang): string {
  return lang === 'en'
    ? english
    : translator(lang)(`errors.codes.${code.replace(/\./g, '_')}`, { defaultValue: english });
}

/**
 * A domain error's detail: the service's own sentence in English; in French or Russian, the code's
 * title with the fields it names (the sentences are not translated one by one, the codes are).
 */
function domainDetail(err: DomainError, lang: DocLang): string {
  if (lang === 'en') return err.message;
  const title = titleOf(err.code, ERROR_CODES[err.code].title, lang);
  const fields = [...new Set(err.issues.map((i) => i.field))];
  return fields.length
    ? translator(lang)('errors.reasons.withFields', { title, fields: fields.join(', ') })
    : title;
}

function validationIssues(err: FastifyError, lang: DocLang): FieldIssue[] {
  const where = err.validationContext ?? 'body';
  return (err.validation ?? []).flatMap((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    const params = v.params as { keys?: string[] } & Record<string, unknown>;
    if (v.keyword === 'unrecognized_keys' && params.keys) {
      const reason = translator(lang)('errors.reasons.unknownField');
      return params.keys.map((k) => ({ field: fieldPath([...path, k]), reason }));
    }
    const field = fieldPath(path) || where;
    const reason = reasonOf(v.keyword, params, v.message ?? '', lang);
    return [{ field: where === 'body' ? field : `${where}.${field}`, reason }];
  });
}

/**
 * One answer for a record that is absent and for one the caller may not read: the services word them
 * differently ("no meeting x" when the row is missing, "no such meeting" when the policy hides it),
 * and a guessable id would be confirmed by the difference. Only the field the caller named is kept.
 */
const NOT_FOUND_REASON = 'names no record you can read';
function notFound(err: DomainError, lang: DocLang): Problem {
  const fields = [...new Set(err.issues.map((i) => i.field))];
  const issues = fields.map((field) => ({ field, reason: NOT_FOUND_REASON }));
  const detail =
    lang !== 'en'
      ? titleOf('record.not_found', ERROR_CODES['record.not_found'].title, lang)
      : issues.length
        ? issues.map((i) => `${i.field}: ${i.reason}`).join('; ')
        : 'No such record';
  return problemOf('record.not_found', detail, issues, lang);
}

function toProblem(err: FastifyError | DomainError | Error, request: FastifyRequest): Problem {
  const lang = langOf(request.headers['accept-language']);
  if (err instanceof DomainError) {
    // A stale version is 412 when the client used If-Match, 409 when it sent the version in the body.
    if (err.code === 'record.not_found') return notFound(err, lang);
    if (err.code === 'version.stale' && !request.headers['if-match']) {
      return problemOf('version.conflict', domainDetail(err, lang), err.issues, lang);
    }
    const out = problemOf(err.code, domainDetail(err, lang), err.issues, lang);
    return err.duplicates.length ? { ...out, duplicates: err.duplicates } : out;
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const issues = validationIssues(fe, lang);
    const t = translator(lang);
    return problemOf(
      'request.invalid',
      issues.map((i) => t('errors.reasons.field', { field: i.field, reason: i.reason })).join('; '),
      issues,
      lang,
    );
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
  return problemOf('internal', 'Something went wrong on our side; it has been logged.', undefined, lang);
}

export function handleError(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const problem = toProblem(err, request);
  if (problem.status >= 500) request.log.error({ err }, 'request failed');
  const retryAfter =
    problem.code === 'auth.locked' || problem.code === 'rate.limited' || problem.code === 'server.busy'
      ? problem.errors?.find((e) => e.field === 'retry_after')
      : undefined;
  if (retryAfter) reply.header('retry-after', retryAfter.reason);
  return reply
    .status(problem.status)
    .header('content-language', langOf(request.headers['accept-language']))
    .type('application/problem+json')
    .send(problem);
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
