import { createHmac, randomUUID } from 'node:crypto';
import type { SandboxTicket } from './page/model';

// Zendesk's webhook for a trigger on ticket status changes, signed the way Zendesk signs:
// X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, timestamp + raw body)).

export type WebhookTarget = { url: string; secret: string };
export type WebhookDelivery = { body: string; status: number | null; error: string | null };

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(timestamp + body).digest('base64');
}

/** The JSON the sandbox's "ticket status changed" trigger sends. */
export function statusChangedBody(ticket: SandboxTicket, previousStatus: string): string {
  return JSON.stringify({
    ticket: {
      id: ticket.id,
      status: ticket.status,
      previous_status: previousStatus,
      subject: ticket.subject,
      tags: ticket.tags,
      updated_at: ticket.updatedAt,
    },
  });
}

/** Posts once (Zendesk retries only some failures; tests want to see each attempt). */
export async function deliverWebhook(
  target: WebhookTarget,
  body: string,
  now: Date = new Date(),
  timeoutMs = 10_000,
): Promise<WebhookDelivery> {
  // Zendesk's timestamp format: ISO 8601 without milliseconds.
  const timestamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zendesk-webhook-id': '01SANDBOXWEBHOOK',
        'x-zendesk-webhook-invocation-id': randomUUID(),
        'x-zendesk-webhook-signature-timestamp': timestamp,
        'x-zendesk-webhook-signature': signWebhook(target.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { body, status: response.status, error: null };
  } catch (e) {
    return { body, status: null, error: (e as Error).message };
  }
}
