// Property tests: arbitrary bodies, headers, tokens and signatures thrown at every route, on both
// stores. Whatever arrives, the answer is never a 5xx, and a refused request (4xx) stores nothing.
import fc from 'fast-check';
import { signSlackRequest } from '../sandbox/slack/signing';
import { signWebhook } from '../sandbox/zendesk/webhook';
import { testDialects } from './store/testStores';
import { signJiraWebhook } from '../sandbox/jira/server';
import { escalationRequest, JIRA_WEBHOOK_SECRET, SLACK_SIGNING_SECRET, startHarness, token, ZENDESK_WEBHOOK_SECRET } from './testing/harness';
import { waitForComplete } from './testing/expectations';
import type { Harness } from './testing/harness';

jest.setTimeout(120_000);

const RUNS = 150;
const TABLES = ['escalations', 'escalation_tickets', 'summaries', 'inbound_events', 'customer_updates'] as const;

async function counts(h: Harness): Promise<number[]> {
  return Promise.all(
    TABLES.map(async (t) => Number((await h.proxy.store.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)),
  );
}

/** Sends one request; fails the property on a 5xx, or on a 4xx that changed what is stored. */
async function expectRefusedCleanly(h: Harness, path: string, init: RequestInit & { method: string }): Promise<number> {
  const before = await counts(h);
  const res = await fetch(h.proxy.url + path, init);
  const text = await res.text();
  if (res.status >= 500) throw new Error(`${init.method} ${path} answered ${res.status}: ${text}`);
  if (res.status >= 400) {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(await counts(h)).toEqual(before);
  }
  return res.status;
}

// Strings that have broken stores and parsers before: NUL, lone surrogates, markup, huge numbers.
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  { arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '<!channel>', '{{x}}', "'; drop table escalations; --", '9'.repeat(40), '', ' '.repeat(3)), weight: 3 },
);
const jsonish = fc.oneof(fc.jsonValue(), nasty, fc.constant(null), fc.integer(), fc.double());

/** A valid create request with one field (at any depth) replaced by something arbitrary. */
const mutatedRequest = fc
  .tuple(fc.integer({ min: 5000, max: 99_999 }), fc.constantFrom('ticket', 'ticket.id', 'ticket.subject', 'ticket.url', 'ticket.organization', 'issueType', 'checklist', 'checklist.items', 'agent', 'agent.email', 'agent.name', 'product', 'extra'), jsonish)
  .map(([ticketId, path, value]) => {
    // A ticket not escalated yet, so a request that passes validation would really be stored.
    const req = escalationRequest({ ticketId }) as unknown as Record<string, unknown>;
    const keys = path.split('.');
    let target = req;
    for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
    target[keys.at(-1)!] = value;
    return JSON.stringify(req);
  });

const apiBody = fc.oneof(mutatedRequest, jsonish.map((v) => JSON.stringify(v)), fc.string());
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '');
const badToken = fc.oneof(fc.string(), fc.constantFrom('Bearer ', 'Bearer x.y.z', 'Basic Zm9vOmJhcg==', 'Bearer eyJhbGciOiJub25lIn0.e30.'));

describe.each(testDialects)('every route under arbitrary input on %s', (dialect) => {
  let h: Harness;
  let tok: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    tok = await token({ expInS: 600 });
  });
  afterAll(async () => h?.close());

  it('/api with a valid token: arbitrary bodies and content types never give a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/escalations', '/api/escalations/abc/tickets', '/api/escalations/abc/retry'), apiBody, contentType, async (path, body, type) => {
        await expectRefusedCleanly(h, path, { method: 'POST', body, headers: { authorization: `Bearer ${tok}`, ...(type ? { 'content-type': type } : {}) } });
      }),
      { numRuns: RUNS },
    );
  });

  it('a NUL character in any text of a valid request: 400 naming the field, nothing stored', async () => {
    const textField = fc.constantFrom('ticket.subject', 'ticket.organization', 'ticket.requester', 'agent.name', 'product');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 5000, max: 99_999 }), textField, fc.string(), fc.string(), async (ticketId, path, head, tail) => {
        const req = escalationRequest({ ticketId, product: 'Gradebook' }) as unknown as Record<string, Record<string, unknown>>;
        const [outer, inner] = path.split('.') as [string, string | undefined];
        const text = `${head}\u0000${tail}x`;
        if (inner) req[outer]![inner] = text;
        else (req as Record<string, unknown>)[outer] = text;
        const status = await expectRefusedCleanly(h, '/api/escalations', { method: 'POST', body: JSON.stringify(req), headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' } });
        expect(status).toBe(400);
      }),
      { numRuns: 40 },
    );
  });

  it('/api with arbitrary tokens: 401 and nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(badToken, fc.constantFrom('/api/escalations', '/api/escalations?state=active', '/api/escalations/by-ticket/1001'), async (auth, path) => {
        const post = path === '/api/escalations';
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        // Header values Node refuses to send (control characters) are no request at all.
        if (/^[\t\x20-\x7e]*$/.test(auth)) headers.authorization = auth;
        const status = await expectRefusedCleanly(h, path, { method: post ? 'POST' : 'GET', headers, ...(post ? { body: JSON.stringify(escalationRequest({ ticketId: 1002 })) } : {}) });
        expect(status).toBe(401);
      }),
      { numRuns: RUNS },
    );
  });

  it('GET routes with arbitrary ids and queries never give a 5xx', async () => {
    const segment = fc.string().map(encodeURIComponent);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/escalations/by-ticket/', '/api/escalations/', '/api/escalations?state='), segment, async (prefix, s) => {
        await expectRefusedCleanly(h, prefix + s, { method: 'GET', headers: { authorization: `Bearer ${tok}` } });
      }),
      { numRuns: RUNS },
    );
  });

  it('customer updates: arbitrary bodies, keys, content types and ids never give a 5xx, and a refusal stores nothing', async () => {
    await h.post('/api/escalations', escalationRequest({ ticketId: 1001 }));
    const esc = await waitForComplete(h, 1001);
    const validUpdate = { text: 'We found the cause and are rolling back; next update within 30 minutes.', setStatus: 'pending' };
    const mutatedUpdate = fc
      .tuple(fc.constantFrom('text', 'setStatus', 'agent', 'extra'), jsonish)
      .map(([field, value]) => JSON.stringify({ ...validUpdate, [field]: value }));
    const body = fc.oneof({ arbitrary: fc.constant(JSON.stringify(validUpdate)), weight: 2 }, mutatedUpdate, jsonish.map((v) => JSON.stringify(v)), fc.string());
    const id = fc.oneof({ arbitrary: fc.constant(esc.id), weight: 4 }, fc.string().map(encodeURIComponent));
    await fc.assert(
      fc.asyncProperty(id, body, contentType, nasty, async (escId, text, type, key) => {
        const headers: Record<string, string> = { authorization: `Bearer ${tok}`, ...(type ? { 'content-type': type } : {}) };
        // Header values Node refuses to send (control characters) are no request at all.
        if (/^[\t\x20-\x7e]*$/.test(key) && key !== '') headers['idempotency-key'] = key;
        const status = await expectRefusedCleanly(h, `/api/escalations/${escId}/customer-updates`, { method: 'POST', body: text, headers });
        expect([202, 400, 404, 413, 415]).toContain(status);
      }),
      { numRuns: RUNS },
    );
    // The route behind the refusals still takes a good update.
    const good = await fetch(`${h.proxy.url}/api/escalations/${esc.id}/customer-updates`, { method: 'POST', body: JSON.stringify(validUpdate), headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' } });
    expect(good.status).toBe(202);
  });

  it('Slack routes: arbitrary bodies, correctly signed or not, never give a 5xx', async () => {
    const slackBody = fc.oneof(
      jsonish.map((v) => JSON.stringify(v)),
      fc.record({ type: fc.constantFrom('event_callback', 'url_verification'), event_id: nasty, challenge: nasty, event: fc.record({ type: fc.constant('message'), channel: nasty, user: nasty, text: nasty, ts: nasty }) }).map((v) => JSON.stringify(v)),
      fc.dictionary(fc.constantFrom('command', 'channel_id', 'user_id', 'trigger_id', 'payload'), nasty).map((d) => new URLSearchParams(d).toString()),
      jsonish.map((v) => `payload=${encodeURIComponent(JSON.stringify(v))}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/slack/events', '/slack/commands', '/slack/interactions'), slackBody, fc.boolean(), contentType, async (path, body, signed, type) => {
        const headers: Record<string, string> = signed
          ? { ...signSlackRequest(SLACK_SIGNING_SECRET, body, Date.now() / 1000) }
          : { 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=' + '0'.repeat(64) };
        if (type) headers['content-type'] = type;
        const status = await expectRefusedCleanly(h, path, { method: 'POST', body, headers });
        if (!signed) expect(status).toBe(401);
      }),
      { numRuns: RUNS },
    );
  });

  it('the Zendesk webhook: arbitrary bodies, correctly signed or not, never give a 5xx', async () => {
    const zendeskBody = fc.oneof(
      jsonish.map((v) => JSON.stringify(v)),
      fc.record({ ticket: fc.record({ id: fc.oneof(fc.integer(), nasty), status: nasty, updated_at: nasty }) }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(zendeskBody, fc.boolean(), nasty, async (body, signed, invocation) => {
        const ts = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'x-zendesk-webhook-signature-timestamp': ts,
          'x-zendesk-webhook-signature': signed ? signWebhook(ZENDESK_WEBHOOK_SECRET, ts, body) : 'AAAA',
        };
        if (/^[\x21-\x7e]{1,100}$/.test(invocation)) headers['x-zendesk-webhook-invocation-id'] = invocation;
        const status = await expectRefusedCleanly(h, '/zendesk/events', { method: 'POST', body, headers });
        if (!signed) expect(status).toBe(401);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.each(testDialects)('the Jira webhook under arbitrary input on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect, { jira: true });
  });
  afterAll(async () => h?.close());

  it('arbitrary bodies and delivery ids, correctly signed or not, never give a 5xx; unsigned is 401', async () => {
    const jiraBody = fc.oneof(
      jsonish.map((v) => JSON.stringify(v)),
      fc
        .record({
          webhookEvent: fc.oneof(fc.constant('jira:issue_updated'), nasty),
          timestamp: jsonish,
          issue: fc.oneof(jsonish, fc.record({ key: fc.oneof(fc.constant('ENG-1'), nasty), fields: fc.oneof(jsonish, fc.record({ status: fc.oneof(jsonish, fc.record({ name: nasty })) })) })),
          changelog: fc.oneof(jsonish, fc.record({ items: fc.array(fc.record({ field: jsonish, toString: jsonish })) })),
        })
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(jiraBody, fc.boolean(), nasty, async (body, signed, delivery) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', 'x-hub-signature': signed ? signJiraWebhook(JIRA_WEBHOOK_SECRET, body) : 'sha256=' + '0'.repeat(64) };
        if (/^[\x21-\x7e]{1,100}$/.test(delivery)) headers['x-atlassian-webhook-identifier'] = delivery;
        const status = await expectRefusedCleanly(h, '/jira/events', { method: 'POST', body, headers });
        if (!signed) expect(status).toBe(401);
      }),
      { numRuns: RUNS },
    );
  });
});
