// The store survives its database: Postgres unreachable in the middle of an escalation. The instance
// stays up, /readyz answers 503 and requests get 503, jobs wait; once the database is back the
// escalation completes, exactly once. Skipped without TEST_DATABASE_URL.
import { escalationRequest, startHarness } from './testing/harness';
import type { Harness } from './testing/harness';
import { expectSingleEffects, waitForComplete } from './testing/expectations';
import { startTcpRelay } from './testing/tcpProxy';
import type { TcpRelay } from './testing/tcpProxy';
import { waitFor } from './testing/waitFor';

const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;
jest.setTimeout(60_000);

onPostgres('a database outage on Postgres', () => {
  let h: Harness | undefined;
  let relay: TcpRelay | undefined;
  afterEach(async () => {
    relay?.restore();
    await h?.close();
    await relay?.close();
  });

  it('keeps the instance up, answers 503 while away, and completes the escalation once it is back', async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    relay = await startTcpRelay(target.hostname, Number(target.port || 5432));
    const via = (url: string) => {
      const u = new URL(url);
      u.host = `127.0.0.1:${relay!.port}`;
      return u.toString();
    };
    h = await startHarness('postgres', { databaseUrlVia: via, leaseMs: 1500, respondWithinMs: 0 });
    h.slack.inject({ kind: 'latency', ms: 500, method: 'conversations.create' });
    expect((await h.post('/api/escalations', escalationRequest({ ticketId: 1003 }))).status).toBe(201);
    const createStarted = async () => (await h!.proxy.store.db.selectFrom('steps').select('attempts').where('name', '=', 'create_channel').executeTakeFirst())?.attempts ?? 0;
    await waitFor(createStarted, (n) => n === 1, 'conversations.create under way');
    // Away while Slack creates the channel: its result cannot be stored.
    relay.cut();
    expect((await fetch(`${h.proxy.url}/readyz`)).status).toBe(503);
    const during = await h.get('/api/escalations/by-ticket/1003');
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ error: 'store_unavailable' });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await fetch(`${h.proxy.url}/healthz`)).status).toBe(200);

    relay.restore();
    await waitFor(async () => (await fetch(`${h!.proxy.url}/readyz`)).status, (s) => s === 200, 'ready again');
    const esc = await waitForComplete(h, 1003);
    expect(esc.state).toBe('active');
    expectSingleEffects(h, esc, 1003);
  });
});
