// What Slack and Zendesk call: /slack/events, /slack/commands, /slack/interactions and /zendesk/events.
// Each group is its own plugin that reads the body RAW (no JSON or form parsing before the check), checks
// the sender's signature on those exact bytes (401, nothing stored), then parses (400, nothing stored)
// and hands over to the loop service.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError } from '../errors';
import type { InboundKind, ProxyMetrics } from '../metrics';
import { verifyJiraWebhook, verifySlackRequest, verifyZendeskWebhook } from '../inbound/signatures';
import type { BoardService } from '../escalations/board';
import type { SignatureCheck } from '../inbound/signatures';
import { messageEventSchema } from '../loop/activity';
import type { LoopService } from '../loop/service';
import { readSubmission, SUMMARY_CALLBACK_ID } from '../loop/summaryModal';
import type { ViewStateValues } from '../loop/summaryModal';
import { parseOr400 } from './escalations';

export interface InboundOptions {
  loop: LoopService;
  /** The board: /outage-board and Jira's webhook (the route exists only with jiraWebhookSecret). */
  board?: BoardService;
  slackSigningSecret: string;
  zendeskWebhookSecret: string;
  jiraWebhookSecret?: string | null;
  now: () => number;
  metrics?: ProxyMetrics;
}

const KIND_BY_ROUTE: Record<string, InboundKind> = {
  '/slack/events': 'slack_event',
  '/slack/commands': 'slack_command',
  '/slack/interactions': 'slack_interaction',
  '/zendesk/events': 'zendesk_webhook',
  '/jira/events': 'jira_webhook',
};

/** Counts each delivery once answered: 4xx refused, a repeated delivery id duplicate, else accepted. */
function countDeliveries(app: FastifyInstance, metrics: ProxyMetrics | undefined, duplicates: WeakSet<FastifyRequest>): void {
  if (!metrics) return;
  app.addHook('onResponse', async (req, reply) => {
    const kind = KIND_BY_ROUTE[req.routeOptions.url ?? ''];
    if (!kind || reply.statusCode >= 500) return;
    metrics.inbound(kind, reply.statusCode >= 400 ? 'refused' : duplicates.has(req) ? 'duplicate' : 'accepted');
  });
}

/** A child context whose every body arrives as a Buffer, checked by `verify` before any handler. */
async function rawSigned(app: FastifyInstance, verify: (req: FastifyRequest, raw: Buffer) => SignatureCheck): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.addHook('preHandler', async (req) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verify(req, raw);
    if (!check.ok) throw new HttpError(401, 'unauthorized', check.reason);
  });
}

function json(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_request', 'the body is not valid JSON');
  }
}

const form = (raw: Buffer) => new URLSearchParams(raw.toString('utf8'));

const eventsEnvelope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url_verification'), challenge: z.string().min(1).max(500) }),
  z.object({ type: z.literal('event_callback'), event_id: z.string().min(1).max(100), event: z.looseObject({ type: z.string() }) }),
  z.object({ type: z.literal('app_rate_limited') }),
]);

const commandSchema = z.object({
  command: z.string().min(1),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  trigger_id: z.string().min(1),
  text: z.string().max(2000).default(''),
});

const interactionSchema = z.looseObject({
  type: z.string(),
  user: z.looseObject({ id: z.string() }),
  view: z
    .looseObject({
      callback_id: z.string().optional(),
      id: z.string().max(64).optional(),
      hash: z.string().max(128).optional(),
      private_metadata: z.string().optional(),
      state: z.object({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) }),
    })
    .optional(),
});

const ticketId = z.union([z.number().int().positive(), z.string().regex(/^\d{1,16}$/).transform(Number)]);
const zendeskEventSchema = z.object({
  ticket: z.looseObject({
    id: ticketId,
    status: z.string().trim().min(1).max(32),
    updated_at: z.string().optional(),
  }),
});

const jiraEventSchema = z.looseObject({
  webhookEvent: z.string().min(1).max(100),
  timestamp: z.number().int().positive().max(8.64e15).optional(),
  issue: z
    .looseObject({
      key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{1,9}-[0-9]{1,10}$/),
      fields: z.looseObject({ status: z.looseObject({ name: z.string().trim().min(1).max(64) }).optional() }).optional(),
    })
    .optional(),
});

export async function inboundRoutes(app: FastifyInstance, opts: InboundOptions): Promise<void> {
  const { loop } = opts;
  const duplicates = new WeakSet<FastifyRequest>();

  await app.register(async (slack) => {
    await rawSigned(slack, (req, raw) => verifySlackRequest({ headers: req.headers, rawBody: raw }, opts.slackSigningSecret, opts.now()));
    countDeliveries(slack, opts.metrics, duplicates);

    slack.post('/slack/events', async (req, reply) => {
      const body = parseOr400(eventsEnvelope, json(req.body as Buffer), 'body');
      if (body.type === 'url_verification') return { challenge: body.challenge };
      if (body.type !== 'event_callback' || body.event.type !== 'message') return reply.code(200).send();
      const event = parseOr400(messageEventSchema, body.event, 'event');
      const outcome = await loop.message(body.event_id, event);
      if (outcome === 'duplicate') duplicates.add(req);
      return { ok: true, outcome };
    });

    slack.post('/slack/commands', async (req) => {
      const cmd = parseOr400(commandSchema, Object.fromEntries(form(req.body as Buffer)), 'body');
      if (cmd.command === '/outage-board' && opts.board) {
        const text = await opts.board.linkFromChannel(cmd.channel_id, cmd.text, cmd.trigger_id);
        return text === null ? '' : { response_type: 'ephemeral', text };
      }
      if (cmd.command !== '/outage-summary') return { response_type: 'ephemeral', text: `This app does not know ${cmd.command}.` };
      const answer = await loop.openSummaryForm(cmd.channel_id, cmd.trigger_id);
      return answer ?? '';
    });

    slack.post('/slack/interactions', async (req, reply) => {
      const payload = form(req.body as Buffer).get('payload');
      if (!payload) throw new HttpError(400, 'invalid_request', 'payload: missing', 'payload');
      const ia = parseOr400(interactionSchema, json(Buffer.from(payload)), 'payload');
      if (ia.type !== 'view_submission' || ia.view?.callback_id !== SUMMARY_CALLBACK_ID) return reply.code(200).send();
      const read = readSubmission(ia.view.state.values as ViewStateValues);
      if (!read.ok) return { response_action: 'errors', errors: read.errors };
      // Slack's view id and hash name one submission; without them, the payload itself does.
      const delivery = ia.view.id && ia.view.hash ? `${ia.view.id}:${ia.view.hash}` : createHash('sha256').update(payload).digest('hex');
      const stored = await loop.submitSummary(ia.view.private_metadata ?? '', read.summary, ia.user.id, delivery);
      if (!stored.ok) return { response_action: 'errors', errors: stored.errors };
      // An empty 200 closes the modal.
      return reply.code(200).send();
    });
  });

  await app.register(async (zendesk) => {
    await rawSigned(zendesk, (req, raw) => verifyZendeskWebhook({ headers: req.headers, rawBody: raw }, opts.zendeskWebhookSecret, opts.now()));
    countDeliveries(zendesk, opts.metrics, duplicates);

    zendesk.post('/zendesk/events', async (req) => {
      const { ticket } = parseOr400(zendeskEventSchema, json(req.body as Buffer), 'body');
      const invocation = req.headers['x-zendesk-webhook-invocation-id'];
      const outcome = await loop.ticketStatus(ticket.id, ticket.status, ticket.updated_at ?? null, typeof invocation === 'string' ? invocation : null);
      if (outcome === 'duplicate') duplicates.add(req);
      return { ok: true, outcome };
    });
  });

  const { board, jiraWebhookSecret } = opts;
  if (board && jiraWebhookSecret) {
    await app.register(async (jira) => {
      await rawSigned(jira, (req, raw) => verifyJiraWebhook({ headers: req.headers, rawBody: raw }, jiraWebhookSecret));
      countDeliveries(jira, opts.metrics, duplicates);

      jira.post('/jira/events', async (req) => {
        const event = parseOr400(jiraEventSchema, json(req.body as Buffer), 'body');
        const status = event.issue?.fields?.status?.name;
        // Only an issue's status is followed; every other event is taken and left alone.
        if (event.webhookEvent !== 'jira:issue_updated' || !event.issue || !status) return { ok: true, outcome: 'ignored' };
        const at = event.timestamp ? new Date(event.timestamp).toISOString() : new Date(opts.now()).toISOString();
        const delivery = req.headers['x-atlassian-webhook-identifier'];
        const outcome = await board.statusHeard(typeof delivery === 'string' ? delivery : null, event.issue.key, status, at);
        if (outcome === 'duplicate') duplicates.add(req);
        return { ok: true, outcome };
      });
    });
  }
}
