import { act, screen, waitFor } from '@testing-library/react';
import { escalationFixture } from './test/fakeProxy';
import { advance, BY_TICKET, escalatedProxy, minutesAgo, renderSidebar, T0 } from './test/setup';
import { PENDING_REFRESH_MS, REFRESH_MS } from './useEscalation';


const byTicket = BY_TICKET;

describe('the escalation status', () => {
  beforeEach(() => jest.useFakeTimers({ now: T0, doNotFake: ['queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('warns once the channel has been quiet past the outage cadence', async () => {
    const proxy = escalatedProxy({ createdAt: minutesAgo(30), lastActivityAt: minutesAgo(14) });
    renderSidebar({ proxy, fakeTimers: true });
    const age = await screen.findByTestId('last-update-age');
    expect(age).toHaveTextContent('Last update 14 min ago.');
    expect(age).toHaveAttribute('data-stale', 'false');

    await advance(3 * 60_000);
    expect(screen.getByTestId('last-update-age')).toHaveAttribute('data-stale', 'true');
    expect(screen.getByTestId('last-update-age')).toHaveTextContent('No update for 17 min');
    expect(screen.getByText('Updates are due every 15 min: ask the channel for one.')).toBeInTheDocument();
  });

  it('shows a new update from the proxy on the next refresh, keeping the old one on screen meanwhile', async () => {
    const proxy = escalatedProxy({ lastActivityAt: minutesAgo(5), latestUpdate: { text: 'Looking at the logs.', user: 'Jordan', at: minutesAgo(5) } });
    renderSidebar({ proxy, fakeTimers: true });
    expect(await screen.findByTestId('latest-update')).toHaveTextContent('Looking at the logs.');
    const status = screen.getByTestId('escalation-status');

    proxy.update('esc_1', { lastActivityAt: minutesAgo(0), latestUpdate: { text: 'Fix deployed, verifying.', user: 'Jordan', at: minutesAgo(0) } });
    const release = proxy.hold(byTicket);
    await advance(REFRESH_MS);
    // The refresh is in flight: the same element, the old text, no spinner in its place.
    expect(screen.getByTestId('escalation-status')).toBe(status);
    expect(screen.getByTestId('latest-update')).toHaveTextContent('Looking at the logs.');
    expect(screen.queryByLabelText('Checking for an escalation…')).not.toBeInTheDocument();

    release();
    await waitFor(() => expect(screen.getByTestId('latest-update')).toHaveTextContent('Fix deployed, verifying.'));
    expect(screen.getByTestId('escalation-status')).toBe(status);
    // The age is said once, in the update's heading.
    expect(screen.getByTestId('last-update-age')).toHaveTextContent(/^Latest update just now · Jordan, /);
    expect(screen.getByTestId('escalation-status')).not.toHaveTextContent('Last update');
  });

  it('gives the update time the agent\'s way: 24 h in Spanish', async () => {
    const at = new Date();
    at.setHours(16, 13, 0, 0);
    const proxy = escalatedProxy({ lastActivityAt: at.toISOString(), latestUpdate: { text: 'Mirando los registros.', user: 'Jordan', at: at.toISOString() } });
    renderSidebar({ proxy, data: { currentUser: { name: 'Agente', email: 'a@example.com', locale: 'es' } } });
    expect(await screen.findByTestId('latest-update')).toHaveTextContent('Mirando los registros.');
    const heading = screen.getByText(/· Jordan, /);
    expect(heading).toHaveTextContent(/Jordan, 16:13$/);
  });

  it('shows the board item with its Jira status and link, or why it is missing', async () => {
    const url = 'https://acme.atlassian.net/browse/ENG-123';
    const proxy = escalatedProxy({ board: { key: 'ENG-123', url, status: 'In Progress' } });
    renderSidebar({ proxy, fakeTimers: true });
    const link = await screen.findByTestId('escalation-board-link');
    expect(link).toHaveTextContent('ENG-123 · In Progress');
    expect(link).toHaveAttribute('href', url);

    proxy.update('esc_1', { board: { error: 'Jira issue create failed: HTTP 503' } });
    await advance(REFRESH_MS);
    expect(await screen.findByTestId('escalation-board-missing')).toHaveTextContent('Missing: Jira issue create failed: HTTP 503');

    // Jira not set up: said in the agent's words, not the proxy's.
    proxy.update('esc_1', { board: { error: 'Jira is not configured on the proxy (JIRA_BASE_URL, …)', errorCode: 'not_configured' } });
    await advance(REFRESH_MS);
    await waitFor(() => expect(screen.getByTestId('escalation-board-missing')).toHaveTextContent('Not made: Jira is not set up on the proxy. Ask your admin.'));
    expect(screen.getByTestId('escalation-board-missing')).not.toHaveTextContent('JIRA_BASE_URL');
  });

  it('says the board item is being created while its step is still retrying an error', async () => {
    const steps = [...escalationFixture().steps, { name: 'board_item' as const, ticketId: null, status: 'pending' as const, attempts: 2, lastError: 'Jira issue create failed: HTTP 503', updatedAt: minutesAgo(0) }];
    renderSidebar({ proxy: escalatedProxy({ steps, board: { error: 'Jira issue create failed: HTTP 503' } }), fakeTimers: true });
    expect(await screen.findByTestId('escalation-board')).toHaveTextContent('Being created');
    expect(screen.queryByTestId('escalation-board-missing')).toBeNull();
  });

  it('shortens a very long update behind Show more', async () => {
    const text = `${'Rolling back the deploy on every shard. '.repeat(75)}END`;
    const proxy = escalatedProxy({ lastActivityAt: minutesAgo(2), latestUpdate: { text, user: 'Jordan', at: minutesAgo(2) } });
    renderSidebar({ proxy });
    const update = await screen.findByTestId('latest-update');
    expect(update).not.toHaveTextContent('END');
    expect(screen.getByTestId('latest-update-toggle')).toHaveTextContent('Show more');
  });

  it('keeps the last data and says so when a refresh fails, then recovers', async () => {
    const proxy = escalatedProxy({ latestUpdate: { text: 'Rolling back.', user: 'Jordan', at: minutesAgo(1) }, lastActivityAt: minutesAgo(1) });
    renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('latest-update');
    proxy.failNext(byTicket, { status: 502, message: 'bad gateway' });
    await advance(REFRESH_MS);
    expect(await screen.findByTestId('escalation-error')).toHaveTextContent('Could not refresh; this is what the proxy said last.');
    expect(screen.getByTestId('latest-update')).toHaveTextContent('Rolling back.');
    await advance(REFRESH_MS);
    await waitFor(() => expect(screen.queryByTestId('escalation-error')).not.toBeInTheDocument());
  });

  it('refreshes only while the app is shown, and at once when it is shown again', async () => {
    const proxy = escalatedProxy();
    const { client } = renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('escalation-status');
    await advance(REFRESH_MS * 2);
    expect(proxy.count(byTicket)).toBe(3);

    act(() => client.emit('app.deactivated'));
    await advance(REFRESH_MS * 5);
    expect(proxy.count(byTicket)).toBe(3);

    act(() => client.emit('app.activated'));
    await waitFor(() => expect(proxy.count(byTicket)).toBe(4));
    await advance(REFRESH_MS);
    expect(proxy.count(byTicket)).toBe(5);
  });

  it('refreshes faster while the channel is being set up, and not at all once archived', async () => {
    const proxy = escalatedProxy({ state: 'pending', slack: {} });
    renderSidebar({ proxy, fakeTimers: true });
    expect(await screen.findByTestId('escalation-state')).toHaveTextContent('Setting up');
    proxy.update('esc_1', { state: 'active', slack: { channelName: 'outage-4242-gradebook', url: 'https://slack.example/archives/C100' } });
    await advance(PENDING_REFRESH_MS);
    expect(await screen.findByTestId('escalation-channel-link')).toHaveTextContent('#outage-4242-gradebook');

    proxy.update('esc_1', { state: 'archived' });
    await advance(REFRESH_MS);
    await waitFor(() => expect(screen.getByTestId('escalation-state')).toHaveTextContent('Archived'));
    const reads = proxy.count(byTicket);
    await advance(REFRESH_MS * 3);
    expect(proxy.count(byTicket)).toBe(reads);
  });

  it('stops refreshing when the sidebar is closed', async () => {
    const proxy = escalatedProxy();
    const { view } = renderSidebar({ proxy, fakeTimers: true });
    await screen.findByTestId('escalation-status');
    view.unmount();
    const before = proxy.count(byTicket);
    await advance(REFRESH_MS * 3);
    expect(proxy.count(byTicket)).toBe(before);
  });

  it('inserts the latest update into the reply', async () => {
    const proxy = escalatedProxy({ latestUpdate: { text: 'Grades load again; please refresh.', user: 'Jordan', at: minutesAgo(2) } });
    const { client, user } = renderSidebar({ proxy, fakeTimers: true });
    await user.click(await screen.findByTestId('insert-latest-update'));
    expect(client.reply).toBe('Grades load again; please refresh.');
    expect(await screen.findByText('Added to your reply.')).toBeInTheDocument();
  });

  it('names who posted the latest update from the invited list, else shows the Slack id', async () => {
    const invited = [{ id: 'U0ONCALL1', name: 'olivia.oncall' }];
    const proxy = escalatedProxy({ invited, latestUpdate: { text: 'Rolling back.', user: 'U0ONCALL1', at: minutesAgo(1) } });
    renderSidebar({ proxy, fakeTimers: true });
    expect(await screen.findByText(/olivia\.oncall, /)).toBeInTheDocument();
    proxy.update('esc_1', { latestUpdate: { text: 'Still on it.', user: 'U0STRANGER', at: minutesAgo(0) } });
    await advance(REFRESH_MS);
    expect(await screen.findByText(/U0STRANGER, /)).toBeInTheDocument();
  });

  it('shows a failed step with its last error and retries it', async () => {
    const base = escalationFixture();
    const steps = base.steps.map((s) =>
      s.name === 'invite' ? { ...s, status: 'failed' as const, attempts: 5, lastError: 'user_not_found: jordan@example.com' } : s,
    );
    const proxy = escalatedProxy({ state: 'failed', steps });
    const { user } = renderSidebar({ proxy, fakeTimers: true });
    const step = await screen.findByTestId('escalation-step-invite');
    expect(step).toHaveAttribute('data-status', 'failed');
    expect(step).toHaveTextContent('Last error: user_not_found: jordan@example.com');
    expect(screen.getByTestId('escalation-state')).toHaveTextContent('Stuck');
    await user.click(screen.getByTestId('escalation-retry-steps'));
    await waitFor(() => expect(screen.getByTestId('escalation-step-invite')).toHaveAttribute('data-status', 'done'));
    expect(proxy.count('POST /api/escalations/esc_1/retry')).toBe(1);
  });

  it('offers the retry for a customer update a ticket did not take', async () => {
    const update = { id: 'cu1', text: 'Fixed.', setStatus: null, sentBy: 'Sam', createdAt: minutesAgo(5), tickets: [{ ticketId: 1001, status: 'failed' as const, error: 'Zendesk ticket update failed: HTTP 503', sentAt: null }] };
    const proxy = escalatedProxy({ customerUpdates: [update] });
    const { user } = renderSidebar({ proxy, fakeTimers: true });
    await user.click(await screen.findByTestId('escalation-retry-steps'));
    await waitFor(() => expect(proxy.count('POST /api/escalations/esc_1/retry')).toBe(1));
  });

  it('expects no cadence from a resolved escalation', async () => {
    const proxy = escalatedProxy({ state: 'resolved', lastActivityAt: minutesAgo(90) });
    renderSidebar({ proxy, fakeTimers: true });
    expect(await screen.findByTestId('last-update-age')).toHaveAttribute('data-stale', 'false');
  });
});
