// Zendesk -> proxy: the sandbox's signed ticket-status webhook closes the loop. The channel is archived
// only when every linked ticket is solved AND the summary exists, in either order.
import type { Escalation } from '../core/api';
import type { Harness } from './testing/harness';
import { escalatedHarness, byTicket, channelMessages, jobsSettled, zendeskSend } from './testing/inbound';
import { waitFor } from './testing/waitFor';
import { testDialects } from './store/testStores';

jest.setTimeout(30_000);

const TEMPLATE = 'Summary: outage\nRoot cause: index\nImmediate fix: rollback\nPotential enhancements: canary\nCustomer type: managed\nProduct: Gradebook\nSource: regression';

describe.each(testDialects)('resolution on %s', (dialect) => {
  let h: Harness;
  let esc: Escalation;
  let channel: string;
  beforeEach(async () => {
    ({ h, esc, channel } = await escalatedHarness(dialect));
  });
  afterEach(() => h.close());

  const setStatus = async (ticketId: number, status: 'solved' | 'open' | 'closed') => {
    h.zendesk.tickets.update(ticketId, { status });
    await h.zendesk.webhooksSettled();
    expect(h.zendesk.webhookDeliveries.at(-1)?.status).toBe(200);
  };
  const summaryIn = async () => {
    await h.slack.postAsUser(channel, 'U0ENG00001', TEMPLATE);
    await waitFor(() => byTicket(h, 1001), (e) => e.summary !== null, 'summary stored');
  };
  const archived = () => h.slack.channels().find((c) => c.id === channel)!.isArchived;
  const storedStatus = async (ticketId: number) =>
    (await h.proxy.store.db.selectFrom('escalation_tickets').select('status').where('ticket_id', '=', ticketId).executeTakeFirstOrThrow()).status;

  it('refuses bad signatures (401) and malformed bodies (400), storing nothing', async () => {
    const body = JSON.stringify({ ticket: { id: 1001, status: 'solved' } });
    expect((await zendeskSend(h, body, { secret: 'wrong' })).status).toBe(401);
    expect((await zendeskSend(h, body, { at: new Date(Date.now() - 6 * 60_000) })).status).toBe(401);
    expect((await zendeskSend(h, body, { at: new Date(Date.now() + 6 * 60_000) })).status).toBe(401);
    expect((await zendeskSend(h, body, { headers: { 'x-zendesk-webhook-signature': '' } })).status).toBe(401);
    expect((await zendeskSend(h, '{"ticket":')).status).toBe(400);
    expect((await zendeskSend(h, JSON.stringify({ ticket: { status: 'solved' } }))).status).toBe(400);
    expect((await zendeskSend(h, JSON.stringify({ ticket: { id: 'abc', status: 'solved' } }))).status).toBe(400);
    expect(await storedStatus(1001)).toBeNull();
    expect((await byTicket(h, 1001)).state).toBe('active');
    // A ticket that was never escalated is acknowledged and ignored.
    expect((await zendeskSend(h, JSON.stringify({ ticket: { id: '99999', status: 'solved' } }))).json()).toEqual({ ok: true, outcome: 'not_escalated' });
  });

  it('summary first, then solved: a closing message and the channel archived', async () => {
    await summaryIn();
    await setStatus(1001, 'solved');
    const done = await waitFor(() => byTicket(h, 1001), (e) => e.state === 'archived', 'archived');
    expect(done.summary).not.toBeNull();
    expect(archived()).toBe(true);
    expect(channelMessages(h, channel).filter((m) => m.text.includes('Archiving this channel'))).toHaveLength(1);
  });

  it('solved first: asks for the summary once, archives when it arrives', async () => {
    await setStatus(1001, 'solved');
    await waitFor(() => channelMessages(h, channel), (ms) => ms.some((m) => m.text.includes('Please post the Engineering Outage summary')), 'ask');
    expect((await byTicket(h, 1001)).state).toBe('resolved');
    expect(archived()).toBe(false);
    await setStatus(1001, 'closed'); // a second solved-like status does not ask again
    await summaryIn();
    await waitFor(() => byTicket(h, 1001), (e) => e.state === 'archived', 'archived');
    expect(archived()).toBe(true);
    expect(channelMessages(h, channel).filter((m) => m.text.includes('Please post the Engineering Outage summary'))).toHaveLength(1);
  });

  it('not while a linked ticket is still open', async () => {
    expect((await h.post(`/api/escalations/${esc.id}/tickets`, { ticket: { id: 1002, subject: 'Same', url: 'https://sandbox.zendesk.com/agent/tickets/1002' } })).status).toBe(201);
    await summaryIn();
    await setStatus(1001, 'solved');
    await jobsSettled(h);
    expect(await storedStatus(1001)).toBe('solved');
    expect((await byTicket(h, 1001)).state).toBe('active');
    expect(archived()).toBe(false);
    await setStatus(1002, 'solved');
    await waitFor(() => byTicket(h, 1001), (e) => e.state === 'archived', 'archived');
    expect(archived()).toBe(true);
  });

  it('a solved ticket reopened before archiving keeps the channel open', async () => {
    await setStatus(1001, 'solved');
    await waitFor(() => byTicket(h, 1001), (e) => e.state === 'resolved', 'resolved');
    await setStatus(1001, 'open');
    expect((await byTicket(h, 1001)).state).toBe('active');
    await summaryIn();
    await jobsSettled(h);
    // The summary alone does not close it: the ticket is open again.
    expect((await byTicket(h, 1001)).state).toBe('active');
    expect(archived()).toBe(false);
  });
});
