import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../schemas/common.schema.js';
import { dossierParams, dossierQuery } from '../../schemas/dossier.schema.js';
import { confirmOutput, confirmRequest, ingestOutput, ingestRequest } from '../../schemas/ingest.schema.js';
import {
  cadenceOutput,
  cadenceQuery,
  candidateOutput,
  followUpCreate,
  followUpListQuery,
  followUpOutput,
  followUpPatch,
  meetingCreate,
  meetingListQuery,
  meetingOutput,
  meetingPatch,
} from '../../schemas/meeting.schema.js';
import { cadenceByChannel } from '../../services/dialogue-cadence.service.js';
import { listCandidates } from '../../services/dialogue-people.service.js';
import { dossierOf } from '../../services/dossier.service.js';
import { dossierHtml, dossierPdf } from '../../services/dossier-render.service.js';
import {
  createFollowUp,
  deleteFollowUp,
  getFollowUp,
  listFollowUpPage,
  updateFollowUp,
} from '../../services/follow-up.service.js';
import { analyzeReport, confirmReport } from '../../services/ingest.service.js';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetingPage,
  updateMeeting,
} from '../../services/meeting.service.js';
import { assertCanWrite } from '../../store/access.js';
import type { Store } from '../../store/db.js';
import { registerCrud } from '../crud.js';
import { ctxOf } from '../request-context.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem };

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
    create: createMeeting,
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
      schema: {
        tags: ['dialogue'],
        summary: 'Draft people: names met in records that the registry does not know yet',
        response: { 200: z.object({ items: z.array(candidateOutput) }), 401: problem, 403: problem },
      },
    },
    async (req) => ({ items: await listCandidates(ctxOf(store, req)) }),
  );

  const mayWrite = async (req: { actor: Parameters<typeof assertCanWrite>[0] }) =>
    assertCanWrite(req.actor, 'meeting');
  r.post(
    '/api/ingest',
    {
      preValidation: mayWrite,
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
      preValidation: mayWrite,
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
        response: { 400: problem, 404: problem },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.infer<typeof dossierParams>;
      const { on, format } = req.query as z.infer<typeof dossierQuery>;
      const dossier = await dossierOf(ctxOf(store, req), id, on);
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
