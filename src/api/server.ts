import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { contextFor } from '../services/core/context.js';
import { type MailSettings, startMailer } from '../services/core/mail.sender.js';
import { closePdfBrowser } from '../services/core/pdf-printer.js';
import { queueDueTomorrowReminders } from '../services/dialogue/follow-up-mail.service.js';
import { stopSheetReader } from '../services/exchange/sheet.pool.js';
import { type CheckpointSchedule, startCheckpoints } from '../services/trust/audit-checkpoint.service.js';
import type { Store } from '../store/core/db.js';
import { allowedMethods, notFoundOrNotAllowed } from './core/allowed-methods.js';
import { registerConditionalGet } from './core/conditional-get.js';
import { handleError, handleFrameworkError } from './core/errors.js';
import { registerInputGuard } from './core/input-guard.js';
import { type BackupAge, logSerializers, registerObservability, requestId } from './core/observability.js';
import { describeOperation, OPENAPI_SECURITY_SCHEMES } from './core/openapi.js';
import { registerPageLinks } from './core/paging.js';
import { registerPartnerKeys } from './core/partner-keys.js';
import { type CostlyRates, registerCostlyRateLimits } from './core/rate-limits.js';
import { authenticate } from './core/request-context.js';
import type { ResponseCache } from './core/response-cache.js';
import { registerSecurityHeaders } from './core/security-headers.js';
import { registerWebApp } from './core/web.js';
import { healthRoutes } from './routes/core/health.routes.js';
import { attachmentRoutes } from './routes/dialogue/attachments.routes.js';
import { dialogueRoutes } from './routes/dialogue/dialogue.routes.js';
import { feedRoutes } from './routes/dialogue/feeds.routes.js';
import { standardExportRoutes } from './routes/exchange/standard-exports.routes.js';
import { dashboardRoutes } from './routes/insight/dashboard.routes.js';
import { searchRoutes } from './routes/insight/search.routes.js';
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
import { calendarSubscriptionRoutes } from './routes/trust/calendar-subscription.routes.js';
import { deletedRecordRoutes } from './routes/trust/deleted-records.routes.js';
import { pendingActionRoutes } from './routes/trust/pending-actions.routes.js';
import { recordVersionRoutes } from './routes/trust/record-versions.routes.js';
import { type SignInRate, sessionRoutes } from './routes/trust/session.routes.js';

export interface ServerOptions {
  store: Store;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  /** Fastify's trustProxy (config TRUST_PROXY): which proxies' X-Forwarded-Proto/For to believe */
  trustProxy?: boolean | number | string[];
  /** the database holds the demo data: the web app shows a banner */
  demo?: boolean;
  /** write signed audit checkpoints on this schedule (config AUDIT_CHECKPOINT_*) */
  checkpoints?: CheckpointSchedule;
  /** the age of the newest verified scheduled backup, reported by /readyz */
  lastBackupAge?: BackupAge;
  /** bytes of rendered GET answers kept to replay until the data changes (config RESPONSE_CACHE_MB) */
  responseCacheBytes?: number;
  /** send the notification outbox and write due-tomorrow reminders (config SMTP_URL, MAIL_*) */
  mail?: MailSettings & { intervalMs: number };
  /** the feeds' polling interval (config FEED_POLL_INTERVAL): the wait after a poll now */
  feedPollIntervalMs?: number;
  /** sign-in attempts per address and window (config SIGNIN_PER_IP_MAX, SIGNIN_PER_IP_MINUTES) */
  signInRate?: SignInRate;
  /** per address and per account limits of the costly routes (config RATE_LIMIT_*); unset: none */
  costlyRates?: CostlyRates;
}

export const API_VERSION = '0.1.0';

export async function buildServer({
  store,
  logger = false,
  bodyLimit = 1024 * 1024,
  trustProxy = false,
  demo = false,
  checkpoints,
  lastBackupAge,
  responseCacheBytes = 32 * 1024 * 1024,
  mail,
  feedPollIntervalMs = 1_800_000,
  signInRate = { max: 30, windowMs: 60_000 },
  costlyRates,
}: ServerOptions): Promise<FastifyInstance> {
  // With trustProxy, `request.protocol` is https when the trusted proxy says so: Secure cookies, HSTS.
  // A hop count is documented and honoured by Fastify at run time, though missing from its types.
  const app = Fastify({
    // Every log line of a request names it; the path without its query string (personal data).
    logger: logger && typeof logger === 'object' ? { ...logger, serializers: logSerializers } : logger,
    genReqId: requestId,
    bodyLimit,
    trustProxy: trustProxy as FastifyServerOptions['trustProxy'],
    ajv: undefined,
    frameworkErrors: handleFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // before any route is added, so that every route's methods are known
  app.setNotFoundHandler(notFoundOrNotAllowed(allowedMethods(app)));
  // JSON only: Fastify's default text/plain parser made a text body a 400 about its shape, not a 415
  app.removeContentTypeParser('text/plain');
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
      servers: [{ url: '/', description: 'this Concord server' }],
      components: { securitySchemes: OPENAPI_SECURITY_SCHEMES },
    },
    transform: (route) => describeOperation(route, jsonSchemaTransform(route)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(cookie);
  // Limits are per route: sign-in, and the costly routes (api/core/rate-limits.ts).
  await app.register(rateLimit, { global: false });
  if (costlyRates) registerCostlyRateLimits(app, costlyRates);
  // the response cache is made with the conditional GETs below; /metrics reads it when scraped
  let responseCache: ResponseCache | null = null;
  registerObservability(app, store, { lastBackupAge, responseCache: () => responseCache?.stats() ?? null });
  authenticate(app, store);
  registerInputGuard(app);
  responseCache = registerConditionalGet(app, store, responseCacheBytes);
  registerPageLinks(app);
  registerPartnerKeys(app, store);
  healthRoutes(app, store, { demo });
  sessionRoutes(app, store, signInRate);
  calendarSubscriptionRoutes(app, store);
  authOidcRoutes(app, store);
  organizationRoutes(app, store);
  membershipRoutes(app, store);
  peopleRoutes(app, store);
  postRoutes(app, store);
  sourceRoutes(app, store);
  areaRoutes(app, store);
  auditRoutes(app, store);
  recordVersionRoutes(app, store);
  dashboardRoutes(app, store);
  searchRoutes(app, store);
  menuRoutes(app, store);
  programmeRoutes(app, store);
  standardExportRoutes(app, store);
  dialogueRoutes(app, store);
  attachmentRoutes(app, store);
  feedRoutes(app, store, { pollIntervalMs: feedPollIntervalMs });
  pendingActionRoutes(app, store);
  deletedRecordRoutes(app, store);
  await registerWebApp(app);
  app.addHook('onClose', closePdfBrowser);
  app.addHook('onClose', stopSheetReader);
  if (checkpoints) {
    const stop = startCheckpoints(contextFor(store, SYSTEM_ACTOR), {
      onError: (err) => app.log.error({ err }, 'audit checkpoint failed'),
      ...checkpoints,
    });
    app.addHook('onClose', stop);
  }
  if (mail) {
    const system = contextFor(store, SYSTEM_ACTOR);
    const stop = startMailer(store, {
      ...mail,
      log: { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m), error: (m) => app.log.error(m) },
      beforeEach: async () => {
        await queueDueTomorrowReminders(system);
      },
    });
    app.addHook('onClose', stop);
  }
  return app;
}
