// The Zendesk webhook and trigger that tell the proxy when an escalated ticket is solved or reopened:
// defined once here, created or brought up to date by `npm run setup:zendesk` (idempotent: found
// by name, changed only where they differ), and checked by `npm run doctor`.
import type { TriggerFields, Webhook, WebhookFields, ZendeskAdmin } from '../zendesk/admin';

export const WEBHOOK_NAME = 'Escalation proxy: ticket status';
export const TRIGGER_TITLE = 'Escalation proxy: escalated ticket solved or reopened';

export const webhookEndpoint = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/zendesk/events`;

export function webhookFields(publicUrl: string): WebhookFields {
  return {
    name: WEBHOOK_NAME,
    description: 'Tells the escalation proxy when an escalated ticket is solved or reopened (made by npm run setup:zendesk).',
    endpoint: webhookEndpoint(publicUrl),
    http_method: 'POST',
    request_format: 'json',
    status: 'active',
    subscriptions: ['conditional_ticket_events'],
  };
}

/** What the proxy reads (src/proxy/routes/inbound.ts): the ticket's id, status and when it changed. */
export const WEBHOOK_BODY = JSON.stringify({
  ticket: { id: '{{ticket.id}}', status: '{{ticket.status}}', updated_at: '{{ticket.updated_at_with_timestamp}}' },
});

export function triggerFields(webhookId: string, tag: string): TriggerFields {
  return {
    title: TRIGGER_TITLE,
    description: `Calls the escalation proxy's webhook when a ticket tagged ${tag} is solved, or reopened after being solved.`,
    active: true,
    conditions: {
      all: [
        { field: 'update_type', operator: 'is', value: 'Change' },
        { field: 'current_tags', operator: 'includes', value: tag },
      ],
      any: [
        { field: 'status', operator: 'value', value: 'solved' },
        { field: 'status', operator: 'value_previous', value: 'solved' },
      ],
    },
    actions: [{ field: 'notification_webhook', value: [webhookId, WEBHOOK_BODY] }],
  };
}

/** True when `actual` has every field of `wanted` with the same value (JSON-equal). */
export function hasFields(actual: object, wanted: object): boolean {
  const a = actual as Record<string, unknown>;
  return Object.entries(wanted).every(([k, v]) => JSON.stringify(a[k]) === JSON.stringify(v));
}

export type SetupAction = 'created' | 'updated' | 'unchanged';
export interface SetupResult {
  webhook: { id: string; action: SetupAction; endpoint: string; signingSecret: string | null };
  trigger: { id: number; action: SetupAction };
}

/** Our webhook: by name, else one already posting to our endpoint. */
export function findWebhook(webhooks: Webhook[], publicUrl: string): Webhook | undefined {
  return webhooks.find((w) => w.name === WEBHOOK_NAME) ?? webhooks.find((w) => w.endpoint === webhookEndpoint(publicUrl));
}

export async function setupZendesk(admin: ZendeskAdmin, opts: { publicUrl: string; tag: string }): Promise<SetupResult> {
  const wantedHook = webhookFields(opts.publicUrl);
  const existingHook = findWebhook(await admin.webhooks(), opts.publicUrl);
  let webhook: SetupResult['webhook'];
  if (!existingHook) {
    const created = await admin.createWebhook(wantedHook);
    webhook = { id: created.webhook.id, action: 'created', endpoint: wantedHook.endpoint, signingSecret: created.signingSecret };
  } else {
    const same = hasFields(existingHook, wantedHook);
    if (!same) await admin.updateWebhook(existingHook.id, wantedHook);
    webhook = { id: existingHook.id, action: same ? 'unchanged' : 'updated', endpoint: wantedHook.endpoint, signingSecret: null };
  }

  const wantedTrigger = triggerFields(webhook.id, opts.tag);
  const existingTrigger = (await admin.triggers()).find((t) => t.title === TRIGGER_TITLE);
  let trigger: SetupResult['trigger'];
  if (!existingTrigger) {
    trigger = { id: (await admin.createTrigger(wantedTrigger)).id, action: 'created' };
  } else if (hasFields(existingTrigger, wantedTrigger)) {
    trigger = { id: existingTrigger.id, action: 'unchanged' };
  } else {
    trigger = { id: (await admin.updateTrigger(existingTrigger.id, wantedTrigger)).id, action: 'updated' };
  }
  return { webhook, trigger };
}
