import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '../store/core/db.js';
import { registerConditionalGet } from './core/conditional-get.js';
import { handleError, handleNotFound } from './core/errors.js';
import { authenticate } from './core/request-context.js';
import { registerSecurityHeaders } from './core/security-headers.js';
import { registerWebApp } from './core/web.js';
import { healthRoutes } from './routes/core/health.routes.js';
import { dialogueRoutes } from './routes/dialogue/dialogue.routes.js';
import { dashboardRoutes } from './routes/insight/dashboard.routes.js';
import { menuRoutes } from './routes/menu/menu.routes.js';
import { programmeRoutes } from './routes/programmes/programmes.routes.js';
import { areaRoutes } from './routes/registry/areas.routes.js';
import { membershipRoutes } from './routes/registry/memberships.routes.js';
import { organizationRoutes } from './routes/registry/organizations.routes.js';
import { peopleRoutes } from './routes/registry/people.routes.js';
import { postRoutes } from './routes/registry/posts.routes.js';
import { sourceRoutes } from './routes/registry/sources.routes.js';
import { auditRoutes } from './routes/trust/audit.routes.js';
import { authOidcRoutes } from './routes/trust/auth-oidc.routes.js';
import { pendingActionRoutes } from './routes/trust/pending-actions.routes.js';
import { sessionRoutes } from './routes/trust/session.routes.js';

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
  registerConditionalGet(app, store);
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
