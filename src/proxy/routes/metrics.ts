// GET /metrics for Prometheus, behind a bearer token (METRICS_TOKEN). Without a token configured the
// route does not exist (404), so nothing about the proxy's traffic is public by accident.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../auth/jwt';
import { HttpError } from '../errors';
import type { ProxyMetrics } from '../metrics';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function metricsRoute(app: FastifyInstance, metrics: ProxyMetrics, token: string): void {
  app.get('/metrics', async (req, reply) => {
    const given = bearerToken(req.headers.authorization);
    if (!given || !sameSecret(given, token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new HttpError(401, 'unauthorized', 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>');
    }
    const { contentType, body } = await metrics.scrape();
    return reply.type(contentType).send(body);
  });
}
