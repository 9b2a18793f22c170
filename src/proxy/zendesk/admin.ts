// Zendesk's admin API for what an operator sets up once: who the API token belongs to, and the
// webhook and trigger that tell the proxy about ticket status changes (setup:zendesk, doctor).
// Same client, auth and errors as the gateway the proxy runs with.
import { ZendeskGateway } from './gateway';

export interface WebhookFields {
  name: string;
  description: string;
  endpoint: string;
  http_method: 'POST';
  request_format: 'json';
  status: 'active' | 'inactive';
  subscriptions: string[];
}
export type Webhook = WebhookFields & { id: string };

export interface TriggerCondition {
  field: string;
  operator: string;
  value?: unknown;
}
export interface TriggerFields {
  title: string;
  description: string;
  active: boolean;
  conditions: { all: TriggerCondition[]; any: TriggerCondition[] };
  actions: Array<{ field: string; value: unknown }>;
}
export type Trigger = TriggerFields & { id: number };

const MAX_PAGES = 50;

export class ZendeskAdmin extends ZendeskGateway {
  async me(): Promise<{ id: number; email: string; role: string }> {
    const r = await this.request<{ user: { id: number; email: string; role: string } }>('users me', 'GET', '/api/v2/users/me.json');
    return r.user;
  }

  async webhooks(): Promise<Webhook[]> {
    const all: Webhook[] = [];
    let path: string | null = '/api/v2/webhooks?page[size]=100';
    for (let page = 0; path && page < MAX_PAGES; page++) {
      const r: { webhooks?: Webhook[]; meta?: { has_more?: boolean; after_cursor?: string | null } } = await this.request('webhooks list', 'GET', path);
      all.push(...(r.webhooks ?? []));
      path = r.meta?.has_more && r.meta.after_cursor ? `/api/v2/webhooks?page[size]=100&page[after]=${encodeURIComponent(r.meta.after_cursor)}` : null;
    }
    return all;
  }

  /** Creates a webhook; Zendesk shows its signing secret in this answer (and on request later). */
  async createWebhook(fields: WebhookFields): Promise<{ webhook: Webhook; signingSecret: string | null }> {
    const r = await this.request<{ webhook: Webhook & { signing_secret?: { secret?: string } } }>('webhook create', 'POST', '/api/v2/webhooks', { webhook: fields });
    return { webhook: r.webhook, signingSecret: r.webhook.signing_secret?.secret ?? null };
  }

  async updateWebhook(id: string, fields: WebhookFields): Promise<void> {
    await this.request('webhook update', 'PUT', `/api/v2/webhooks/${encodeURIComponent(id)}`, { webhook: fields });
  }

  async webhookSigningSecret(id: string): Promise<string> {
    const r = await this.request<{ signing_secret: { secret: string } }>('webhook signing secret', 'GET', `/api/v2/webhooks/${encodeURIComponent(id)}/signing_secret`);
    return r.signing_secret.secret;
  }

  async triggers(): Promise<Trigger[]> {
    const all: Trigger[] = [];
    let path: string | null = '/api/v2/triggers.json?per_page=100';
    for (let page = 0; path && page < MAX_PAGES; page++) {
      const r: { triggers?: Trigger[]; next_page?: string | null } = await this.request('triggers list', 'GET', path);
      all.push(...(r.triggers ?? []));
      // next_page is an absolute URL on the same API.
      path = r.next_page ? new URL(r.next_page).pathname + new URL(r.next_page).search : null;
    }
    return all;
  }

  async createTrigger(fields: TriggerFields): Promise<Trigger> {
    return (await this.request<{ trigger: Trigger }>('trigger create', 'POST', '/api/v2/triggers.json', { trigger: fields })).trigger;
  }

  async updateTrigger(id: number, fields: TriggerFields): Promise<Trigger> {
    return (await this.request<{ trigger: Trigger }>('trigger update', 'PUT', `/api/v2/triggers/${id}.json`, { trigger: fields })).trigger;
  }
}
