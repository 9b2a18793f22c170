import { screen, waitFor, within } from '@testing-library/react';
import type { CreateEscalationRequest } from '../../../core/api';
import { escalationFixture, FakeProxy } from './test/fakeProxy';
import { escalateButton, renderSidebar } from './test/setup';

const requestBodies = (client: ReturnType<typeof renderSidebar>['client'], line: string) =>
  client.calls
    .filter((c) => c.kind === 'request' && c.name.endsWith(line))
    .map((c) => JSON.parse((c.args[0] as { data: string }).data) as unknown);

// Each test walks the whole sidebar through user-event: on a loaded 2-core machine one takes several
// seconds, so the default 5 s is too tight.
jest.setTimeout(20_000);

describe('escalating from the sidebar', () => {
  it.each([
    ['outage', 'Open outage channel'],
    ['problem', 'Post to engineering triage'],
    ['interrupt', 'Post to engineering triage'],
    ['time_sensitive', 'Post to engineering triage'],
  ])('offers one button whose words follow the %s mode', async (type, words) => {
    renderSidebar({ type });
    const button = await escalateButton();
    expect(button).toHaveTextContent(words);
    expect(button).toBeEnabled();
  });

  it.each(['request', 'question'])('does not escalate a %s, and says why', async (type) => {
    renderSidebar({ type });
    expect(await escalateButton()).toBeDisabled();
    expect(screen.getByTestId('escalate-disabled-reason')).toHaveTextContent('Requests and questions are not escalated:');
  });

  it('asks for an issue type first', async () => {
    renderSidebar({ type: null });
    expect(await escalateButton()).toBeDisabled();
    expect(screen.getByTestId('escalate-disabled-reason')).toHaveTextContent('Pick an issue type above to escalate.');
  });

  it('cannot build the ticket link without the account, and says so', async () => {
    renderSidebar({ context: { location: 'ticket_sidebar', ticketId: 4242 } });
    await waitFor(() => expect(screen.getByTestId('escalate-disabled-reason')).toHaveTextContent('Zendesk did not say which account'));
    expect(screen.getByTestId('escalate-button')).toBeDisabled();
  });

  it('shows an empty subject as (no subject), in the agent language', async () => {
    const { user } = renderSidebar({ type: 'problem', data: { 'ticket.subject': '  ', currentUser: { name: 'Agente', email: 'a@example.com', locale: 'es' } } });
    await user.click(await escalateButton());
    expect(screen.getByTestId('escalate-subject')).toHaveTextContent('(sin asunto)');
  });

  it('confirms what will be posted, and holds a problem back until the agent gives a reason to go anyway', async () => {
    const { user, client, proxy } = renderSidebar({ type: 'problem' });
    await user.click(await escalateButton());
    const confirm = screen.getByTestId('escalate-confirm');
    expect(confirm).toHaveTextContent('Gradebook will not load');
    expect(confirm).toHaveTextContent('Problem');
    expect(confirm).toHaveTextContent('Lincoln High School');
    expect(confirm).toHaveTextContent('A whole school');
    expect(screen.getByTestId('escalate-missing')).toHaveTextContent('Visuals');
    expect(screen.getByTestId('escalate-anyway')).toHaveTextContent('You can escalate anyway: say in one line why it cannot wait.');
    const submit = screen.getByTestId('escalate-submit');
    expect(submit).toHaveTextContent('Post to triage anyway');
    expect(submit).toBeDisabled();
    // Ask for the missing info from the confirm step itself.
    await user.click(within(confirm).getByTestId('ask-missing-info'));
    expect(client.reply).toContain('a screenshot or short video of the whole browser window');
    expect(screen.queryByTestId('active-outages')).not.toBeInTheDocument(); // triage threads have none

    const reason = screen.getByRole('textbox', { name: 'Reason to escalate without them' });
    await user.type(reason, '   ');
    expect(submit).toBeDisabled(); // blank is no reason
    await user.type(reason, 'Whole school blocked before exams; screenshot follows');
    expect(submit).toBeEnabled();
    await user.click(submit);
    expect(await screen.findByTestId('escalation-status')).toHaveTextContent('Triage thread');
    const [body] = requestBodies(client, 'POST https://proxy.example.test/api/escalations') as CreateEscalationRequest[];
    expect(body).toMatchObject({ issueType: 'problem', overrideReason: 'Whole school blocked before exams; screenshot follows', checklist: { missingRequired: ['visuals'] } });
    expect(proxy.escalations.size).toBe(1);
  });

  it('sends a board key the agent gives, refusing one that is not a Jira key', async () => {
    const { user, client } = renderSidebar({ type: 'problem', complete: true });
    await user.click(await escalateButton());
    const submit = screen.getByTestId('escalate-submit');
    const key = screen.getByRole('textbox', { name: 'Already on the board (optional)' });
    await user.type(key, 'eng 12');
    expect(screen.getByTestId('escalate-board-key-error')).toHaveTextContent('Not a Jira issue key: write it like ENG-123.');
    expect(submit).toBeDisabled();
    await user.clear(key);
    await user.type(key, ' eng-123 ');
    expect(screen.queryByTestId('escalate-board-key-error')).not.toBeInTheDocument();
    await user.click(submit);
    await screen.findByTestId('escalation-status');
    const [body] = requestBodies(client, 'POST https://proxy.example.test/api/escalations') as CreateEscalationRequest[];
    expect(body?.boardKey).toBe('ENG-123');
  });

  it('refuses a reason over 300 characters, saying so', async () => {
    const { user } = renderSidebar({ type: 'interrupt' });
    await user.click(await escalateButton());
    const reason = screen.getByTestId('escalate-reason');
    await user.click(reason);
    await user.paste('x'.repeat(301));
    expect(screen.getByTestId('escalate-reason-error')).toHaveTextContent('301 of 300 characters');
    expect(screen.getByTestId('escalate-submit')).toBeDisabled();
    await user.type(reason, '{Backspace}');
    expect(screen.queryByTestId('escalate-reason-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('escalate-submit')).toBeEnabled();
  });

  it('keeps the keyboard focus on the sidebar: the confirm step, the status, the button again after Cancel', async () => {
    const { user } = renderSidebar({ type: 'problem', complete: true });
    (await escalateButton()).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('escalate-confirm-title')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('escalate-button')).toHaveFocus());
    await user.keyboard('{Enter}');
    await user.click(await screen.findByTestId('escalate-submit'));
    const status = await screen.findByTestId('escalation-status');
    await waitFor(() => expect(within(status).getByText('Escalated')).toHaveFocus());
  }, 15_000);

  it('lets an outage go anyway with a reason, then shows the channel the proxy stored', async () => {
    const { user, client, proxy } = renderSidebar({ type: 'outage' });
    await user.click(await escalateButton());
    expect(screen.getByTestId('escalate-missing')).toHaveTextContent('Visuals');
    const submit = screen.getByTestId('escalate-submit');
    expect(submit).toHaveTextContent('Open the channel anyway');
    await waitFor(() => expect(screen.queryByText('Looking for open outages…')).not.toBeInTheDocument());
    // The line above the form stays, so the buttons do not move when the answer comes.
    expect(screen.getByTestId('escalate-outages-status')).toHaveTextContent('No other outage is open.');
    expect(submit).toBeDisabled();
    await user.type(screen.getByTestId('escalate-reason'), 'Every teacher locked out{Enter}');

    const status = await screen.findByTestId('escalation-status');
    const link = within(status).getByTestId('escalation-channel-link');
    expect(link).toHaveTextContent('#outage-4242-gradebook');
    expect(link).toHaveAttribute('href', 'https://slack.example/archives/C100');
    expect(status).toHaveTextContent('Jordan (on call), Agent Smith');
    expect(screen.getByTestId('escalation-step-create_channel')).toHaveAttribute('data-status', 'done');
    expect(screen.getByTestId('last-update-age')).toHaveTextContent('No update in the channel yet.');
    expect(screen.queryByTestId('escalate-button')).not.toBeInTheDocument();

    const [body] = requestBodies(client, 'POST https://proxy.example.test/api/escalations') as CreateEscalationRequest[];
    expect(body).toMatchObject({
      ticket: { id: 4242, url: 'https://acme.zendesk.com/agent/tickets/4242', organization: 'Lincoln High School', requester: 'Dana Reyes' },
      issueType: 'outage',
      agent: { name: 'Agent Smith', email: 'agent@example.com' },
      checklist: { issueType: 'outage', missingRequired: ['visuals'] },
      overrideReason: 'Every teacher locked out',
    });
    expect(proxy.escalations.size).toBe(1);
  });

  it("sends the agent's confirmations in the checklist, and no reason once nothing is missing", async () => {
    const { user, client } = renderSidebar({ type: 'problem', data: { 'ticket.tags': ['issue_type_problem', 'checklist_ok_visuals', 'checklist_na_user_ids'] } });
    await user.click(await escalateButton());
    expect(screen.queryByTestId('escalate-missing')).not.toBeInTheDocument();
    expect(screen.queryByTestId('escalate-reason')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('escalate-submit'));
    await screen.findByTestId('escalation-status');
    const [body] = requestBodies(client, 'POST https://proxy.example.test/api/escalations') as CreateEscalationRequest[];
    expect(body?.overrideReason).toBeUndefined();
    expect(body?.checklist.complete).toBe(true);
    expect(body?.checklist.items.filter((i) => i.confirmation).map((i) => [i.key, i.confirmation])).toEqual([
      ['userIds', 'not_needed'],
      ['visuals', 'present'],
    ]);
  });

  it('posts a complete problem to triage without a missing-items warning', async () => {
    const { user } = renderSidebar({ type: 'problem', complete: true });
    await user.click(await escalateButton());
    expect(screen.queryByTestId('escalate-missing')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('escalate-submit'));
    const status = await screen.findByTestId('escalation-status');
    expect(status).toHaveTextContent('Triage thread');
    expect(screen.getByTestId('escalation-step-find_triage_channel')).toHaveAttribute('data-status', 'done');
    expect(screen.getByTestId('last-update-age')).toHaveAttribute('data-stale', 'false');
  });

  it.each([
    [{ status: 401 }, 'the shared secret in the app settings does not match'],
    [{ status: 422, message: 'outage is routed to none' }, 'This issue type is not escalated: outage is routed to none'],
    [{ status: 500, message: 'database is locked' }, 'The proxy had a problem (database is locked)'],
    ['network' as const, 'The proxy could not be reached'],
  ])('says what went wrong (%o) in plain words, and Retry escalates', async (fault, words) => {
    const proxy = new FakeProxy();
    proxy.failNext('POST /api/escalations', fault);
    const { user } = renderSidebar({ proxy, complete: true });
    await user.click(await escalateButton());
    await user.click(screen.getByTestId('escalate-submit'));
    expect(await screen.findByTestId('escalation-error')).toHaveTextContent(words);
    expect(screen.queryByTestId('escalation-status')).not.toBeInTheDocument(); // nothing optimistic
    await user.click(screen.getByTestId('escalation-retry'));
    expect(await screen.findByTestId('escalation-status')).toBeInTheDocument();
    expect(screen.queryByTestId('escalation-error')).not.toBeInTheDocument();
    expect(proxy.count('POST /api/escalations')).toBe(2);
  });

  it('lists open outages, the same school first, and joins one instead of opening a channel', async () => {
    const proxy = new FakeProxy();
    proxy.add(escalationFixture({ id: 'esc_other', ticketIds: [900], organization: 'Westfield Academy', slack: { channelName: 'outage-900-login', url: 'https://slack.example/archives/C9' } }));
    proxy.add(escalationFixture({ id: 'esc_same', ticketIds: [901], organization: 'Lincoln High School', subject: 'Gradebook down for Lincoln' }));
    proxy.add(escalationFixture({ id: 'esc_thread', issueType: 'problem', ticketIds: [902] })); // not an outage channel
    const { user } = renderSidebar({ proxy });
    await user.click(await escalateButton());

    const list = await screen.findByTestId('active-outages');
    const joins = within(list).getAllByRole('button', { name: 'Join this outage' });
    expect(joins.map((b) => b.getAttribute('data-testid'))).toEqual(['join-outage-esc_same', 'join-outage-esc_other']);
    expect(list).toHaveTextContent('Same school');

    await user.click(screen.getByTestId('join-outage-esc_same'));
    const status = await screen.findByTestId('escalation-status');
    expect(status).toHaveTextContent('#901');
    expect(status).toHaveTextContent('#4242');
    expect(proxy.escalations.get('esc_same')?.ticketIds).toEqual([901, 4242]);
    expect(proxy.count('POST /api/escalations/esc_same/tickets')).toBe(1);
    expect(proxy.escalations.size).toBe(3); // no second channel
  });

  it('opens no new outage channel until the open outages are listed', async () => {
    const proxy = new FakeProxy();
    const release = proxy.hold('GET /api/escalations?state=active');
    const { user } = renderSidebar({ proxy, complete: true });
    await user.click(await escalateButton());
    expect(screen.getByTestId('escalate-submit')).toBeDisabled();
    release();
    await waitFor(() => expect(screen.getByTestId('escalate-submit')).toBeEnabled());
  });

  it('still offers a new channel when the open outages cannot be listed', async () => {
    const proxy = new FakeProxy();
    proxy.failNext('GET /api/escalations?state=active', { status: 503, message: 'restarting' });
    const { user } = renderSidebar({ proxy, complete: true });
    await user.click(await escalateButton());
    expect(await screen.findByText(/Could not list the open outages \(restarting\)/)).toBeInTheDocument();
    expect(screen.getByTestId('escalate-submit')).toBeEnabled();
  });

  it('says when the first check fails and tries again on Retry', async () => {
    const proxy = new FakeProxy();
    proxy.secretMatches = false;
    const { user } = renderSidebar({ proxy });
    expect(await screen.findByTestId('escalation-error')).toHaveTextContent('shared secret');
    proxy.secretMatches = true;
    await user.click(screen.getByTestId('escalation-retry'));
    expect(await escalateButton()).toBeEnabled();
  });

  it('cancels the confirm step without calling the proxy', async () => {
    const { user, proxy } = renderSidebar({ complete: true });
    await user.click(await escalateButton());
    await user.click(screen.getByTestId('escalate-cancel'));
    expect(screen.queryByTestId('escalate-confirm')).not.toBeInTheDocument();
    await waitFor(() => expect(proxy.count('POST')).toBe(0));
  });
});
