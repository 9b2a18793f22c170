// The real proxy over HTTP against the Slack and Zendesk stand-ins (issue 3 "Done means"), on SQLite
// and, with TEST_DATABASE_URL, on Postgres.
import type { Escalation } from '../core/api';
import { testDialects } from './store/testStores';
import { escalationRequest, startHarness, token } from './testing/harness';
import type { Harness } from './testing/harness';
import { expectSingleEffects, waitForComplete } from './testing/expectations';
import { waitFor } from './testing/waitFor';

jest.setTimeout(30_000);

describe.each(testDialects)('escalation workflow on %s', (dialect) => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('one escalation makes one channel with the right name, members, card, bookmark and note', async () => {
    h = await startHarness(dialect);
    const res = await h.post('/api/escalations', escalationRequest({ product: 'Gradebook' }));
    expect(res.status).toBe(201);
    const first = res.body as unknown as Escalation;
    expect(first.state).toBe('active');
    // Named from the subject Zendesk has, not the one in the request.
    expect(first.slack.channelName).toBe('outage-1001-gradebook-will-not-load-for-anyone-at');
    expect(first.slack.url).toMatch(new RegExp(`/archives/${first.slack.channelId}$`));

    const esc = await waitForComplete(h, 1001);
    expectSingleEffects(h, esc, 1001);
    const ch = h.slack.channels().find((c) => c.id === esc.slack.channelId)!;
    // On-call + incident responders group + product owner + the agent by email.
    expect([...ch.members].sort()).toEqual(['U0ENG00001', 'U0ENG00002', 'U0GRADEBK', 'U0ONCALL1', 'U0SANDBOT1', 'U0SUP00001'].sort());
    const card = ch.messages[0]!;
    expect(card.text).toContain('Outage: Gradebook will not load for anyone at Lincoln High (Zendesk ticket #1001)');
    // The link is built from the proxy's own Zendesk URL.
    expect(card.text).toContain(`${h.zendesk.apiUrl}/agent/tickets/1001`);
    expect(card.text).toContain('missing: Visuals');
    expect(JSON.stringify(card.blocks)).not.toContain('4481923');
    const ticket = h.zendesk.tickets.get(1001)!;
    expect(ticket.tags).toEqual(expect.arrayContaining(['escalated', 'escalation_outage']));
    expect(ticket.comments.at(-1)!.plainBody).toContain(`#${esc.slack.channelName}`);

    // Asking again returns the same escalation, 200, and touches nothing.
    const again = await h.post('/api/escalations', escalationRequest());
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(esc.id);
    expectSingleEffects(h, esc, 1001);
  });

  it('50 concurrent POSTs for one ticket give one channel and one escalation id', async () => {
    h = await startHarness(dialect);
    const results = await Promise.all(Array.from({ length: 50 }, () => h.post('/api/escalations', escalationRequest({ ticketId: 1002 }))));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(49);
    const esc = await waitForComplete(h, 1002);
    expectSingleEffects(h, esc, 1002);
    expect(h.slack.calls().filter((c) => c.method === 'conversations.create')).toHaveLength(1);
  });

  it('a 429 with Retry-After and a 500 from Slack end in one complete escalation', async () => {
    h = await startHarness(dialect);
    h.slack.inject({ kind: 'ratelimit', retryAfterSec: 1, method: 'conversations.create', times: 1 });
    h.slack.inject({ kind: 'error500', method: 'chat.postMessage', times: 2 });
    const res = await h.post('/api/escalations', escalationRequest({ ticketId: 1003 }));
    expect(res.status).toBe(201);
    const esc = await waitForComplete(h, 1003);
    expectSingleEffects(h, esc, 1003);
    const creates = h.slack.calls().filter((c) => c.method === 'conversations.create');
    expect(creates.map((c) => c.outcome)).toEqual(['ratelimited', 'ok']);
    // The retry waited for Retry-After, not for the fast policy's few milliseconds.
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(h.slack.calls().filter((c) => c.method === 'chat.postMessage').map((c) => c.outcome)).toEqual(['http_500', 'http_500', 'ok']);
    expect(esc.steps.find((s) => s.name === 'post_card')?.attempts).toBe(3);
  });

  it('a process killed between "channel created" and "channel id stored" resumes without a second channel or card', async () => {
    let crash = true;
    h = await startHarness(dialect, {
      respondWithinMs: 200,
      leaseMs: 1000,
      renewEveryMs: 60_000,
      // The first instance freezes right after Slack created the channel, before storing its id.
      afterEffect: async (step) => {
        if (step === 'create_channel' && crash) await new Promise(() => {});
      },
    });
    const first = await h.post('/api/escalations', escalationRequest({ ticketId: 1004 }));
    expect(first.body.state).toBe('pending');
    await waitFor(() => h.slack.calls().filter((c) => c.method === 'conversations.create').length, (n) => n === 1, 'channel created');
    await h.proxy.worker.stop(0);
    crash = false;
    // A new instance on the same store takes the job once its lease runs out, and recognises the channel.
    await h.startInstance({ workerId: 'restarted' });
    const esc = await waitForComplete(h, 1004);
    expectSingleEffects(h, esc, 1004);
    // The retried attempt looked for the stored name first and found its channel: no second create.
    expect(h.slack.calls().filter((c) => c.method === 'conversations.create').map((c) => c.outcome)).toEqual(['ok']);
    expect(esc.slack.channelName).toBe('outage-1004-roster-sync-missing-new-students');
  });

  (dialect === 'postgres' ? it : it.skip)('two instances on one Postgres: concurrent POSTs to both give one channel and one card', async () => {
    h = await startHarness(dialect);
    const second = await h.startInstance({ workerId: 'second' });
    const tok = await token();
    const post = async (url: string) => {
      const r = await fetch(url + '/api/escalations', {
        method: 'POST',
        headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
        body: JSON.stringify(escalationRequest({ ticketId: 1005 })),
      });
      return { status: r.status, body: (await r.json()) as Escalation };
    };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => post(i % 2 ? second.url : h.proxy.url)));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const esc = await waitForComplete(h, 1005);
    expectSingleEffects(h, esc, 1005);
  });

  it('takes the next free name when the name belongs to someone else', async () => {
    h = await startHarness(dialect);
    // A channel with our name made earlier by someone else (the name is all that matters to Slack).
    await fetch(h.slack.apiUrl + 'conversations.create', {
      method: 'POST',
      headers: { authorization: `Bearer ${h.slack.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'outage-1005-video-player-stuck-on-loading-in' }),
    });
    const res = await h.post('/api/escalations', escalationRequest({ ticketId: 1005 }));
    expect(res.status).toBe(201);
    expect((res.body as unknown as Escalation).slack.channelName).toBe('outage-1005-video-player-stuck-on-loading-in-2');
  });

  it('a failed step marks the escalation failed with the error in words, and retry resumes from it', async () => {
    h = await startHarness(dialect);
    h.zendesk.faults.add({ status: 500, method: 'PUT', pathIncludes: '/tickets/1006', times: 5 });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1006 }));
    const failed = await waitFor(() => h.get('/api/escalations/by-ticket/1006'), (r) => r.body.state === 'failed', 'failed');
    const note = (failed.body as unknown as Escalation).steps.find((s) => s.name === 'zendesk_note')!;
    expect(note).toMatchObject({ status: 'failed', attempts: 5 });
    expect(note.lastError).toMatch(/Zendesk ticket update failed: HTTP 500/);
    const cardsBefore = h.slack.calls().filter((c) => c.method === 'chat.postMessage').length;

    const retried = await h.post(`/api/escalations/${failed.body.id}/retry`, {});
    expect(retried.status).toBe(200);
    const esc = await waitForComplete(h, 1006);
    expect(esc.state).toBe('active');
    expectSingleEffects(h, esc, 1006);
    expect(h.slack.calls().filter((c) => c.method === 'chat.postMessage').length).toBe(cardsBefore);
  });
});
