import type { FastifyInstance } from 'fastify';
import { personMergeInput, personMergeOutput } from '../../../schemas/registry/person-merge.schema.js';
import { mergePerson } from '../../../services/registry/person-merge.service.js';
import type { Store } from '../../../store/core/db.js';
import { mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';
import { versionedCommand } from '../../core/versioned-command.js';

export function personMergeRoutes(app: FastifyInstance, store: Store) {
  versionedCommand(app, store, {
    method: 'post',
    url: '/api/people/:id/merge',
    tag: 'people',
    summary: 'Merge a duplicate person into another (If-Match: the duplicate’s version)',
    // Who may not write people learns nothing from the body's validation.
    guard: mayWrite('person'),
    body: personMergeInput,
    output: personMergeOutput,
    errors: problems(400, 401, 403, 404, 409, 412, 422, 428),
    run: (ctx, id, input) => mergePerson(ctx, id, input, input.version),
    etagOf: (out) => out.person.version,
  });
}
