import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/core/errors.js';
import { ELIGIBILITIES } from '../../../domain/menu/vocabulary.js';
import { idParam, problem } from '../../../schemas/core/common.schema.js';
import { meetingListQuery } from '../../../schemas/dialogue/meeting.schema.js';
import { meetingSheet } from '../../../services/exchange/meeting-export.js';
import {
  activitiesSheet,
  iterationsSheet,
  menuSheet,
  nominationSheet,
  render,
} from '../../../services/exchange/menu-export.js';
import { importMenuFile, MENU_IMPORT_KINDS } from '../../../services/exchange/menu-import.service.js';
import { menuCalendar, partnerCalendar } from '../../../services/insight/calendar.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, mayRead, mayWrite } from '../../core/request-context.js';

const ICS = 'text/calendar; charset=utf-8';
const calendarAnswer = {
  200: z.string().describe('An iCalendar (RFC 5545) document'),
  400: problem,
  404: problem,
};
// The format is asked for explicitly (no default): a feed reader's URL says what it gets.
const format = z.enum(['csv', 'xlsx']).describe('csv or xlsx');
const icsQuery = z.strictObject({ format: z.enum(['ics']).describe('ics (iCalendar)') });
const fileAnswer = { 200: z.string().describe('CSV text or an XLSX workbook'), 400: problem, 404: problem };

const IMPORT_FILE_LIMIT = 5 * 1024 * 1024;

const importBody = z.strictObject({
  kind: z.enum(MENU_IMPORT_KINDS),
  format: z.enum(['csv', 'xlsx']),
  // 5 MiB of file is 6,990,508 characters of base64: the route's body limit leaves room for it.
  content: z
    .string()
    .min(1)
    .max(7_000_000)
    .describe('CSV text, or the XLSX file in base64; the file itself up to 5 MiB'),
  strict: z.boolean().default(false).describe('Roll everything back when any row is refused'),
});
const importAnswer = z.object({
  kind: z.enum(MENU_IMPORT_KINDS),
  rows: z.number().int(),
  imported: z.number().int(),
  failed: z.number().int(),
  committed: z.boolean(),
  errors: z.array(
    z.object({ row: z.number().int(), field: z.string(), reason: z.string(), code: z.string() }),
  ),
});

/** iCalendar feeds, CSV/XLSX exports and the menu import. */
export function menuExchangeRoutes(app: FastifyInstance, store: Store): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/calendar/menu',
    {
      schema: {
        tags: ['menu'],
        summary: 'iCalendar feed of the menu’s iterations (UID <iteration id>@concord, SEQUENCE its version)',
        querystring: icsQuery,
        response: calendarAnswer,
      },
    },
    async (req, reply) => reply.type(ICS).send(await menuCalendar(ctxOf(store, req))),
  );
  r.get(
    '/api/calendar/providers/:id',
    {
      schema: {
        tags: ['menu'],
        summary: 'iCalendar feed of a provider’s iterations, with the nominees the reader may see',
        params: idParam,
        querystring: icsQuery,
        response: calendarAnswer,
      },
    },
    async (req, reply) =>
      reply.type(ICS).send(await menuCalendar(ctxOf(store, req), { provider: req.params.id })),
  );
  r.get(
    '/api/calendar/partners/:id',
    {
      preValidation: mayRead('nomination'),
      schema: {
        tags: ['nominations'],
        summary:
          'iCalendar feed of the iterations a partner nominated to, an ATTENDEE (PARTSTAT) per nominee',
        params: idParam,
        querystring: icsQuery,
        response: calendarAnswer,
      },
    },
    async (req, reply) => reply.type(ICS).send(await partnerCalendar(ctxOf(store, req), req.params.id)),
  );

  r.get(
    '/api/exports/menu',
    {
      schema: {
        tags: ['menu'],
        summary: 'The menu as CSV or XLSX: one row per iteration, or the activities or iterations to import',
        querystring: z.strictObject({
          format,
          sheet: z
            .enum(['menu', 'activities', 'iterations'])
            .default('menu')
            .describe(
              'menu: one row per iteration, to read; activities or iterations: the columns POST /api/imports/menu reads back',
            ),
          provider: z.string().max(80).optional(),
          area: z.string().max(10).optional(),
          eligible_for: z.string().max(80).optional(),
          eligibility: z.enum(ELIGIBILITIES).optional(),
        }),
        response: fileAnswer,
      },
    },
    async (req, reply) => {
      const { format: f, sheet, ...filter } = req.query;
      const build = { menu: menuSheet, activities: activitiesSheet, iterations: iterationsSheet }[sheet];
      const file = await render(await build(ctxOf(store, req), filter), f);
      const name = sheet === 'menu' ? 'menu' : `menu-${sheet}`;
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="${name}.${f}"`)
        .send(file.body as string);
    },
  );
  r.get(
    '/api/exports/nominations',
    {
      preValidation: mayRead('nomination'),
      schema: {
        tags: ['nominations'],
        summary: 'Nominations the reader may see, as CSV or XLSX',
        querystring: z.strictObject({
          format,
          partner_id: z.string().max(80).optional(),
          provider_id: z.string().max(80).optional(),
          iteration_id: z.string().max(80).optional(),
        }),
        response: fileAnswer,
      },
    },
    async (req, reply) => {
      const { format: f, ...filter } = req.query;
      const file = await render(await nominationSheet(ctxOf(store, req), filter), f);
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="nominations.${f}"`)
        .send(file.body as string);
    },
  );

  r.get(
    '/api/exports/meetings',
    {
      preValidation: mayRead('meeting'),
      schema: {
        tags: ['dialogue'],
        summary:
          'The meetings list as the reader sees it, with its filters, as CSV or XLSX ("export this view")',
        querystring: meetingListQuery.omit({ limit: true, offset: true }).extend({ format }),
        response: fileAnswer,
      },
    },
    async (req, reply) => {
      const { format: f, ...filter } = req.query;
      const file = await render(await meetingSheet(ctxOf(store, req), filter), f);
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="meetings.${f}"`)
        .send(file.body as string);
    },
  );

  r.post(
    '/api/imports/menu',
    {
      preValidation: mayWrite('activity'),
      // The server's 1 MiB default made the documented 5 MB limit 1 MiB of JSON in practice.
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['menu'],
        summary: 'Import activities or iterations from CSV or XLSX; each bad row reported',
        body: importBody,
        response: { 200: importAnswer, 400: problem },
      },
    },
    async (req) => {
      const { kind, format: f, content, strict } = req.body;
      const bytes = f === 'csv' ? Buffer.from(content, 'utf8') : Buffer.from(content, 'base64');
      if (bytes.length > IMPORT_FILE_LIMIT)
        throw new DomainError(
          'request.too_large',
          `The file is ${bytes.length} bytes; at most 5 MiB (${IMPORT_FILE_LIMIT})`,
          [{ field: 'content', reason: 'is larger than 5 MiB' }],
        );
      return importMenuFile(ctxOf(store, req), kind, f, bytes, { strict });
    },
  );
}
