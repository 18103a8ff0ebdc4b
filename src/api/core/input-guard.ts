import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/core/errors.js';
import { fieldPath } from '../../domain/core/field-path.js';
import { findUnsafeText } from '../../domain/core/safe-text.js';

/**
 * Refuses NUL, control, lone-surrogate, bidi and zero-width characters anywhere in a request's path
 * parameters, query or JSON body, before any route reads them: one rule for every route, so that
 * `/api/organizations/tj%00` is a 400 naming `params.id` on both databases, not a 500 on PostgreSQL.
 * The shared text schema (schemas/core/common.schema.ts#text) says the same for imports and the CLI.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts: [string, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
    ];
    // Spreadsheets and other binary bodies arrive as buffers: their cells are checked by the importer.
    if (!Buffer.isBuffer(request.body)) parts.push(['body', request.body]);
    for (const [where, value] of parts) {
      const found = findUnsafeText(value);
      if (!found) continue;
      const path = fieldPath(found.path);
      const field = where === 'body' ? path || 'body' : path ? `${where}.${path}` : where;
      throw new DomainError('request.invalid', `${field}: ${found.reason}`, [
        { field, reason: found.reason },
      ]);
    }
  });
}
