// Slack's request signing (v0): what the stand-in puts on what it sends to the proxy.
import { createHmac } from 'node:crypto';

export interface SlackSignatureHeaders {
  'x-slack-request-timestamp': string;
  'x-slack-signature': string;
}

/** `v0=` + hex HMAC-SHA256 of `v0:${nowSec}:${body}` keyed with the signing secret. */
export function signSlackRequest(secret: string, body: string, nowSec: number): SlackSignatureHeaders {
  const ts = String(Math.floor(nowSec));
  const digest = createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${digest}` };
}
