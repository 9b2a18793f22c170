// Who may call, what is refused, and the routes besides create: over HTTP against the stand-ins.
import { SignJWT, UnsecuredJWT } from 'jose';
import type { Escalation } from '../core/api';
import { testDialects } from './store/testStores';
import { escalationRequest, SECRET, startHarness, token } from './testing/harness';
import type { Harness } from './testing/harness';
import { waitForComplete } from './testing/expectations';
import { waitFor } from './testing/waitFor';

jest.setTimeout(30_000);

describe.each(testDialects)('proxy API on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(async () => h.close());

  const storedCount = async () => (await h.proxy.store.db.selectFrom('escalations').select('id').execute()).length;

  it('refuses a bad JWT with 401 JSON and stores nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    const key = new TextEncoder().encode(SECRET);
    const bad: Array<[string, string | null]> = [
      ['missing', null],
      ['wrong secret', await token({ secret: 'not-the-shared-secret-at-all-0000' })],
      ['alg none', new UnsecuredJWT({}).setExpirationTime(now + 60).encode()],
      ['expired', await token({ expInS: -600 })],
      ['no exp', await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(key)],
      ['an hour ahead', await token({ expInS: 3600 })],
      ['HS512', await new SignJWT({}).setProtectedHeader({ alg: 'HS512' }).setExpirationTime(now + 60).sign(new TextEncoder().encode(SECRET.repeat(2)))],
    ];
    const before = await storedCount();
    for (const [what, tok] of bad) {
      const r = await h.post('/api/escalations', escalationRequest({ ticketId: 1003 }), tok);
      expect({ what, status: r.status, error: r.body.error }).toEqual({ what, status: 401, error: 'unauthorized' });
      expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
    }
    expect((await h.get('/api/escalations?state=active', null)).status).toBe(401);
    expect(await storedCount()).toBe(before);
    expect(h.slack.calls().filter((c) => c.method === 'conversations.create')).toHaveLength(0);
  });

  it('answers a malformed body with 400 naming the field, and stores nothing', async () => {
    const before = await storedCount();
    const cases: Array<[unknown, string]> = [
      [{ ...escalationRequest(), ticket: { ...escalationRequest().ticket, id: 'abc' } }, 'ticket.id'],
      [{ ...escalationRequest(), issueType: 'incident' }, 'issueType'],
      [{ ...escalationRequest(), agent: { name: 'A', email: 'no-at-sign' } }, 'agent.email'],
      [{ ...escalationRequest(), checklist: undefined }, 'checklist'],
    ];
    for (const [body, field] of cases) {
      const r = await h.post('/api/escalations', body);
      expect({ status: r.status, field: r.body.field }).toEqual({ status: 400, field });
      expect(String(r.body.message)).toContain(field);
    }
    const notJson = await h.post('/api/escalations', '{"ticket": ');
    expect(notJson.status).toBe(400);
    expect(await storedCount()).toBe(before);
  });

  it('refuses a body over the size limit', async () => {
    const r = await h.post('/api/escalations', { ...escalationRequest(), pad: 'x'.repeat(70_000) });
    expect(r).toEqual({ status: 413, body: expect.objectContaining({ error: 'body_too_large' }) });
  });

  it('answers 422 for an issue type that is not escalated', async () => {
    const r = await h.post('/api/escalations', escalationRequest({ ticketId: 1005, issueType: 'question' }));
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ error: 'not_escalated', field: 'issueType' });
  });

  it('posts a subject of "<!channel> down" escaped', async () => {
    // The subject that counts is Zendesk's; the request's copy is only a hint.
    h.zendesk.tickets.update(1001, { subject: '<!channel> down' });
    const r = await h.post('/api/escalations', escalationRequest({ ticketId: 1001, subject: 'something harmless' }));
    expect(r.status).toBe(201);
    const esc = await waitForComplete(h, 1001);
    expect(esc.slack.channelName).toBe('outage-1001-channel-down');
    const card = h.slack.channels().find((c) => c.id === esc.slack.channelId)!.messages[0]!;
    expect(card.text).toContain('&lt;!channel&gt; down');
    expect(JSON.stringify(card)).not.toContain('<!channel>');
  });

  it('serves by-ticket (404 when none) and the active list', async () => {
    expect((await h.get('/api/escalations/by-ticket/999999')).status).toBe(404);
    expect((await h.get('/api/escalations/by-ticket/abc')).status).toBe(400);
    const active = await h.get('/api/escalations?state=active');
    expect(active.status).toBe(200);
    const list = (active.body.escalations as Escalation[]).map((e) => e.ticketIds);
    expect(list).toContainEqual([1001]);
    expect((await h.get('/api/escalations?state=bogus')).body.field).toBe('state');
  });

  it('links another ticket: it gets the note, the channel gets one message; linking twice changes nothing', async () => {
    const esc = (await h.get('/api/escalations/by-ticket/1001')).body as unknown as Escalation;
    h.zendesk.tickets.update(1002, { subject: 'Also <b>down</b> here' });
    const body = { ticket: { id: 1002, subject: 'a hint only', url: 'https://sandbox.zendesk.com/agent/tickets/1002' }, agent: { name: 'Sam', email: 'sam@example.com' } };
    const r = await h.post(`/api/escalations/${esc.id}/tickets`, body);
    expect(r.status).toBe(201);
    expect((await h.post(`/api/escalations/${esc.id}/tickets`, body)).status).toBe(200);
    await waitFor(() => h.get('/api/escalations/by-ticket/1002'), (x) => (x.body as unknown as Escalation).steps?.every((s) => s.status === 'done'), 'link done');
    const msgs = h.slack.channels().find((c) => c.id === esc.slack.channelId)!.messages.filter((m) => m.text.includes('#1002 joined'));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.text).toContain('Also &lt;b&gt;down&lt;/b&gt; here (linked by Sam)');
    expect(h.zendesk.tickets.get(1002)!.comments.at(-1)!.plainBody).toContain('linked to an ongoing escalation');
    // A ticket of another escalation cannot be taken over.
    const other = await h.post('/api/escalations', escalationRequest({ ticketId: 1004 }));
    const steal = await h.post(`/api/escalations/${other.body.id}/tickets`, body);
    expect(steal).toMatchObject({ status: 409, body: { error: 'ticket_already_escalated' } });
    expect((await h.post('/api/escalations/nope/tickets', body)).status).toBe(404);
  });

  it('thread mode posts one thread in the triage channel and notes the ticket with its link', async () => {
    const r = await h.post('/api/escalations', escalationRequest({ ticketId: 1006, issueType: 'problem' }));
    expect(r.status).toBe(201);
    const esc = await waitForComplete(h, 1006);
    expect(esc).toMatchObject({ mode: 'thread', state: 'active', slack: { channelName: 'eng-triage', channelId: 'C0TRIAGE01' } });
    const triage = h.slack.channels().find((c) => c.name === 'eng-triage')!;
    expect(triage.messages.filter((m) => m.ts === esc.slack.threadTs)).toHaveLength(1);
    expect(h.zendesk.tickets.get(1006)!.comments.at(-1)!.plainBody).toContain(`/archives/C0TRIAGE01/p${esc.slack.threadTs!.replace('.', '')}`);
  });

  it('health and readiness', async () => {
    expect((await fetch(h.proxy.url + '/healthz')).status).toBe(200);
    expect((await fetch(h.proxy.url + '/readyz')).status).toBe(200);
    const nf = await fetch(h.proxy.url + '/nope');
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('per-client rate limit', () => {
  it('answers 429 with Retry-After past the limit', async () => {
    const h = await startHarness('sqlite', { rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await fetch(h.proxy.url + '/api/escalations/by-ticket/1', { headers: { authorization: `Bearer ${await token()}` } });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await last!.json()).toMatchObject({ error: 'rate_limited' });
    } finally {
      await h.close();
    }
  });
});
