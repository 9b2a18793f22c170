import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FIELD_DEFINITIONS, TICKET_STATUSES, fieldValueError, type TicketPatch } from './page/model';
import { faultBody, type ApiFaults } from './faults';
import type { AppNotifications } from './notifications';
import type { SandboxTickets } from './tickets';
import type { SandboxRules } from './rules';
import { directory, toApiComment, toApiTicket } from './wire';

// The slice of the Zendesk Support API the proxy uses, in Zendesk's wire format and error bodies.

export type ZendeskApiOptions = {
  tickets: SandboxTickets;
  apiEmail: string;
  apiToken: string;
  /** The base the API's own `url` fields use (known only once the server listens). */
  baseUrl: () => string;
  faults: ApiFaults;
  /** Webhooks and triggers (setup:zendesk, doctor). */
  rules: SandboxRules;
  /** The installed app's id (what `app_id` must name) and where accepted notifications go. */
  appId: number;
  notifications: AppNotifications;
};

const NOT_FOUND = { error: 'RecordNotFound', description: 'Not found' };
const UNAUTHENTICATED = { error: "Couldn't authenticate you" };
const CLOSED = {
  error: 'RecordInvalid',
  description: 'Record validation errors',
  details: { status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }] },
};

const tagList = z.union([z.array(z.string()), z.string().transform((s) => s.split(/[\s,]+/).filter(Boolean))]);

const updateBody = z.object({
  ticket: z.object({
    subject: z.string().min(1).optional(),
    status: z.enum(TICKET_STATUSES).optional(),
    tags: tagList.optional(),
    additional_tags: tagList.optional(),
    remove_tags: tagList.optional(),
    comment: z
      .object({
        body: z.string().optional(),
        html_body: z.string().optional(),
        public: z.boolean().default(true),
        author_id: z.number().int().optional(),
      })
      .refine((c) => (c.body ?? c.html_body ?? '').trim() !== '', { message: 'cannot be blank', path: ['body'] })
      .optional(),
    custom_fields: z
      .array(
        z.object({
          id: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
          value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
        }),
      )
      .optional(),
  }),
});

const notifyBody = z.object({
  app_id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]),
  event: z.string().trim().min(1).max(255),
  body: z.unknown().optional(),
  agent_id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

/** Zendesk's 422 body: `details` keyed by field, each a list of {description, error}. */
function recordInvalid(details: Record<string, string[]>) {
  return {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: Object.fromEntries(
      Object.entries(details).map(([field, messages]) => [
        field,
        messages.map((m) => ({ description: `${field}: ${m}`, error: 'InvalidValue' })),
      ]),
    ),
  };
}

/** Constant-time check of `Basic base64(email/token:apiToken)`. */
export function isAuthorized(header: string | undefined, email: string, token: string): boolean {
  if (!header?.startsWith('Basic ')) return false;
  const given = Buffer.from(Buffer.from(header.slice(6).trim(), 'base64').toString('utf8'));
  const expected = Buffer.from(`${email}/token:${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function ticketId(request: FastifyRequest): number | null {
  const raw = (request.params as { id?: string }).id ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

export async function zendeskApi(app: FastifyInstance, opts: ZendeskApiOptions): Promise<void> {
  const { tickets } = opts;

  app.addHook('onRequest', async (request, reply) => {
    if (!isAuthorized(request.headers.authorization, opts.apiEmail, opts.apiToken)) {
      return reply.code(401).header('www-authenticate', 'Basic realm="Web Password"').send(UNAUTHENTICATED);
    }
    const fault = opts.faults.take(request.method, request.url);
    if (!fault) return;
    if (fault.afterEffect && fault.status) {
      afterEffectFaults.set(request, fault.status);
      return;
    }
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.drop) {
      request.raw.socket.destroy();
      return reply.hijack();
    }
    if (fault.status) {
      if (fault.retryAfter !== undefined) reply.header('retry-after', String(fault.retryAfter));
      return reply.code(fault.status).send(faultBody(fault.status));
    }
  });

  // A fault that lets the request do its work, then answers with an error status.
  const afterEffectFaults = new WeakMap<FastifyRequest, number>();
  app.addHook('onSend', async (request, reply, payload) => {
    const status = afterEffectFaults.get(request);
    if (status === undefined) return payload;
    reply.code(status);
    return JSON.stringify(faultBody(status));
  });

  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    // Fastify's parser errors (bad JSON, wrong content type) are client errors; keep Zendesk's shape.
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(400).send({ error: 'InvalidJSON', description: 'The request body is not valid JSON' });
    }
    return reply.code(500).send({ error: 'InternalError', description: 'Something went wrong' });
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'InvalidEndpoint', description: 'Not found' }));

  opts.rules.routes(app, opts.baseUrl);

  app.get('/users/me.json', async () => ({
    user: { id: 9001, name: 'Sandbox Agent', email: opts.apiEmail, role: 'agent', active: true },
  }));

  app.get('/ticket_fields.json', async () => ({
    ticket_fields: FIELD_DEFINITIONS.map((f) => ({
      id: f.id,
      type: f.type,
      title: f.title,
      active: true,
      ...(f.type === 'tagger' ? { custom_field_options: f.options.map((o) => ({ ...o, id: o.value })) } : {}),
    })),
  }));

  app.get('/tickets/:id.json', async (request, reply) => {
    const id = ticketId(request);
    const ticket = id === null ? undefined : tickets.get(id);
    if (!ticket) return reply.code(404).send(NOT_FOUND);
    // Sideloads as Zendesk does them: ?include=users,organizations adds the ticket's people and org.
    const include = String((request.query as { include?: unknown }).include ?? '').split(',');
    const people = directory(tickets.list(), opts.apiEmail);
    return {
      ticket: toApiTicket(ticket, opts.baseUrl()),
      ...(include.includes('users') ? { users: people.users.filter((u) => u.id === ticket.requester.id || u.id === 9001) } : {}),
      ...(include.includes('organizations') ? { organizations: people.organizations.filter((o) => o.id === ticket.organization?.id) } : {}),
    };
  });

  app.get('/users/:id.json', async (request, reply) => {
    const id = ticketId(request);
    const user = directory(tickets.list(), opts.apiEmail).users.find((u) => u.id === id);
    return user ? { user } : reply.code(404).send(NOT_FOUND);
  });

  app.get('/organizations/:id.json', async (request, reply) => {
    const id = ticketId(request);
    const organization = directory(tickets.list(), opts.apiEmail).organizations.find((o) => o.id === id);
    return organization ? { organization } : reply.code(404).send(NOT_FOUND);
  });

  // Only the `email:<address>` form of Zendesk's user search, which is what the proxy asks.
  app.get('/users/search.json', async (request) => {
    const query = String((request.query as { query?: unknown }).query ?? '').trim();
    const email = /^email:"?([^"\s]+)"?$/i.exec(query)?.[1]?.toLowerCase();
    const users = email ? directory(tickets.list(), opts.apiEmail).users.filter((u) => u.email.toLowerCase() === email) : [];
    return { users, next_page: null, previous_page: null, count: users.length };
  });

  app.get('/tickets/:id/comments.json', async (request, reply) => {
    const id = ticketId(request);
    const ticket = id === null ? undefined : tickets.get(id);
    if (!ticket) return reply.code(404).send(NOT_FOUND);
    const comments = ticket.comments.map(toApiComment);
    return { comments, next_page: null, previous_page: null, count: comments.length };
  });

  app.put('/tickets/:id.json', async (request, reply) => updateTicket(request, reply));

  // Apps API notify: the open instances of the app get `api_notification.<event>` with `body`.
  const notify = async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = notifyBody.safeParse(request.body);
    if (!parsed.success) {
      const details: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (details[issue.path.join('.') || 'body'] ??= []).push(issue.message);
      return reply.code(422).send(recordInvalid(details));
    }
    const n = parsed.data;
    if (n.app_id !== opts.appId) return reply.code(404).send(NOT_FOUND);
    opts.notifications.publish({ appId: n.app_id, event: n.event, body: n.body ?? null, agentId: n.agent_id ?? null, at: new Date().toISOString() });
    return reply.code(204).send();
  };
  app.post('/apps/notify.json', notify);
  app.post('/apps/notify', notify);

  // Deleting moves a ticket to Zendesk's deleted tickets: to the API it is gone (404).
  app.delete('/tickets/:id.json', async (request, reply) => {
    const id = ticketId(request);
    if (id === null || !tickets.remove(id)) return reply.code(404).send(NOT_FOUND);
    return reply.code(204).send();
  });

  async function updateTicket(request: FastifyRequest, reply: FastifyReply) {
    const id = ticketId(request);
    if (id === null || !tickets.get(id)) return reply.code(404).send(NOT_FOUND);
    // A closed ticket is read-only in Zendesk: no comment, no status, nothing (a follow-up ticket is the way).
    if (tickets.get(id)!.status === 'closed') return reply.code(422).send(CLOSED);
    const parsed = updateBody.safeParse(request.body);
    if (!parsed.success) {
      const details: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.filter((p) => p !== 'ticket').join('.') || 'ticket';
        (details[field] ??= []).push(issue.message);
      }
      return reply.code(422).send(recordInvalid(details));
    }
    const input = parsed.data.ticket;
    const fieldErrors = (input.custom_fields ?? [])
      .map((f) => fieldValueError(f.id, f.value))
      .filter((e): e is string => e !== null);
    if (fieldErrors.length > 0) return reply.code(422).send(recordInvalid({ custom_fields: fieldErrors }));

    const patch: TicketPatch = {
      subject: input.subject,
      status: input.status,
      tags: input.tags,
      addTags: input.additional_tags,
      removeTags: input.remove_tags,
      customFields: Object.fromEntries((input.custom_fields ?? []).map((f) => [String(f.id), f.value])),
    };
    const comment = input.comment && {
      body: input.comment.html_body ?? input.comment.body ?? '',
      html: input.comment.html_body !== undefined,
      public: input.comment.public,
    };
    const before = tickets.get(id)!;
    const ticket = tickets.change(id, { patch, comment }, 'api')!;
    const events: Array<Record<string, unknown>> = [];
    const added = comment ? ticket.comments.at(-1) : undefined;
    if (added) events.push({ ...toApiComment(added), type: 'Comment' });
    if (before.status !== ticket.status) {
      events.push({ type: 'Change', field_name: 'status', value: ticket.status, previous_value: before.status });
    }
    if (before.tags.join(' ') !== ticket.tags.join(' ')) {
      events.push({ type: 'Change', field_name: 'tags', value: ticket.tags, previous_value: before.tags });
    }
    return {
      ticket: toApiTicket(ticket, opts.baseUrl()),
      audit: { id: Date.now(), ticket_id: id, created_at: ticket.updatedAt, author_id: 9001, events },
    };
  }
}
