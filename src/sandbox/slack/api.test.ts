import { ErrorCode, WebClient, type WebAPIHTTPError, type WebAPIRateLimitedError } from '@slack/web-api';
import { startSlackStandIn } from './server';
import { slackError, startHarness, type Harness } from './testing';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.standIn.close();
});

function otherClient(token?: string): WebClient {
  return new WebClient(token, { slackApiUrl: h.standIn.apiUrl, retryConfig: { retries: 0 }, logger: undefined });
}

async function caught(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('expected a failure');
}

describe('tokens', () => {
  it('reports the token’s scopes in x-oauth-scopes, as Slack does (the client reads them into response_metadata)', async () => {
    const answer = await otherClient(h.standIn.botToken).auth.test();
    expect(answer.response_metadata?.scopes).toEqual(expect.arrayContaining(['channels:manage', 'chat:write', 'usergroups:read', 'commands']));
    const narrow = await startSlackStandIn({ port: 0, botScopes: ['chat:write'] });
    try {
      const res = await fetch(`${narrow.apiUrl}auth.test`, { method: 'POST', headers: { authorization: `Bearer ${narrow.botToken}` } });
      expect(res.headers.get('x-oauth-scopes')).toBe('chat:write');
    } finally {
      await narrow.close();
    }
  });

  it('answers invalid_auth for a wrong token and not_authed for none, creating nothing', async () => {
    expect(await slackError(otherClient('xoxb-wrong').conversations.create({ name: 'x1' }))).toBe('invalid_auth');
    expect(await slackError(otherClient().conversations.create({ name: 'x2' }))).toBe('not_authed');
    expect(h.standIn.channels().filter((c) => c.name === 'x1' || c.name === 'x2')).toEqual([]);
  });

  it('accepts the token as a form parameter and never records it', async () => {
    const res = await fetch(`${h.standIn.apiUrl}conversations.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: h.standIn.botToken, name: 'form-made' }).toString(),
    });
    expect(await res.json()).toMatchObject({ ok: true, channel: { name: 'form-made' } });
    const call = h.standIn.calls().at(-1);
    expect(call?.args).toEqual({ name: 'form-made' });
    expect(JSON.stringify(h.standIn.calls())).not.toContain(h.standIn.botToken);
  });
});

describe('bodies', () => {
  const auth = () => ({ authorization: `Bearer ${h.standIn.botToken}` });

  it('takes JSON bodies with structured blocks', async () => {
    const blocks = [{ type: 'section', text: { type: 'plain_text', text: 'hi' } }];
    await h.client.conversations.join({ channel: 'C0TRIAGE01' });
    const res = await fetch(`${h.standIn.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ channel: 'C0TRIAGE01', text: 'hi', blocks }),
    });
    expect(await res.json()).toMatchObject({ ok: true, message: { blocks } });
  });

  it('takes GET query arguments for reads', async () => {
    const res = await fetch(`${h.standIn.apiUrl}conversations.info?channel=C0TRIAGE01`, { headers: auth() });
    expect(await res.json()).toMatchObject({ ok: true, channel: { id: 'C0TRIAGE01', name: 'eng-triage' } });
  });

  it.each([
    ['application/json', '{not json', 'invalid_json'],
    ['application/json', '[1,2]', 'json_not_object'],
    ['text/csv', 'a,b', 'invalid_post_type'],
  ])('%s body %p answers %s', async (type, body, code) => {
    const res = await fetch(`${h.standIn.apiUrl}conversations.create`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': type },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: false, error: code });
  });
});

describe('unknown methods', () => {
  it('answers HTTP 404 unknown_method and says so in the log', async () => {
    const err = await caught(h.client.apiCall('conversations.kick_everyone'));
    expect(err.code).toBe(ErrorCode.HTTPError);
    expect((err as WebAPIHTTPError).statusCode).toBe(404);
    expect(h.logs.join('\n')).toContain('unknown method called: conversations.kick_everyone');
    expect(h.standIn.calls().at(-1)?.outcome).toBe('unknown_method');
  });
});

describe('faults', () => {
  it('429 with Retry-After surfaces as a rate-limited error, then the next call goes through', async () => {
    await h.client.conversations.join({ channel: 'C0TRIAGE01' });
    h.standIn.inject({ kind: 'ratelimit', retryAfterSec: 7, method: 'chat.postMessage', times: 1 });
    const err = await caught(h.client.chat.postMessage({ channel: 'C0TRIAGE01', text: 'card' }));
    expect(err.code).toBe(ErrorCode.RateLimitedError);
    expect((err as WebAPIRateLimitedError).retryAfter).toBe(7);
    await h.client.chat.postMessage({ channel: 'C0TRIAGE01', text: 'card' });
    const posts = h.standIn.calls().filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.outcome)).toEqual(['ratelimited', 'ok']);
    expect(h.standIn.channels().find((c) => c.id === 'C0TRIAGE01')?.messages).toHaveLength(1);
  });

  it('a 500 surfaces as an HTTP error and changes nothing', async () => {
    h.standIn.inject({ kind: 'error500', method: 'conversations.create', times: 1 });
    const err = await caught(h.client.conversations.create({ name: 'boom' }));
    expect((err as WebAPIHTTPError).statusCode).toBe(500);
    expect(h.standIn.channels().some((c) => c.name === 'boom')).toBe(false);
  });

  it('a dropped connection surfaces as a request error', async () => {
    h.standIn.inject({ kind: 'drop', times: 1 });
    const err = await caught(h.client.auth.test());
    expect(err.code).toBe(ErrorCode.RequestError);
    expect(h.standIn.calls().at(-1)?.outcome).toBe('dropped');
    expect((await h.client.auth.test()).user_id).toBe(h.standIn.botUserId);
  });

  it('adds latency to the named method only', async () => {
    h.standIn.inject({ kind: 'latency', ms: 40, method: 'conversations.create' });
    await h.client.conversations.create({ name: 'slow' });
    await h.client.auth.test();
    const [create, auth] = h.standIn.calls();
    expect(create).toMatchObject({ method: 'conversations.create', delayMs: 40, outcome: 'ok' });
    expect(auth).toMatchObject({ method: 'auth.test', delayMs: 0 });
    expect(create?.respondedAt).toBeGreaterThanOrEqual(create?.at ?? Infinity);
  });

  it('applies the global latency option to every call', async () => {
    const h2 = await startHarness({ latencyMs: 15 });
    try {
      await h2.client.auth.test();
      expect(h2.standIn.calls()[0]?.delayMs).toBe(15);
    } finally {
      await h2.standIn.close();
    }
  });

  it('takes faults over HTTP and clears them with DELETE', async () => {
    const url = `${h.standIn.url}/_stand-in/faults`;
    const bad = await fetch(url, { method: 'POST', body: JSON.stringify({ kind: 'ratelimit' }) });
    expect(bad.status).toBe(400);
    const add = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'error500', method: 'auth.test' }),
    });
    expect(add.status).toBe(201);
    expect(((await caught(h.client.auth.test())) as WebAPIHTTPError).statusCode).toBe(500);
    expect(((await caught(h.client.auth.test())) as WebAPIHTTPError).statusCode).toBe(500);
    expect(await (await fetch(url)).json()).toEqual({ faults: [{ kind: 'error500', method: 'auth.test' }] });
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(200);
    expect((await h.client.auth.test()).ok).toBe(true);
  });
});
