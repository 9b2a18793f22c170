// Sender checks on the raw body, pure with the clock passed in (the bolt-js way): Slack's v0 signature
// and Zendesk's webhook signature. Digests are compared in constant time; a timestamp more than five
// minutes away from `nowMs`, in either direction, is refused so a captured request cannot be replayed.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_SKEW_MS = 5 * 60_000;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // timingSafeEqual needs equal lengths; the length of a digest is no secret.
  return x.length === y.length && timingSafeEqual(x, y);
}

function withinSkew(atMs: number, nowMs: number): SignatureCheck {
  if (!Number.isFinite(atMs)) return { ok: false, reason: 'the request timestamp is not a time' };
  if (atMs < nowMs - MAX_SKEW_MS) return { ok: false, reason: 'the request timestamp is more than 5 minutes old' };
  if (atMs > nowMs + MAX_SKEW_MS) return { ok: false, reason: 'the request timestamp is more than 5 minutes in the future' };
  return { ok: true };
}

export interface SignedRequest {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer | string;
}

/** Slack: `v0=` + hex HMAC-SHA256 of `v0:${X-Slack-Request-Timestamp}:${raw body}`. */
export function verifySlackRequest(req: SignedRequest, signingSecret: string, nowMs: number): SignatureCheck {
  const ts = header(req.headers['x-slack-request-timestamp']);
  const sig = header(req.headers['x-slack-signature']);
  if (!ts || !sig) return { ok: false, reason: 'missing X-Slack-Request-Timestamp or X-Slack-Signature' };
  if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'the request timestamp is not a time' };
  const fresh = withinSkew(Number(ts) * 1000, nowMs);
  if (!fresh.ok) return fresh;
  const expected = 'v0=' + createHmac('sha256', signingSecret).update(`v0:${ts}:`).update(req.rawBody).digest('hex');
  return sameText(sig, expected) ? { ok: true } : { ok: false, reason: 'the Slack signature does not match' };
}

/** Zendesk: base64 HMAC-SHA256 of the timestamp header followed by the raw body. */
export function verifyZendeskWebhook(req: SignedRequest, webhookSecret: string, nowMs: number): SignatureCheck {
  const ts = header(req.headers['x-zendesk-webhook-signature-timestamp']);
  const sig = header(req.headers['x-zendesk-webhook-signature']);
  if (!ts || !sig) return { ok: false, reason: 'missing X-Zendesk-Webhook-Signature-Timestamp or X-Zendesk-Webhook-Signature' };
  // ISO 8601 as Zendesk sends it; a bare number is not accepted (Date.parse would read it as a year).
  if (!/^\d{4}-\d{2}-\d{2}T/.test(ts)) return { ok: false, reason: 'the webhook timestamp is not a time' };
  const fresh = withinSkew(Date.parse(ts), nowMs);
  if (!fresh.ok) return fresh;
  const expected = createHmac('sha256', webhookSecret).update(ts).update(req.rawBody).digest('base64');
  return sameText(sig, expected) ? { ok: true } : { ok: false, reason: 'the webhook signature does not match' };
}

/**
 * Jira (a webhook registered with a secret): `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw
 * body>`. Jira signs no timestamp; a replayed delivery is caught by its X-Atlassian-Webhook-Identifier.
 */
export function verifyJiraWebhook(req: SignedRequest, webhookSecret: string): SignatureCheck {
  const sig = header(req.headers['x-hub-signature']);
  if (!sig) return { ok: false, reason: 'missing X-Hub-Signature' };
  const expected = 'sha256=' + createHmac('sha256', webhookSecret).update(req.rawBody).digest('hex');
  return sameText(sig.toLowerCase(), expected) ? { ok: true } : { ok: false, reason: 'the Jira webhook signature does not match' };
}
