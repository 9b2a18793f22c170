// Webhooks and triggers of the Zendesk API stand-in, in Zendesk's wire format: what
// `npm run setup:zendesk` creates and `npm run doctor` checks. Stored only (the sandbox's own
// status-change webhook is configured by the stack); a webhook's signing secret is shown on create
// and by GET /webhooks/{id}/signing_secret, as in Zendesk.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';

export type Webhook = {
  id: string;
  name: string;
  description?: string;
  endpoint: string;
  http_method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  request_format: 'json' | 'xml' | 'form_encoded';
  status: 'active' | 'inactive';
  subscriptions: string[];
  created_at: string;
  updated_at: string;
  signingSecret: string;
};

type Condition = { field: string; operator: string; value?: unknown };
export type Trigger = {
  id: number;
  title: string;
  description: string | null;
  active: boolean;
  conditions: { all: Condition[]; any: Condition[] };
  actions: Array<{ field: string; value: unknown }>;
  position: number;
  created_at: string;
  updated_at: string;
};

export type RulesState = { webhooks: Webhook[]; triggers: Trigger[]; nextTriggerId: number };

const webhookInput = z.object({
  name: z.string().trim().min(1),
  description: z.string().optional(),
  endpoint: z.url(),
  http_method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  request_format: z.enum(['json', 'xml', 'form_encoded']),
  status: z.enum(['active', 'inactive']),
  subscriptions: z.array(z.string()).min(1),
});
const condition = z.object({ field: z.string().min(1), operator: z.string().min(1), value: z.unknown().optional() });
const triggerInput = z.object({
  title: z.string().trim().min(1),
  description: z.string().nullable().optional(),
  active: z.boolean().default(true),
  conditions: z.object({ all: z.array(condition).default([]), any: z.array(condition).default([]) }),
  actions: z.array(z.object({ field: z.string().min(1), value: z.unknown() })).min(1),
});

export class SandboxRules {
  webhooks: Webhook[];
  triggers: Trigger[];
  private nextTriggerId: number;

  constructor(
    state: RulesState | null = null,
    private readonly onChange: () => void = () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.webhooks = state?.webhooks ?? [];
    this.triggers = state?.triggers ?? [];
    this.nextTriggerId = state?.nextTriggerId ?? 360_000_001;
  }

  snapshot(): RulesState {
    return structuredClone({ webhooks: this.webhooks, triggers: this.triggers, nextTriggerId: this.nextTriggerId });
  }

  /** Registers /webhooks and /triggers under the API's prefix (its auth hook already ran). */
  routes(app: FastifyInstance, baseUrl: () => string): void {
    const stamp = () => this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const invalid = (reply: FastifyReply, issues: z.core.$ZodIssue[]) =>
      reply.code(400).send({ errors: issues.map((i) => ({ code: 'InvalidInput', title: `${i.path.join('.') || 'body'}: ${i.message}` })) });
    const notFound = (reply: FastifyReply) => reply.code(404).send({ errors: [{ code: 'WebhookNotFound', title: 'Webhook not found' }] });
    const webhookOut = ({ signingSecret: _s, ...w }: Webhook) => w;
    const findWebhook = (id: string) => this.webhooks.find((w) => w.id === id);
    const triggerOut = (t: Trigger) => ({ url: `${baseUrl()}/api/v2/triggers/${t.id}.json`, ...t, raw_title: t.title, default: false, category_id: '1' });

    app.get('/webhooks', async () => ({ webhooks: this.webhooks.map(webhookOut), meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } }));
    app.get('/webhooks/:id', async (req, reply) => {
      const w = findWebhook((req.params as { id: string }).id);
      return w ? { webhook: webhookOut(w) } : notFound(reply);
    });
    app.post('/webhooks', async (req, reply) => {
      const parsed = webhookInput.safeParse((req.body as { webhook?: unknown } | null)?.webhook);
      if (!parsed.success) return invalid(reply, parsed.error.issues);
      const id = `01${randomBytes(12).toString('hex').toUpperCase()}`;
      const w: Webhook = { id, ...parsed.data, created_at: stamp(), updated_at: stamp(), signingSecret: randomBytes(32).toString('base64url') };
      this.webhooks.push(w);
      this.onChange();
      return reply.code(201).send({ webhook: { ...webhookOut(w), signing_secret: { algorithm: 'sha256', secret: w.signingSecret } } });
    });
    app.put('/webhooks/:id', async (req, reply) => {
      const w = findWebhook((req.params as { id: string }).id);
      if (!w) return notFound(reply);
      const parsed = webhookInput.safeParse((req.body as { webhook?: unknown } | null)?.webhook);
      if (!parsed.success) return invalid(reply, parsed.error.issues);
      Object.assign(w, parsed.data, { updated_at: stamp() });
      this.onChange();
      return reply.code(204).send();
    });
    app.get('/webhooks/:id/signing_secret', async (req, reply) => {
      const w = findWebhook((req.params as { id: string }).id);
      return w ? { signing_secret: { algorithm: 'sha256', secret: w.signingSecret } } : notFound(reply);
    });

    const triggerParams = (req: { params: unknown }) => Number((req.params as { id: string }).id.replace(/\.json$/, ''));
    const triggerNotFound = (reply: FastifyReply) => reply.code(404).send({ error: 'RecordNotFound', description: 'Not found' });
    app.get('/triggers.json', async () => ({ triggers: this.triggers.map(triggerOut), next_page: null, previous_page: null, count: this.triggers.length }));
    app.get('/triggers/:id', async (req, reply) => {
      const t = this.triggers.find((x) => x.id === triggerParams(req));
      return t ? { trigger: triggerOut(t) } : triggerNotFound(reply);
    });
    app.post('/triggers.json', async (req, reply) => {
      const parsed = triggerInput.safeParse((req.body as { trigger?: unknown } | null)?.trigger);
      if (!parsed.success) return reply.code(422).send({ error: 'RecordInvalid', description: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const t: Trigger = { id: this.nextTriggerId++, ...parsed.data, description: parsed.data.description ?? null, position: this.triggers.length + 1, created_at: stamp(), updated_at: stamp() };
      this.triggers.push(t);
      this.onChange();
      return reply.code(201).send({ trigger: triggerOut(t) });
    });
    app.put('/triggers/:id', async (req, reply) => {
      const t = this.triggers.find((x) => x.id === triggerParams(req));
      if (!t) return triggerNotFound(reply);
      const parsed = triggerInput.safeParse((req.body as { trigger?: unknown } | null)?.trigger);
      if (!parsed.success) return reply.code(422).send({ error: 'RecordInvalid', description: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      Object.assign(t, parsed.data, { description: parsed.data.description ?? t.description, updated_at: stamp() });
      this.onChange();
      return { trigger: triggerOut(t) };
    });
  }
}
