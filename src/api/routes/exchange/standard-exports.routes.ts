import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../schemas/core/common.schema.js';
import { iatiExport } from '../../../services/exchange/iati-export.service.js';
import { popoloExport } from '../../../services/exchange/popolo-export.service.js';
import type { Store } from '../../../store/core/db.js';
import { ctxOf, mayRead } from '../../core/request-context.js';

const popoloDocument = z
  .object({
    meta: z.object({ generator: z.string(), generated_at: z.string(), popolo_version: z.string() }),
    persons: z.array(z.record(z.string(), z.unknown())),
    organizations: z.array(z.record(z.string(), z.unknown())),
    memberships: z.array(z.record(z.string(), z.unknown())),
    posts: z.array(z.record(z.string(), z.unknown())),
  })
  .describe('A Popolo document (popolo-spec JSON schemas: person, organization, membership, post)');

/** Exports in published standards, for other tools: Popolo JSON (the registry), IATI XML (programmes). */
export function standardExportRoutes(app: FastifyInstance, store: Store): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/exports/popolo',
    {
      schema: {
        tags: ['registry'],
        summary:
          'The registry as Popolo JSON: persons, organizations, memberships and posts the reader may read',
        description:
          'Office holding is a membership with person_id and post_id; an organization that is a member of another (a state in a framework) is a membership with an organization as member. Validates against the popolo-spec JSON schemas (vendored in vendor/schemas/popolo).',
        querystring: z.strictObject({}),
        response: { 200: popoloDocument, 400: problem },
      },
    },
    async (req, reply) => {
      const doc = await popoloExport(ctxOf(store, req));
      return reply.header('content-disposition', 'attachment; filename="concord-popolo.json"').send(doc);
    },
  );

  r.get(
    '/api/exports/iati',
    {
      preValidation: mayRead('programme'),
      schema: {
        tags: ['programmes'],
        summary: 'The programmes the reader may read as an IATI activity file (IATI Activity Standard 2.03)',
        description:
          'One iati-activity per programme: the partner as implementing organisation and recipient country, the lifecycle as activity status, the period as planned dates, the areas as sectors (vocabulary 99). Validates against the IATI 2.03 XML schema (vendored in vendor/schemas/iati-2.03); IATI_REPORTING_ORG names the publisher.',
        querystring: z.strictObject({
          partner_id: z
            .string()
            .max(80)
            .optional()
            .describe('Only this partner’s programmes (an id or an ISO code)'),
        }),
        response: {
          200: z.string().describe('An IATI activity XML document'),
          400: problem,
          404: problem,
        },
      },
    },
    async (req, reply) => {
      const xml = await iatiExport(ctxOf(store, req), { partner: req.query.partner_id });
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="concord-iati-activities.xml"')
        .send(xml);
    },
  );
}
