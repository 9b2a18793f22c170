// Graceful shutdown: stop taking steps at once, let the running one finish, do not wait for idle
// keep-alive sockets, and leave the rest to the next instance, which completes it exactly once.
import { Agent, request } from 'node:http';
import { testDialects } from './store/testStores';
import { escalationRequest, startHarness, token } from './testing/harness';
import type { Harness } from './testing/harness';
import { expectSingleEffects, waitForComplete } from './testing/expectations';
import { waitFor } from './testing/waitFor';

jest.setTimeout(30_000);

function keepAliveGet(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(testDialects)('shutdown on %s', (dialect) => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('closes at once with an idle keep-alive client connected', async () => {
    h = await startHarness(dialect);
    const agent = new Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    expect(await keepAliveGet(`${h.proxy.url}/healthz`, agent)).toBe(200);
    const t0 = Date.now();
    await h.proxy.close();
    expect(Date.now() - t0).toBeLessThan(1500);
    agent.destroy();
  });

  it('exits by its deadline even when a step hangs', async () => {
    h = await startHarness(dialect, { drainMs: 1000, respondWithinMs: 0, afterEffect: (step) => (step === 'create_channel' ? new Promise<void>(() => {}) : Promise.resolve()) });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1003 }));
    await waitFor(() => h.slack.calls().filter((c) => c.method === 'conversations.create').length, (n) => n === 1, 'create done, its step hung');
    const t0 = Date.now();
    await h.proxy.close();
    expect(Date.now() - t0).toBeLessThan(2500);
  });

  it('stops claiming at once, lets the running step finish, and another instance does the rest once', async () => {
    h = await startHarness(dialect, { respondWithinMs: 0 });
    h.slack.inject({ kind: 'latency', ms: 700, method: 'conversations.create' });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1002 }));
    // conversations.create is under way (the stand-in answers after 700 ms): shut down now.
    const createStarted = async () => (await h.proxy.store.db.selectFrom('steps').select('attempts').where('name', '=', 'create_channel').executeTakeFirst())?.attempts ?? 0;
    await waitFor(createStarted, (n) => n === 1, 'create started');
    const t0 = Date.now();
    await h.proxy.close();
    expect(Date.now() - t0).toBeLessThan(2000);
    // The running step finished; nothing that waited for it ran on this instance.
    const methods = h.slack.calls().map((c) => c.method);
    expect(methods).toContain('conversations.create');
    expect(methods).not.toContain('chat.postMessage');
    expect(methods).not.toContain('bookmarks.add');
    const next = await h.startInstance({ workerId: 'next' });
    const esc = await waitForComplete({ ...h, get: (path: string) => getFrom(next.url, path) }, 1002);
    expectSingleEffects(h, esc, 1002);
  });
});

async function getFrom(base: string, path: string) {
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${await token()}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
