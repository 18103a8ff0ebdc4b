import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/core/errors.js';
import { idParam, page, problem } from '../../../schemas/core/common.schema.js';
import {
  amendmentInput,
  diffOutput,
  diffQuery,
  exportQuery,
  feedbackInput,
  feedbackOutput,
  programmeCreate,
  programmeListQuery,
  programmeOutput,
  programmePatch,
  renewalInput,
  reviewOutput,
  signInput,
  transitionInput,
  versionOutput,
  versionsParams,
} from '../../../schemas/programmes/programme.schema.js';
import { langOf } from '../../../services/core/i18n/i18n.js';
import { exportProgramme } from '../../../services/exchange/programme-export.service.js';
import {
  createProgramme,
  diffVersions,
  getProgramme,
  getVersion,
  listProgrammePage,
  listVersions,
  proposeAmendment,
  signAmendment,
  transitionProgramme,
  updateProgramme,
  withdrawAmendment,
} from '../../../services/programmes/programme.service.js';
import {
  addFeedback,
  listFeedback,
  renewProgramme,
  reviewProgramme,
} from '../../../services/programmes/programme-review.service.js';
import type { Store } from '../../../store/core/db.js';
import { createRecord } from '../../core/create-record.js';
import { readById, readRecordView } from '../../core/read-by-id.js';
import { ctxOf, etag, expectedVersion, mayRead, mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';
import { versionedCommand } from '../../core/versioned-command.js';

const TAG = 'programmes';
const errors = problems(400, 401, 403, 404, 409, 412, 422, 428);
// Who may change programmes at all is settled before the body is read.
// …and who may read them at all, so that a refused reader learns nothing from a query's validation.

/** Routes of individual programmes. */
export function programmeRoutes(app: FastifyInstance, store: Store): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // What every versioned command on a programme shares: who may send it, and what it answers.
  const command = {
    tag: TAG,
    guard: mayWrite('programme'),
    output: programmeOutput,
    errors,
  };

  r.get(
    '/api/programmes',
    {
      preValidation: mayRead('programme'),
      schema: {
        tags: [TAG],
        summary: 'Individual programmes you may read, newest period first',
        querystring: programmeListQuery,
        response: { 200: page(programmeOutput), 400: problem, 404: problem },
      },
    },
    async (req) => {
      const { limit, offset, ...filter } = req.query;
      return listProgrammePage(ctxOf(store, req), filter, { limit, offset });
    },
  );

  createRecord(app, store, {
    url: '/api/programmes',
    tag: TAG,
    summary: 'Start a programme (a draft) for a partner and period',
    guard: mayWrite('programme'),
    body: programmeCreate,
    output: programmeOutput,
    errors,
    create: createProgramme,
  });

  readById(app, store, {
    url: '/api/programmes/:id',
    tag: TAG,
    summary: 'Read a programme: the content in force, its sign-offs, any pending amendment',
    guard: mayRead('programme'),
    output: programmeOutput,
    errors,
    get: getProgramme,
  });

  versionedCommand(app, store, {
    ...command,
    method: 'patch',
    url: '/api/programmes/:id',
    summary: 'Change a programme not yet agreed (send If-Match); an agreed one takes an amendment',
    body: programmePatch,
    run: updateProgramme,
  });

  versionedCommand(app, store, {
    ...command,
    method: 'post',
    url: '/api/programmes/:id/transitions',
    summary: 'Move the programme through its lifecycle (by the side that owns the move; send If-Match)',
    body: transitionInput,
    run: transitionProgramme,
  });

  versionedCommand(app, store, {
    ...command,
    method: 'post',
    url: '/api/programmes/:id/amendments',
    summary: 'Propose (or replace) the amendment of an agreed programme; the agreed version stays in force',
    body: amendmentInput,
    run: proposeAmendment,
  });

  versionedCommand(app, store, {
    ...command,
    method: 'post',
    url: '/api/programmes/:id/amendment/signoffs',
    summary: 'Sign the pending amendment’s hash for your side; with both signatures it comes into force',
    body: signInput,
    run: signAmendment,
  });

  r.delete(
    '/api/programmes/:id/amendment',
    {
      preValidation: mayWrite('programme'),
      schema: {
        tags: [TAG],
        summary: 'Withdraw the pending amendment (its version stays in the history; send If-Match)',
        params: idParam,
        response: { 200: programmeOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await withdrawAmendment(ctxOf(store, req), req.params.id, expectedVersion(req));
      reply.header('etag', etag(out.version));
      return out;
    },
  );

  readRecordView(app, store, {
    url: '/api/programmes/:id/versions',
    tag: TAG,
    summary: 'Every saved version of the programme’s content',
    guard: mayRead('programme'),
    output: z.array(versionOutput),
    errors,
    read: listVersions,
  });

  r.get(
    '/api/programmes/:id/versions/:number',
    {
      preValidation: mayRead('programme'),
      schema: {
        tags: [TAG],
        summary: 'One version with its snapshot',
        params: versionsParams,
        response: { 200: versionOutput, ...errors },
      },
    },
    async (req) => getVersion(ctxOf(store, req), req.params.id, req.params.number),
  );

  r.get(
    '/api/programmes/:id/diff',
    {
      preValidation: mayRead('programme'),
      schema: {
        tags: [TAG],
        summary: 'What changed between two versions: a unified text diff and a list of changes',
        params: idParam,
        querystring: diffQuery,
        response: { 200: diffOutput, ...errors },
      },
    },
    async (req) => diffVersions(ctxOf(store, req), req.params.id, req.query.from, req.query.to),
  );

  readRecordView(app, store, {
    url: '/api/programmes/:id/review',
    tag: TAG,
    summary: 'Implementation over the period: planned, held and attended by area and objective',
    guard: mayRead('programme'),
    output: reviewOutput,
    errors,
    read: reviewProgramme,
  });

  readRecordView(app, store, {
    url: '/api/programmes/:id/feedback',
    tag: TAG,
    summary: 'Participant feedback on the programme’s activities',
    guard: mayRead('programme'),
    output: z.array(feedbackOutput),
    errors,
    read: listFeedback,
  });

  r.post(
    '/api/programmes/:id/feedback',
    {
      preValidation: mayWrite('programme'),
      schema: {
        tags: [TAG],
        summary: 'Record feedback (rating 1–5) on an iteration of a chosen activity',
        params: idParam,
        body: feedbackInput,
        response: { 201: feedbackOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await addFeedback(ctxOf(store, req), req.params.id, req.body);
      reply.status(201);
      return out;
    },
  );

  r.post(
    '/api/programmes/:id/renewal',
    {
      preValidation: mayWrite('programme'),
      schema: {
        tags: [TAG],
        summary: 'Start the next period’s programme from this one (open objectives carry over)',
        params: idParam,
        body: renewalInput,
        response: { 201: programmeOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await renewProgramme(ctxOf(store, req), req.params.id, req.body);
      reply.status(201).header('location', `/api/programmes/${out.id}`).header('etag', etag(out.version));
      return out;
    },
  );

  r.get(
    '/api/programmes/:id/export',
    {
      preValidation: mayRead('programme'),
      schema: {
        tags: [TAG],
        summary:
          'Objectives and activities as CSV or XLSX; the programme document or review report as HTML or PDF',
        params: idParam,
        querystring: exportQuery,
        response: { 200: z.string().describe('The file'), ...errors, 503: problem },
      },
    },
    async (req, reply) => {
      // Printing starts Chromium work: signed-in readers only (the HTML is the same document).
      if (req.query.format === 'pdf' && !req.session)
        throw new DomainError('auth.required', 'Sign in to print a PDF; the HTML format is open to you');
      const file = await exportProgramme(
        ctxOf(store, req),
        req.params.id,
        req.query.format,
        req.query.report,
        req.query.lang ?? langOf(req.headers['accept-language']),
      );
      return (
        reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          // A Buffer (XLSX, PDF) is sent as is; the schema types the 200 as text for the OpenAPI document.
          .send(file.body as string)
      );
    },
  );
}
