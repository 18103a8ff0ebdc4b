import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/core/errors.js';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import {
  confirmOutput,
  confirmRequest,
  ingestOutput,
  ingestRequest,
} from '../../../schemas/dialogue/ingest.schema.js';
import {
  assigneeOutput,
  assigneeQuery,
  cadenceOutput,
  cadenceQuery,
  candidateConfirm,
  candidateConfirmOutput,
  candidateListQuery,
  candidateOutput,
  candidateReject,
  followUpCreate,
  followUpListQuery,
  followUpOutput,
  followUpPatch,
  meetingCreate,
  meetingListQuery,
  meetingOutput,
  meetingPatch,
} from '../../../schemas/dialogue/meeting.schema.js';
import { dossierOutput, dossierParams, dossierQuery } from '../../../schemas/insight/dossier.schema.js';
import { langOf } from '../../../services/core/i18n/i18n.js';
import { cadenceByChannel } from '../../../services/dialogue/dialogue-cadence.service.js';
import { createMeetingChecked } from '../../../services/dialogue/duplicates.service.js';
import {
  createFollowUp,
  deleteFollowUp,
  getFollowUp,
  listFollowUpPage,
  updateFollowUp,
} from '../../../services/dialogue/follow-up.service.js';
import { listAssignees } from '../../../services/dialogue/follow-up-mail.service.js';
import { analyzeReport, confirmReport } from '../../../services/dialogue/ingest.service.js';
import {
  deleteMeeting,
  getMeeting,
  listMeetingPage,
  restoreMeeting,
  updateMeeting,
} from '../../../services/dialogue/meeting.service.js';
import {
  confirmCandidate,
  listCandidates,
  rejectCandidate,
} from '../../../services/dialogue/person-candidate.service.js';
import { dossierOf } from '../../../services/insight/dossier.service.js';
import { dossierHtml, dossierPdf } from '../../../services/insight/dossier-render.service.js';
import type { Store } from '../../../store/core/db.js';
import { registerCrud } from '../../core/crud.js';
import { ctxOf, etag, expectedVersion, mayWrite } from '../../core/request-context.js';
import { problems } from '../../core/route-spec.js';

const errors = problems(400, 401, 403, 404, 409, 422);

/** Routes of dialogue records, follow-ups and the briefing pack. */
export function dialogueRoutes(app: FastifyInstance, store: Store): void {
  registerCrud(app, store, {
    path: '/api/meetings',
    tag: 'dialogue',
    noun: 'meeting',
    entity: 'meeting',
    schemas: {
      listQuery: meetingListQuery,
      create: meetingCreate,
      patch: meetingPatch,
      output: meetingOutput,
    },
    list: (ctx, { limit, offset, ...filter }) => listMeetingPage(ctx, filter, { limit, offset }),
    get: getMeeting,
    // A likely duplicate answers 409 with the candidates (issue 13); confirm_new saves anyway.
    create: createMeetingChecked,
    update: updateMeeting,
    remove: deleteMeeting,
    idOf: (m) => m.id,
  });
  registerCrud(app, store, {
    path: '/api/follow-ups',
    tag: 'dialogue',
    noun: 'follow-up action',
    entity: 'follow_up',
    schemas: {
      listQuery: followUpListQuery,
      create: followUpCreate,
      patch: followUpPatch,
      output: followUpOutput,
    },
    list: (ctx, { limit, offset, ...filter }) => listFollowUpPage(ctx, filter, { limit, offset }),
    get: (ctx, id) => getFollowUp(ctx, id),
    create: createFollowUp,
    update: updateFollowUp,
    remove: deleteFollowUp,
    idOf: (f) => f.id,
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/meetings/:id/restore',
    {
      preValidation: mayWrite('meeting'),
      schema: {
        tags: ['dialogue'],
        summary: 'Restore a deleted meeting as it was when deleted (from the audit trail)',
        params: idParam,
        response: { 200: meetingOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await restoreMeeting(ctxOf(store, req), req.params.id);
      reply.header('etag', etag(out.version));
      return out;
    },
  );
  r.get(
    '/api/follow-up-assignees',
    {
      preValidation: mayWrite('follow_up'),
      schema: {
        tags: ['dialogue'],
        summary:
          "Accounts a follow-up of a partner's meeting may be assigned to: staff, and that partner's officials",
        querystring: assigneeQuery,
        response: {
          200: z.object({ items: z.array(assigneeOutput) }),
          400: problem,
          401: problem,
          403: problem,
        },
      },
    },
    async (req) => ({ items: await listAssignees(ctxOf(store, req), req.query.partner_id) }),
  );
  r.get(
    '/api/cadence',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Recurring channels of dialogue: last contact, typical interval, overdue',
        querystring: cadenceQuery,
        response: { 200: z.object({ items: z.array(cadenceOutput) }), 400: problem },
      },
    },
    async (req) => ({ items: await cadenceByChannel(ctxOf(store, req), req.query.partner_id, req.query.on) }),
  );
  r.get(
    '/api/person-candidates',
    {
      preValidation: mayWrite('meeting'),
      schema: {
        tags: ['dialogue'],
        summary: 'Draft people: names met in records that the registry does not know yet',
        querystring: candidateListQuery,
        response: {
          200: z.object({ items: z.array(candidateOutput), total: z.number().int() }),
          400: problem,
          401: problem,
          403: problem,
        },
      },
    },
    async (req) => listCandidates(ctxOf(store, req), req.query),
  );
  const versioned = { ...errors, 412: problem, 428: problem };
  r.post(
    '/api/person-candidates/:id/confirm',
    {
      // Who may not confirm learns nothing from the body's validation.
      preValidation: mayWrite('meeting', 'person'),
      schema: {
        tags: ['dialogue'],
        summary:
          'Confirm a draft person (If-Match: its version): link it to a registry person, or create one from its spellings',
        params: idParam,
        body: candidateConfirm,
        response: { 200: candidateConfirmOutput, ...versioned },
      },
    },
    async (req, reply) => {
      const out = await confirmCandidate(
        ctxOf(store, req),
        req.params.id,
        req.body,
        expectedVersion(req, req.body.version),
      );
      reply.header('etag', etag(out.candidate.version));
      return out;
    },
  );
  r.post(
    '/api/person-candidates/:id/reject',
    {
      preValidation: mayWrite('meeting'),
      schema: {
        tags: ['dialogue'],
        summary: 'Reject a draft person (If-Match: its version): the name stays as text on its meetings',
        params: idParam,
        body: candidateReject,
        response: { 200: candidateOutput, ...versioned },
      },
    },
    async (req, reply) => {
      const out = await rejectCandidate(
        ctxOf(store, req),
        req.params.id,
        expectedVersion(req, req.body.version),
      );
      reply.header('etag', etag(out.version));
      return out;
    },
  );

  r.post(
    '/api/ingest',
    {
      preValidation: mayWrite('meeting'),
      schema: {
        tags: ['dialogue'],
        summary: 'Read a press report: the draft meetings, with names, days and places located in the text',
        body: ingestRequest,
        response: { 200: ingestOutput, ...errors },
      },
    },
    async (req) => analyzeReport(ctxOf(store, req), req.body),
  );
  r.post(
    '/api/ingest/confirm',
    {
      preValidation: mayWrite('meeting'),
      schema: {
        tags: ['dialogue'],
        summary:
          'Store a reviewed draft: the report as source, the meeting, draft people and claims, in one transaction',
        body: confirmRequest,
        response: { 201: confirmOutput, ...errors },
      },
    },
    async (req, reply) => {
      const out = await confirmReport(ctxOf(store, req), req.body);
      reply.status(201).header('location', `/api/meetings/${out.meeting.id}`);
      return out;
    },
  );

  app.get(
    '/api/partners/:id/dossier',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'The briefing pack on a partner (JSON, HTML or PDF), filtered for the acting user',
        params: dossierParams,
        querystring: dossierQuery,
        response: { 200: dossierOutput, 400: problem, 404: problem },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.infer<typeof dossierParams>;
      const { on, format, lang } = req.query as z.infer<typeof dossierQuery>;
      // Printing starts Chromium work: signed-in readers only (the HTML is the same document).
      if (format === 'pdf' && !req.session)
        throw new DomainError('auth.required', 'Sign in to print a PDF; the HTML format is open to you');
      const dossier = await dossierOf(
        ctxOf(store, req),
        id,
        on,
        lang ?? langOf(req.headers['accept-language']),
      );
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(dossierHtml(dossier));
      if (format === 'pdf') {
        const pdf = await dossierPdf(dossier);
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="dossier-${dossier.partner.id}-${dossier.on}.pdf"`,
          )
          .send(pdf);
      }
      return dossier;
    },
  );
}
