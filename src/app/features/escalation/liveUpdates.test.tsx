import { act, screen, waitFor } from '@testing-library/react';
import { ESCALATION_UPDATED_EVENT, readEscalationUpdate } from '../../zaf';
import { escalationFixture, FakeProxy } from './test/fakeProxy';
import { advance, BY_TICKET, escalatedProxy, minutesAgo, renderSidebar, T0 } from './test/setup';
import { PENDING_REFRESH_MS, REFRESH_MS } from './useEscalation';

// The proxy pushes escalation_updated through Zendesk's Apps API notify endpoint; the sidebar refetches
// at once and polls only as a fallback: every second while steps run, every 30 s otherwise.

const byTicket = BY_TICKET;

describe('readEscalationUpdate', () => {
  it('reads the body Zendesk hands over, as an object or a JSON string, and nothing else', () => {
    const body = { escalationId: 'esc_1', ticketIds: [4242, 17] };
    expect(readEscalationUpdate({ body })).toEqual(body);
    expect(readEscalationUpdate({ body: JSON.stringify(body) })).toEqual(body);
    expect(readEscalationUpdate({ body: '{not json' })).toEqual({});
    expect(readEscalationUpdate(null)).toEqual({});
    expect(readEscalationUpdate({ body: { escalationId: 7, ticketIds: 'x' } })).toEqual({});
  });
});

describe('the sidebar follows the proxy live', () => {
  beforeEach(() => jest.useFakeTimers({ now: T0, doNotFake: ['queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('refetches at once on api_notification.escalation_updated for its ticket or escalation', async () => {
    const proxy = escalatedProxy({ latestUpdate: { text: 'Looking at the logs.', user: 'Jordan', at: minutesAgo(3) } });
    const { client } = renderSidebar({ proxy, fakeTimers: true });
    expect(await screen.findByTestId('latest-update')).toHaveTextContent('Looking at the logs.');
    expect(client.listenerCount(ESCALATION_UPDATED_EVENT)).toBe(1);

    proxy.update('esc_1', { lastActivityAt: minutesAgo(0), latestUpdate: { text: 'Fix deployed, verifying.', user: 'Jordan', at: minutesAgo(0) } });
    act(() => client.emit(ESCALATION_UPDATED_EVENT, { body: { escalationId: 'esc_1', ticketIds: [4242] } }));
    // No timer moved: only the push can have brought it.
    await waitFor(() => expect(screen.getByTestId('latest-update')).toHaveTextContent('Fix deployed, verifying.'));

    // By escalation id alone (a ticket list the sidebar does not know yet) works too.
    proxy.update('esc_1', { latestUpdate: { text: 'All clear.', user: 'Jordan', at: minutesAgo(0) } });
    act(() => client.emit(ESCALATION_UPDATED_EVENT, { body: { escalationId: 'esc_1' } }));
    await waitFor(() => expect(screen.getByTestId('latest-update')).toHaveTextContent('All clear.'));
  });

  it('ignores a notification about another escalation and ticket', async () => {
    const proxy = escalatedProxy();
    const { client } = renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('escalation-status');
    const reads = proxy.count(byTicket);
    act(() => client.emit(ESCALATION_UPDATED_EVENT, { body: { escalationId: 'esc_other', ticketIds: [99] } }));
    await advance(100);
    expect(proxy.count(byTicket)).toBe(reads);
  });

  it('starts following a ticket that is linked elsewhere once the push names it', async () => {
    const proxy = new FakeProxy();
    const { client } = renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('escalate-button');
    proxy.add(escalationFixture({ ticketIds: [17, 4242] }));
    act(() => client.emit(ESCALATION_UPDATED_EVENT, { body: { escalationId: 'esc_1', ticketIds: [17, 4242] } }));
    expect(await screen.findByTestId('escalation-status')).toBeInTheDocument();
  });

  it('stops listening when the sidebar closes', async () => {
    const proxy = escalatedProxy();
    const { client, view } = renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('escalation-status');
    view.unmount();
    expect(client.listenerCount(ESCALATION_UPDATED_EVENT)).toBe(0);
  });

  it('polls every second while steps are pending, and every 30 s once they are done', async () => {
    const done = escalationFixture({ ticketIds: [4242] });
    const pendingSteps = done.steps.map((s, i) => (i >= 2 ? { ...s, status: 'pending' as const } : s));
    const proxy = new FakeProxy();
    proxy.add({ ...done, steps: pendingSteps });
    renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('escalation-status');
    expect(PENDING_REFRESH_MS).toBe(1_000);
    expect(REFRESH_MS).toBe(30_000);

    let reads = proxy.count(byTicket);
    await advance(PENDING_REFRESH_MS * 3);
    expect(proxy.count(byTicket)).toBeGreaterThanOrEqual(reads + 3);

    proxy.update('esc_1', { steps: done.steps });
    await advance(PENDING_REFRESH_MS);
    await waitFor(() => expect(screen.queryAllByText('Done').length).toBeGreaterThan(0));
    reads = proxy.count(byTicket);
    await advance(REFRESH_MS - 1_000);
    expect(proxy.count(byTicket)).toBe(reads);
    await advance(1_000);
    expect(proxy.count(byTicket)).toBe(reads + 1);
  });
});
