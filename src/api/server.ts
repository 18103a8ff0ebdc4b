import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '../store/db.js';
import { handleError, handleNotFound } from './errors.js';
import { authenticate } from './request-context.js';
import { areaRoutes } from './routes/areas.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authOidcRoutes } from './routes/auth-oidc.routes.js';
import { dashboardRoutes } from './routes/dashboard.routes.js';
import { dialogueRoutes } from './routes/dialogue.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { membershipRoutes } from './routes/memberships.routes.js';
import { menuRoutes } from './routes/menu.routes.js';
import { organizationRoutes } from './routes/organizations.routes.js';
import { pendingActionRoutes } from './routes/pending-actions.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { postRoutes } from './routes/posts.routes.js';
import { programmeRoutes } from './routes/programmes.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
import { sourceRoutes } from './routes/sources.routes.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web.js';

export interface ServerOptions {
  store: Store;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
}

export const API_VERSION = '0.1.0';

export async function buildServer({
  store,
  logger = false,
  bodyLimit = 1024 * 1024,
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit, ajv: undefined });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  await registerSecurityHeaders(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Concord API',
        version: API_VERSION,
        description:
          'Registry of partners, frameworks, people and posts over time; errors are RFC 9457 problem details.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(cookie);
  authenticate(app, store);
  healthRoutes(app, store);
  sessionRoutes(app, store);
  authOidcRoutes(app, store);
  organizationRoutes(app, store);
  membershipRoutes(app, store);
  peopleRoutes(app, store);
  postRoutes(app, store);
  sourceRoutes(app, store);
  areaRoutes(app, store);
  auditRoutes(app, store);
  dashboardRoutes(app, store);
  menuRoutes(app, store);
  programmeRoutes(app, store);
  dialogueRoutes(app, store);
  pendingActionRoutes(app, store);
  await registerWebApp(app);
  return app;
}
