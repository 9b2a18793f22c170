// The proxy pushes escalation_updated to the app through Zendesk's Apps API notify endpoint (the
// Zendesk stand-in here, which checks the Basic token auth and the app id as Zendesk does).
import type { Escalation } from '../core/api';
import { NOTIFY_JOB } from './escalations/appNotify';
import { escalatedHarness, byTicket, jobsSettled, messageEvent, slackSend } from './testing/inbound';
import { escalationRequest, startHarness } from './testing/harness';
import type { Harness } from './testing/harness';
import { waitForComplete } from './testing/expectations';
import { waitFor } from './testing/waitFor';
import { testDialects } from './store/testStores';

jest.setTimeout(30_000);

const notifyJobs = async (h: Harness) =>
  (await h.proxy.store.db.selectFrom('jobs').select(['state']).where('kind', '=', NOTIFY_JOB).execute()).length;

describe.each(testDialects)('app notifications on %s', (dialect) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('notifies escalation_updated with the escalation and its tickets, authenticated as the other Zendesk calls', async () => {
    let esc: Escalation;
    let channel: string;
    ({ h, esc, channel } = await escalatedHarness(dialect, { zendeskAppId: 'sandbox' }));
    const zd = h.zendesk;
    // The steps' progress was pushed: the stand-in accepts only the right app id and Basic token.
    const first = await waitFor(() => zd.appNotifications.length, (n) => n > 0, 'a notification for the steps');
    expect(first).toBeGreaterThan(0);
    for (const n of zd.appNotifications) {
      expect(n).toMatchObject({ appId: zd.appId, event: 'escalation_updated', body: { escalationId: esc.id, ticketIds: [1001] }, agentId: null });
    }

    // A channel update is pushed as soon as it is stored.
    await jobsSettled(h);
    const before = zd.appNotifications.length;
    expect((await slackSend(h, '/slack/events', messageEvent(channel, 'Rolled back; watching error rates'))).status).toBe(200);
    await waitFor(() => zd.appNotifications.length, (n) => n > before, 'a notification for the channel update');
    expect((await byTicket(h, 1001)).latestUpdate?.text).toContain('Rolled back');

    // A linked ticket is named in the notifications that follow.
    const linked = await h.post(`/api/escalations/${esc.id}/tickets`, { ticket: escalationRequest({ ticketId: 1003 }).ticket });
    expect([200, 201]).toContain(linked.status);
    await waitFor(() => zd.appNotifications.at(-1)?.body as { ticketIds: number[] } | undefined, (b) => b?.ticketIds.includes(1003) === true, 'a notification naming the linked ticket');
    // Each notification ran and went (a late change, e.g. the reminder job's, may queue one more first).
    await waitFor(() => notifyJobs(h!), (n) => n === 0, 'every notify job to have run');
    expect(h.proxy.notifier.counts.failed).toBe(0);
  });

  it('notifies nothing when ZENDESK_APP_ID is unset', async () => {
    let channel: string;
    ({ h, channel } = await escalatedHarness(dialect));
    await slackSend(h, '/slack/events', messageEvent(channel, 'an update'));
    await waitFor(() => byTicket(h!, 1001), (e) => e.latestUpdate?.text === 'an update', 'the update to be stored');
    await jobsSettled(h);
    expect(h.zendesk.appNotifications).toEqual([]);
    expect(await notifyJobs(h)).toBe(0);
    expect(h.proxy.notifier.enabled).toBe(false);
  });

  it('coalesces changes while a notification waits unclaimed, and queues a new one once it is claimed', async () => {
    ({ h } = await escalatedHarness(dialect, { zendeskAppId: 'sandbox' }));
    await jobsSettled(h);
    const { notifier, worker, store } = h.proxy;
    await worker.stopClaiming();
    const id = (await byTicket(h, 1001)).id;
    const before = { ...notifier.counts };
    for (let i = 0; i < 5; i++) h.proxy.service.notifyChange(id);
    await notifier.settled();
    expect(await notifyJobs(h)).toBe(1);
    expect(notifier.counts.queued - before.queued).toBe(1);
    expect(notifier.counts.coalesced - before.coalesced).toBe(4);

    // Claimed (running, perhaps already sent): a change after it needs a notification of its own.
    await store.db.updateTable('jobs').set({ locked_by: 'someone', locked_until: new Date(Date.now() + 60_000).toISOString(), attempts: 1 }).where('kind', '=', NOTIFY_JOB).execute();
    h.proxy.service.notifyChange(id);
    await notifier.settled();
    expect(await notifyJobs(h)).toBe(2);
  });

  it('escalates in full when every notify fails (5xx retried a little, then dropped and counted)', async () => {
    h = await startHarness(dialect, { wired: true, zendeskAppId: 'sandbox' });
    h.zendesk.faults.add({ status: 503, method: 'POST', pathIncludes: '/apps/notify', times: 1000 });
    const r = await h.post('/api/escalations', escalationRequest({ ticketId: 1001 }));
    expect([200, 201]).toContain(r.status);
    const esc = await waitForComplete(h, 1001);
    expect(esc.state).toBe('active');
    expect(esc.steps.every((s) => s.status === 'done')).toBe(true);
    await waitFor(() => h!.proxy.notifier.counts.failed, (n) => n > 0, 'a dropped notification');
    await jobsSettled(h);
    expect(h.zendesk.appNotifications).toEqual([]);
    // Dropped notifications leave nothing behind to be picked up again.
    await waitFor(() => notifyJobs(h!), (n) => n === 0, 'no notify job left');
  });

  it('drops at once a notify Zendesk refuses (wrong app id), and the escalation goes on', async () => {
    h = await startHarness(dialect, { wired: true, zendeskAppId: 999_999 });
    await h.post('/api/escalations', escalationRequest({ ticketId: 1001 }));
    const esc = await waitForComplete(h, 1001);
    expect(esc.state).toBe('active');
    await waitFor(() => h!.proxy.notifier.counts.failed, (n) => n > 0, 'a refused notification');
    expect(h.zendesk.appNotifications).toEqual([]);
  });
});
