import type { CreateEscalationRequest } from '../../core/api';
import { evaluateChecklist } from '../../core/checklist';
import { escalationFixture, FakeProxy, PROXY_URL } from '../features/escalation/test/fakeProxy';
import { FakeZafClient } from '../test/fakeClient';
import { createProxyClient, ProxyError } from './proxyClient';
import type { ZafRequestOptions } from './types';

const TICKET = { id: 4242, subject: 'Gradebook will not load', url: 'https://acme.zendesk.com/agent/tickets/4242' };

function body(issueType: CreateEscalationRequest['issueType'] = 'outage'): CreateEscalationRequest {
  const checklist = evaluateChecklist(
    { id: 4242, subject: TICKET.subject, description: 'It spins.', status: 'open', tags: [], customFields: {}, comments: [] },
    issueType,
  );
  return { ticket: TICKET, issueType, checklist, agent: { name: 'Agent Smith', email: 'agent@example.com' } };
}

function setup(timeoutMs?: number) {
  const proxy = new FakeProxy();
  const client = new FakeZafClient({ request: proxy.handle });
  return { proxy, client, api: createProxyClient(client, `${PROXY_URL}/`, timeoutMs) };
}

async function caught(promise: Promise<unknown>): Promise<ProxyError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ProxyError) return e;
    throw e;
  }
  throw new Error('expected a ProxyError');
}

describe('proxyClient', () => {
  it('signs every request through the host: secure setting, JWT, bearer placeholder, JSON body', async () => {
    const { client, api } = setup();
    await api.createEscalation(body());
    const [options] = client.calls.filter((c) => c.kind === 'request').map((c) => c.args[0] as ZafRequestOptions);
    expect(options).toMatchObject({
      url: `${PROXY_URL}/api/escalations`,
      type: 'POST',
      contentType: 'application/json',
      secure: true,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}', expiry: 300 },
      httpCompleteResponse: true,
    });
    expect(JSON.parse(options?.data ?? '')).toMatchObject({ ticket: { id: 4242 }, issueType: 'outage' });
  });

  it('creates, finds by ticket, lists, links and retries', async () => {
    const { proxy, api } = setup();
    const created = await api.createEscalation(body());
    expect(created.slack.channelName).toBe('outage-4242-gradebook');
    expect(await api.getEscalationByTicket(4242)).toEqual(created);
    expect((await api.listActiveEscalations()).map((e) => e.id)).toEqual([created.id]);
    const linked = await api.linkTicket(created.id, { ticket: { ...TICKET, id: 5151, url: 'https://acme.zendesk.com/agent/tickets/5151' } });
    expect(linked.ticketIds).toEqual([4242, 5151]);
    proxy.update(created.id, { state: 'failed' });
    expect((await api.retryEscalation(created.id)).state).toBe('active');
  });

  it('answers null for a ticket without an escalation (404)', async () => {
    const { api } = setup();
    expect(await api.getEscalationByTicket(1)).toBeNull();
  });

  it('says the shared secret does not match on 401', async () => {
    const { proxy, api } = setup();
    proxy.secretMatches = false;
    const error = await caught(api.getEscalationByTicket(4242));
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(error.message).toContain('shared secret');
  });

  it('turns 422 into not_escalated with the proxy words', async () => {
    const { api } = setup();
    const error = await caught(api.createEscalation(body('question')));
    expect(error).toMatchObject({ status: 422, code: 'not_escalated', message: 'question tickets are not escalated' });
  });

  it.each([
    [500, 'server'],
    [503, 'server'],
    [504, 'timeout'],
    [429, 'rate_limited'],
    [403, 'forbidden'],
    [400, 'invalid'],
  ] as const)('maps HTTP %i to %s', async (status, code) => {
    const { proxy, api } = setup();
    proxy.failNext('by-ticket', { status });
    expect(await caught(api.getEscalationByTicket(4242))).toMatchObject({ status, code });
  });

  it("reads the host proxy's own 502/504 as the proxy being unreachable or slow", async () => {
    const answers = [
      { status: 502, responseText: JSON.stringify({ error: 'UpstreamUnreachable', description: 'proxy.example.test could not be reached' }) },
      { status: 504, responseText: JSON.stringify({ error: 'UpstreamTimeout', description: 'proxy.example.test did not answer in time' }) },
    ];
    const client = new FakeZafClient({ request: async () => Promise.reject(answers.shift()) });
    const api = createProxyClient(client, PROXY_URL);
    expect(await caught(api.listActiveEscalations())).toMatchObject({ status: 502, code: 'network', message: 'proxy.example.test could not be reached' });
    expect(await caught(api.listActiveEscalations())).toMatchObject({ status: 504, code: 'timeout' });
  });

  it('calls a dropped connection a network error', async () => {
    const { proxy, api } = setup();
    proxy.failNext('POST /api/escalations', 'network');
    expect(await caught(api.createEscalation(body()))).toMatchObject({ status: 0, code: 'network' });
  });

  it('gives up on a request the host never answers', async () => {
    jest.useFakeTimers();
    try {
      const client = new FakeZafClient({ request: () => new Promise(() => undefined) });
      const pending = caught(createProxyClient(client, PROXY_URL, 1000).listActiveEscalations());
      jest.advanceTimersByTime(1000);
      expect(await pending).toMatchObject({ code: 'timeout' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses an answer that does not follow the contract', async () => {
    const client = new FakeZafClient({
      request: async () => ({ status: 200, responseText: JSON.stringify({ id: 'x' }) }),
    });
    const error = await caught(createProxyClient(client, PROXY_URL).getEscalationByTicket(4242));
    expect(error.code).toBe('bad_response');
  });

  it('reads a JSON body that only came as text', async () => {
    const stored = escalationFixture();
    const client = new FakeZafClient({ request: async () => ({ status: 200, responseText: JSON.stringify(stored) }) });
    expect(await createProxyClient(client, PROXY_URL).getEscalationByTicket(4242)).toEqual(stored);
  });
});
