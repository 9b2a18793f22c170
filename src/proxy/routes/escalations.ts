// The /api routes: thin. They validate with the shared zod schemas and hand over to the service.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  createEscalationRequestSchema,
  customerUpdateRequestSchema,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeySchema,
  linkTicketRequestSchema,
  listEscalationsQuerySchema,
  ticketIdSchema,
} from '../../core/api';
import { HttpError } from '../errors';
import type { EscalationService } from '../escalations/service';

/** The path of the first string holding a NUL character (Postgres text cannot store one), or null. */
export function nulPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    if (k.includes('\u0000')) return [...path, k];
    const hit = nulPath(v, [...path, k]);
    if (hit) return hit;
  }
  return null;
}

/**
 * Parses with a schema or throws a 400 naming the first failing field. A NUL character anywhere is
 * refused the same way on both stores (SQLite would keep it, Postgres cannot).
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const nul = nulPath(value);
  if (nul) {
    const field = nul.length ? nul.join('.') : where;
    throw new HttpError(400, 'invalid_request', `${field}: must not contain a NUL character`, field);
  }
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : where;
  throw new HttpError(400, 'invalid_request', `${field}: ${issue?.message ?? 'invalid'}`, field);
}

const idParam = (params: unknown) => {
  const id = (params as { id?: string }).id ?? '';
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new HttpError(404, 'not_found', 'no such escalation');
  return id;
};

export function escalationRoutes(app: FastifyInstance, opts: { service: EscalationService; respondWithinMs: number }): void {
  const { service } = opts;

  app.post('/escalations', async (req, reply) => {
    const body = parseOr400(createEscalationRequestSchema, req.body, 'body');
    const { created, escalation } = await service.create(body);
    // Answer once the channel exists, or 'pending' if Slack is slow: never wait for the other steps.
    const placed = escalation.state === 'pending' ? await service.waitUntilPlaced(escalation.id, opts.respondWithinMs) : escalation;
    return reply.code(created ? 201 : 200).send(placed);
  });

  app.get('/escalations/by-ticket/:ticketId', async (req) => {
    const raw = (req.params as { ticketId: string }).ticketId;
    const ticketId = parseOr400(ticketIdSchema, /^\d{1,16}$/.test(raw) ? Number(raw) : raw, 'ticketId');
    const esc = await service.byTicket(ticketId);
    if (!esc) throw new HttpError(404, 'not_found', `ticket ${ticketId} has not been escalated`);
    return esc;
  });

  app.get('/escalations', async (req) => {
    const q = parseOr400(listEscalationsQuerySchema, req.query, 'query');
    return { escalations: await service.list(q.state) };
  });

  app.get('/escalations/:id', async (req) => {
    const esc = await service.get(idParam(req.params));
    if (!esc) throw new HttpError(404, 'not_found', 'no such escalation');
    return esc;
  });

  app.post('/escalations/:id/tickets', async (req, reply) => {
    const id = idParam(req.params);
    const body = parseOr400(linkTicketRequestSchema, req.body, 'body');
    const { created, escalation } = await service.linkTicket(id, body);
    return reply.code(created ? 201 : 200).send(escalation);
  });

  // One update for every affected customer: 202, the reply goes out as a step per linked ticket.
  app.post('/escalations/:id/customer-updates', async (req, reply) => {
    const id = idParam(req.params);
    const body = parseOr400(customerUpdateRequestSchema, req.body, 'body');
    const rawKey = req.headers[IDEMPOTENCY_KEY_HEADER];
    const key = rawKey === undefined ? null : parseOr400(idempotencyKeySchema, rawKey, IDEMPOTENCY_KEY_HEADER);
    const { created, update } = await service.sendCustomerUpdate(id, body, key);
    if (!created) reply.header('idempotent-replayed', 'true');
    return reply.code(202).send(update);
  });

  app.post('/escalations/:id/retry', async (req) => service.retry(idParam(req.params)));
}
