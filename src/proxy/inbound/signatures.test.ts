import { signSlackRequest } from '../../sandbox/slack/signing';
import { signWebhook } from '../../sandbox/zendesk/webhook';
import { verifySlackRequest, verifyZendeskWebhook } from './signatures';

const SECRET = 'slack-signing-secret';
const NOW = Date.parse('2026-11-26T15:00:00Z');
const body = 'token=x&command=%2Foutage-summary&text=';

function slack(over: { secret?: string; atMs?: number; body?: string } = {}) {
  const headers = signSlackRequest(over.secret ?? SECRET, body, (over.atMs ?? NOW) / 1000);
  return { headers: { ...headers } as Record<string, string | undefined>, rawBody: over.body ?? body };
}

describe('verifySlackRequest', () => {
  it('accepts a request signed with the secret, as a string or a Buffer', () => {
    expect(verifySlackRequest(slack(), SECRET, NOW)).toEqual({ ok: true });
    expect(verifySlackRequest({ ...slack(), rawBody: Buffer.from(body) }, SECRET, NOW)).toEqual({ ok: true });
  });

  it('accepts clocks up to five minutes apart either way', () => {
    expect(verifySlackRequest(slack({ atMs: NOW - 299_000 }), SECRET, NOW).ok).toBe(true);
    expect(verifySlackRequest(slack({ atMs: NOW + 299_000 }), SECRET, NOW).ok).toBe(true);
  });

  it('refuses a wrong secret and a body changed after signing', () => {
    expect(verifySlackRequest(slack({ secret: 'other' }), SECRET, NOW)).toEqual({ ok: false, reason: 'the Slack signature does not match' });
    expect(verifySlackRequest({ ...slack(), rawBody: body + 'x' }, SECRET, NOW).ok).toBe(false);
  });

  it('refuses stale and future timestamps even when correctly signed', () => {
    expect(verifySlackRequest(slack({ atMs: NOW - 301_000 }), SECRET, NOW)).toEqual({ ok: false, reason: 'the request timestamp is more than 5 minutes old' });
    expect(verifySlackRequest(slack({ atMs: NOW + 301_000 }), SECRET, NOW)).toEqual({ ok: false, reason: 'the request timestamp is more than 5 minutes in the future' });
  });

  it('refuses missing headers, a non-numeric timestamp and a truncated signature', () => {
    const r = slack();
    expect(verifySlackRequest({ headers: {}, rawBody: body }, SECRET, NOW).ok).toBe(false);
    expect(verifySlackRequest({ headers: { ...r.headers, 'x-slack-signature': undefined }, rawBody: body }, SECRET, NOW).ok).toBe(false);
    expect(verifySlackRequest({ headers: { ...r.headers, 'x-slack-request-timestamp': 'soon' }, rawBody: body }, SECRET, NOW).ok).toBe(false);
    expect(verifySlackRequest({ headers: { ...r.headers, 'x-slack-signature': r.headers['x-slack-signature']!.slice(0, 20) }, rawBody: body }, SECRET, NOW).ok).toBe(false);
  });
});

describe('verifyZendeskWebhook', () => {
  const WH = 'zendesk-webhook-secret';
  const json = '{"ticket":{"id":1001,"status":"solved"}}';
  const signed = (at: Date, secret = WH) => {
    const ts = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { headers: { 'x-zendesk-webhook-signature-timestamp': ts, 'x-zendesk-webhook-signature': signWebhook(secret, ts, json) }, rawBody: json };
  };

  it('accepts a webhook signed as Zendesk signs it', () => {
    expect(verifyZendeskWebhook(signed(new Date(NOW)), WH, NOW)).toEqual({ ok: true });
  });

  it('refuses a wrong secret, a changed body, stale and future timestamps, missing headers', () => {
    expect(verifyZendeskWebhook(signed(new Date(NOW), 'nope'), WH, NOW).ok).toBe(false);
    expect(verifyZendeskWebhook({ ...signed(new Date(NOW)), rawBody: json.replace('solved', 'open') }, WH, NOW).ok).toBe(false);
    expect(verifyZendeskWebhook(signed(new Date(NOW - 6 * 60_000)), WH, NOW)).toEqual({ ok: false, reason: 'the request timestamp is more than 5 minutes old' });
    expect(verifyZendeskWebhook(signed(new Date(NOW + 6 * 60_000)), WH, NOW).ok).toBe(false);
    expect(verifyZendeskWebhook({ headers: {}, rawBody: json }, WH, NOW).ok).toBe(false);
    const s = signed(new Date(NOW));
    expect(verifyZendeskWebhook({ headers: { ...s.headers, 'x-zendesk-webhook-signature-timestamp': '1764169200' }, rawBody: json }, WH, NOW).ok).toBe(false);
  });
});
