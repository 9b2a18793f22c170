// The failures of issue 9, replayed against the stand-ins on SQLite and (with TEST_DATABASE_URL) on
// two Postgres instances: effects that happened but were answered with an error, operator retries,
// concurrent writers of the state, a thread reply, already_in_channel, and a body that lies.
import type { Escalation } from '../core/api';
import { testDialects } from './store/testStores';
import { escalationRequest, startHarness, token } from './testing/harness';
import type { Harness } from './testing/harness';
import { expectSingleEffects, waitForComplete } from './testing/expectations';
import { waitFor } from './testing/waitFor';

jest.setTimeout(60_000);

const byTicket = async (h: Harness, ticketId: number) => (await h.get(`/api/escalations/by-ticket/${ticketId}`)).body as unknown as Escalation;
const waitForState = (h: Harness, ticketId: number, state: Escalation['state']) =>
  waitFor(() => byTicket(h, ticketId), (e) => e.state === state, `ticket ${ticketId} ${state}`);

/** More sandbox tickets like 1001 (the sandbox has six). */
function seedTickets(h: Harness, ids: number[]): void {
  const base = h.zendesk.tickets.get(1001)!;
  for (const id of ids) h.zendesk.tickets.add({ ...base, id, subject: `Outage number ${id}`, comments: [] });
}

describe.each(testDialects)('exactly once under faults on %s', (dialect) => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('a note Zendesk wrote but answered with an error, then an operator retry, gives one note', async () => {
    h = await startHarness(dialect);
    // Four plain 500s, then written but answered 500: the step runs out of attempts (fast policy: 5).
    h.zendesk.faults.add({ status: 500, method: 'PUT', pathIncludes: '/tickets/1003', times: 4 });
    h.zendesk.faults.add({ status: 500, method: 'PUT', pathIncludes: '/tickets/1003', afterEffect: true });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1003 }));
    const failed = await waitForState(h, 1003, 'failed');
    expect(failed.steps.find((s) => s.name === 'zendesk_note')?.status).toBe('failed');
    const retried = await h.post(`/api/escalations/${failed.id}/retry`, {});
    expect(retried.status).toBe(200);
    const esc = await waitForComplete(h, 1003);
    expect(esc.state).toBe('active');
    expectSingleEffects(h, esc, 1003);
  });

  it('forty concurrent retries of a card Slack posted but answered 500 give one card', async () => {
    h = await startHarness(dialect);
    const second = dialect === 'postgres' ? await h.startInstance({ workerId: 'second' }) : h.proxy;
    // Four plain 500s, then posted but answered 500: the card step runs out of attempts.
    h.slack.inject({ kind: 'error500', method: 'chat.postMessage', times: 4 });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1004 }));
    await waitFor(async () => h.slack.calls().filter((c) => c.method === 'chat.postMessage').length, (n) => n >= 4, 'four failed posts');
    h.slack.inject({ kind: 'error500', method: 'chat.postMessage', afterEffect: true, times: 1 });
    const failed = await waitForState(h, 1004, 'failed');
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const base = i % 2 ? second.url : h.proxy.url;
        return fetch(`${base}/api/escalations/${failed.id}/retry`, { method: 'POST', headers: { authorization: `Bearer ${await token()}` } });
      }),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const esc = await waitForComplete(h, 1004);
    expectSingleEffects(h, esc, 1004);
  });

  it('a Slack call that outlasts the lease runs once: no second channel, no second card', async () => {
    h = await startHarness(dialect, { leaseMs: 600, respondWithinMs: 0 });
    if (dialect === 'postgres') await h.startInstance({ workerId: 'second', leaseMs: 600 });
    h.slack.inject({ kind: 'latency', ms: 1500, method: 'conversations.create' });
    h.slack.inject({ kind: 'latency', ms: 1500, method: 'chat.postMessage' });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1005 }));
    const esc = await waitForComplete(h, 1005);
    expectSingleEffects(h, esc, 1005);
    expect(h.slack.calls().filter((c) => c.method === 'conversations.create')).toHaveLength(1);
    expect(h.slack.calls().filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('escalations whose card fails for good all end failed, whoever writes last', async () => {
    h = await startHarness(dialect);
    if (dialect === 'postgres') await h.startInstance({ workerId: 'second' });
    const ids = Array.from({ length: 12 }, (_, i) => 3000 + i);
    seedTickets(h, ids);
    h.slack.inject({ kind: 'error', error: 'channel_not_found', method: 'chat.postMessage' });
    await Promise.all(ids.map((ticketId) => h.post('/api/escalations', escalationRequest({ ticketId }))));
    for (const id of ids) {
      const esc = await waitForState(h, id, 'failed');
      expect(esc.steps.find((s) => s.name === 'post_card')?.status).toBe('failed');
    }
    const listed = await h.get('/api/escalations?state=failed');
    expect((listed.body.escalations as Escalation[]).length).toBe(ids.length);
  });

  it('thread mode: an announcement Slack posted but answered 500 is found among the replies', async () => {
    h = await startHarness(dialect);
    await h.post('/api/escalations', escalationRequest({ ticketId: 1006, issueType: 'problem' }));
    const esc = await waitForComplete(h, 1006);
    h.slack.inject({ kind: 'error500', method: 'chat.postMessage', afterEffect: true, times: 1 });
    expect((await h.post(`/api/escalations/${esc.id}/tickets`, { ticket: { id: 1005, subject: 'x', url: 'https://example.com/x' } })).status).toBe(201);
    await waitForComplete(h, 1005);
    const replies = h.slack.channels().find((c) => c.id === esc.slack.channelId)!.messages.filter((m) => m.text.includes('#1005 joined'));
    expect(replies).toHaveLength(1);
    expect(h.slack.calls().some((c) => c.method === 'conversations.replies')).toBe(true);
  });

  it('an invite Slack answers with a top-level already_in_channel is done', async () => {
    h = await startHarness(dialect);
    h.slack.inject({ kind: 'error', error: 'already_in_channel', method: 'conversations.invite', times: 1 });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1002 }));
    const esc = await waitForComplete(h, 1002);
    expect(esc.state).toBe('active');
  });

  it('uses only what Zendesk vouches for: its subject and link, and the agent only if Zendesk says agent', async () => {
    h = await startHarness(dialect);
    const lying = escalationRequest({ ticketId: 1001, subject: 'Click here' });
    lying.ticket.url = 'https://phish.example.net/login';
    lying.ticket.organization = 'Fake Org';
    // The requester's address: an end-user of the account, not an agent.
    lying.agent = { name: 'Mallory', email: 'malvarez@lincolnhs.example.org' };
    await h.post('/api/escalations', lying);
    const esc = await waitForComplete(h, 1001);
    const ch = h.slack.channels().find((c) => c.id === esc.slack.channelId)!;
    const everything = JSON.stringify({ messages: ch.messages, bookmarks: ch.bookmarks });
    expect(everything).not.toContain('phish.example.net');
    expect(everything).not.toContain('Fake Org');
    expect(everything).toContain('Lincoln High School');
    expect(ch.bookmarks.map((b) => b.link)).toEqual([`${h.zendesk.apiUrl}/agent/tickets/1001`]);
    expect(esc.subject).toBe('Gradebook will not load for anyone at Lincoln High');
    expect(h.slack.calls().filter((c) => c.method === 'users.lookupByEmail').map((c) => c.args.email)).not.toContain('malvarez@lincolnhs.example.org');
    expect(ch.messages[0]!.text + JSON.stringify(ch.messages[0]!.blocks)).toContain('not an agent of this Zendesk account');
  });

  it('a ticket Zendesk does not have is not escalated: the escalation fails in words', async () => {
    h = await startHarness(dialect);
    await h.post('/api/escalations', escalationRequest({ ticketId: 424242 }));
    const esc = await waitForState(h, 424242, 'failed');
    expect(esc.steps.find((s) => s.name === 'read_ticket')?.lastError).toMatch(/404/);
    expect(h.slack.calls().filter((c) => c.method === 'conversations.create')).toHaveLength(0);
  });
});
