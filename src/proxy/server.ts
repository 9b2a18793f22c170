// Builds the Fastify app from its dependencies (no listening here: tests call inject). One error
// handler turns every failure into { error, message, field? } and never shows a stack trace.
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { ErrorBody } from '../core/api';
import { bearerToken, secretKey, verifyZafToken } from './auth/jwt';
import { HttpError } from './errors';
import type { EscalationService } from './escalations/service';
import type { ProxyMetrics } from './metrics';
import { escalationRoutes } from './routes/escalations';
import { metricsRoute } from './routes/metrics';
import { inboundRoutes } from './routes/inbound';
import type { InboundOptions } from './routes/inbound';
import type { Store } from './store/db';
import { isStoreUnavailable } from './store/db';

export interface ServerDeps {
  store: Store;
  service: EscalationService;
  zafSharedSecret: string;
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  respondWithinMs: number;
  now?: () => number;
  logger?: FastifyServerOptions['logger'];
  /** True once shutdown began: /readyz answers 503 so load balancers stop sending traffic. */
  draining?: () => boolean;
  /** Slack and Zendesk callbacks (issue 4); left out, those routes do not exist. */
  inbound?: Omit<InboundOptions, 'now'>;
  /** GET /metrics exists only with both (the token guards it). */
  metrics?: ProxyMetrics;
  metricsToken?: string | null;
}

const body = (error: string, message: string, field?: string): ErrorBody => (field ? { error, message, field } : { error, message });

/** The path without its query string: a token sent as ?token= must never reach the log. */
export const pathOf = (url: string): string => url.split('?')[0] ?? '';

const requestSerializer = (req: FastifyRequest) => ({ method: req.method, url: pathOf(req.url), remoteAddress: req.ip });

/** The caller's logger settings, with requests logged by path only. */
function loggerOptions(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...base.serializers, req: requestSerializer } };
}

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const now = deps.now ?? Date.now;
  const app = Fastify({
    logger: loggerOptions(deps.logger),
    bodyLimit: deps.bodyLimitBytes,
    // On close, idle keep-alive sockets are closed at once instead of holding the process up.
    forceCloseConnections: 'idle',
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) return reply.code(err.statusCode).send(body(err.code, err.message, err.field));
    const status = err.statusCode ?? 500;
    if (status === 429) return reply.code(429).send(body('rate_limited', err.message));
    if (status === 413) return reply.code(413).send(body('body_too_large', `request body larger than ${deps.bodyLimitBytes} bytes`));
    if (status === 415) return reply.code(415).send(body('unsupported_media_type', 'send application/json'));
    if (status >= 400 && status < 500) return reply.code(status).send(body('invalid_request', err.message));
    if (isStoreUnavailable(err)) {
      req.log.warn({ err: err.message }, 'store unavailable');
      return reply.code(503).header('retry-after', '5').send(body('store_unavailable', 'the database does not answer; try again shortly'));
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send(body('internal_error', 'something went wrong on our side; try again'));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(body('not_found', `no route ${req.method} ${pathOf(req.url)}`)));

  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    if (deps.draining?.()) return reply.code(503).send(body('draining', 'shutting down'));
    return (await deps.store.ping()) ? { ok: true } : reply.code(503).send(body('not_ready', 'the store does not answer'));
  });
  if (deps.metrics && deps.metricsToken) metricsRoute(app, deps.metrics, deps.metricsToken);

  const key = secretKey(deps.zafSharedSecret);
  await app.register(
    async (api) => {
      await api.register(rateLimit, {
        max: deps.rateLimitPerMinute,
        timeWindow: 60_000,
        errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`too many requests; retry in ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: 429 }),
      });
      // After the rate limit's onRequest hook, so refused tokens count toward the limit too; before the
      // body is read.
      api.addHook('preParsing', async (req) => {
        const token = bearerToken(req.headers.authorization);
        if (!token) throw new HttpError(401, 'unauthorized', 'missing Authorization: Bearer token');
        const check = await verifyZafToken(token, key, now());
        if (!check.ok) throw new HttpError(401, 'unauthorized', check.reason);
      });
      escalationRoutes(api, { service: deps.service, respondWithinMs: deps.respondWithinMs });
    },
    { prefix: '/api' },
  );
  if (deps.inbound) await app.register(inboundRoutes, { ...deps.inbound, now, metrics: deps.metrics });
  return app;
}
