// The app builder on its own: readiness follows the store, errors keep one shape. (Fastify's inject
// needs the ESM-only 'cookie' package, which this Jest setup does not transform: a loopback port it is.)
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server';
import { BoardService } from './escalations/board';
import { EscalationService } from './escalations/service';
import type { Routing } from './routing';
import { createTestStore } from './store/testStores';
import type { Store } from './store/db';
import { parseRouting } from './config';
import { escalationRequest, ROUTING, SECRET, token } from './testing/harness';

async function call(app: FastifyInstance, path: string, init: RequestInit = {}) {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${addr.port}${path}`, init);
  const body = await res.text();
  return { statusCode: res.status, body, json: () => JSON.parse(body) as Record<string, unknown> };
}

/** The service over a store, with no Jira (no board). */
function serviceOver(store: Store, routing: Routing): EscalationService {
  const common = { store, routing, maxAttempts: 3, now: () => new Date(), wake: () => {} };
  const board = new BoardService({ ...common, jira: null, onChange: () => {} });
  return new EscalationService({ ...common, ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}`, board });
}

async function serverOn(opts: { rateLimitPerMinute?: number; logger?: Parameters<typeof buildServer>[0]['logger']; draining?: () => boolean } = {}) {
  const handle = await createTestStore('sqlite');
  const store = await handle.open();
  const routing = parseRouting(ROUTING, 'test');
  if (!routing.ok) throw new Error(routing.errors.join());
  const service = serviceOver(store, routing.routing);
  const app = await buildServer({ store, service, zafSharedSecret: SECRET, rateLimitPerMinute: opts.rateLimitPerMinute ?? 1000, bodyLimitBytes: 65536, respondWithinMs: 0, logger: opts.logger, draining: opts.draining });
  return { app, store, close: async () => (await app.close(), await handle.dispose()) };
}

describe('buildServer', () => {
  it('answers 503 on /readyz once shutdown began, while /healthz stays up', async () => {
    let draining = false;
    const s = await serverOn({ draining: () => draining });
    try {
      expect((await call(s.app, '/readyz')).statusCode).toBe(200);
      draining = true;
      const r = await call(s.app, '/readyz');
      expect(r.statusCode).toBe(503);
      expect(r.json()).toMatchObject({ error: 'draining' });
      expect((await call(s.app, '/healthz')).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('logs request URLs without their query string (a token sent as ?token= stays out of the log)', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const s = await serverOn({ logger: { level: 'info', stream } });
    try {
      await call(s.app, '/api/escalations?token=eyJhbGciOiJIUzI1NiJ9.secret.sig&state=active');
      const logged = lines.join('');
      expect(logged).toContain('/api/escalations');
      expect(logged).not.toContain('secret');
      expect(logged).not.toContain('token=');
    } finally {
      await s.close();
    }
  });

  it('counts requests with a missing or bad token toward the rate limit', async () => {
    const s = await serverOn({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await call(s.app, '/api/escalations', { headers: { authorization: 'Bearer nope' } })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await s.close();
    }
  });

  it('refuses a NUL character anywhere in a body with a 400 naming the field, storing nothing', async () => {
    const s = await serverOn();
    try {
      const req = escalationRequest({ ticketId: 1001, subject: 'Gradebook\u0000 down' });
      const r = await call(s.app, '/api/escalations', { method: 'POST', body: JSON.stringify(req), headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' } });
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ error: 'invalid_request', field: 'ticket.subject' });
      expect(await s.store.db.selectFrom('escalations').select('id').execute()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('is ready only while the store answers, and never shows a stack trace on a 500', async () => {
    const handle = await createTestStore('sqlite');
    const real = await handle.open();
    let up = true;
    const store: Store = { ...real, ping: async () => up && real.ping() };
    const routing = parseRouting(ROUTING, 'test');
    if (!routing.ok) throw new Error(routing.errors.join());
    const service = serviceOver(store, routing.routing);
    // A service that breaks on reading: the error handler must answer 500 in words only.
    service.byTicket = async () => {
      throw new Error('SQLITE_IOERR at /srv/secret/path.ts:12');
    };
    const app = await buildServer({ store, service, zafSharedSecret: SECRET, rateLimitPerMinute: 1000, bodyLimitBytes: 65536, respondWithinMs: 0 });
    try {
      expect((await call(app, '/healthz')).statusCode).toBe(200);
      expect((await call(app, '/readyz')).statusCode).toBe(200);
      up = false;
      const notReady = await call(app, '/readyz');
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json()).toMatchObject({ error: 'not_ready' });
      expect((await call(app, '/healthz')).statusCode).toBe(200);

      const broken = await call(app, '/api/escalations/by-ticket/5', { headers: { authorization: `Bearer ${await token()}` } });
      expect(broken.statusCode).toBe(500);
      expect(broken.json()).toEqual({ error: 'internal_error', message: 'something went wrong on our side; try again' });
      expect(broken.body).not.toContain('secret');
    } finally {
      await app.close();
      await handle.dispose();
    }
  });

  it('answers 415 for a form body (JSON only)', async () => {
    const handle = await createTestStore('sqlite');
    const store = await handle.open();
    const routing = parseRouting(ROUTING, 'test');
    if (!routing.ok) throw new Error(routing.errors.join());
    const service = serviceOver(store, routing.routing);
    const app = await buildServer({ store, service, zafSharedSecret: SECRET, rateLimitPerMinute: 1000, bodyLimitBytes: 65536, respondWithinMs: 0 });
    try {
      const r = await call(app, '/api/escalations', { method: 'POST', body: 'ticket=1', headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/x-www-form-urlencoded' } });
      expect(r.statusCode).toBe(415);
      expect(r.json()).toMatchObject({ error: 'unsupported_media_type' });
    } finally {
      await app.close();
      await handle.dispose();
    }
  });
});
