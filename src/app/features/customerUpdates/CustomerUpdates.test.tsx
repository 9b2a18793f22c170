import { screen, waitFor, within } from '@testing-library/react';
import { escalationFixture } from '../escalation/test/fakeProxy';
import { escalatedProxy, minutesAgo, renderSidebar } from '../escalation/test/setup';
import { defaultCustomerText, slackToPlain } from './customerText';
import type { EngineeringSummary } from '../../../core/types';
import type { CustomerUpdate } from '../../../core/api';

// The whole sidebar renders and the agent types and clicks through two steps: slow on a busy 2-core box.
jest.setTimeout(20_000);

const POST = 'POST /api/escalations/esc_1/customer-updates';
const SUMMARY: EngineeringSummary = {
  summary: 'Sign-in failed for schools on the new login page.',
  rootCause: 'A config flag flipped in deploy 4512 on prod-db-3.',
  immediateFix: 'We restored the previous login page.',
  potentialEnhancements: 'Alert on the flag.',
  customerType: 'managed',
  product: 'Login',
  source: 'regression',
};

const linked = () => escalatedProxy({ ticketIds: [4242, 4243, 4244], lastActivityAt: minutesAgo(3), latestUpdate: { text: 'Rolling back <https://status.example|the deploy> now <@U123>', user: 'U1', at: minutesAgo(3) } });

describe('one update for every affected customer', () => {
  it('drafts from the latest channel update, previews exactly the text, and sends it once with a status', async () => {
    const proxy = linked();
    const { user } = renderSidebar({ proxy });
    await user.click(await screen.findByRole('button', { name: 'Update all 3 customers' }));

    const text = screen.getByRole('textbox', { name: 'Message to the customers' });
    expect(text).toHaveFocus();
    expect((text as HTMLTextAreaElement).value).toBe(
      'Hello,\n\nWe are aware of a problem that affects you and other customers, and our engineers are working on it. The latest from our engineers: Rolling back the deploy now\n\nWe will send you the next update within 30 minutes, or sooner if anything changes.',
    );
    expect(screen.getByText(/Sent as a public reply on #4242, #4243, #4244/)).toBeInTheDocument();

    await user.clear(text);
    await user.click(text);
    await user.paste('Hello,\n\n<b>Fixed</b> at 10:40.\nThanks for waiting.');
    await user.click(screen.getByRole('radio', { name: 'Set to Solved' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const preview = screen.getByTestId('customer-update-preview-text');
    expect(screen.getByText('What each customer will read')).toHaveFocus();
    // Text, never markup: the tags show as typed, paragraphs and line breaks as the customer gets them.
    expect(preview.querySelectorAll('p')).toHaveLength(2);
    expect(preview.querySelector('b')).toBeNull();
    expect(preview).toHaveTextContent('<b>Fixed</b> at 10:40.Thanks for waiting.');
    expect(preview.querySelectorAll('br')).toHaveLength(1);
    expect(screen.getByTestId('customer-update-preview-status')).toHaveTextContent('Then the tickets are set to Solved.');

    await user.click(screen.getByRole('button', { name: 'Send to 3 customers' }));
    await waitFor(() => expect(screen.queryByTestId('customer-update-panel')).not.toBeInTheDocument());
    expect(proxy.count(POST)).toBe(1);
    expect(proxy.customerUpdatePosts[0]).toEqual({
      body: { text: 'Hello,\n\n<b>Fixed</b> at 10:40.\nThanks for waiting.', setStatus: 'solved', agent: expect.objectContaining({ name: expect.any(String) }) },
      key: expect.stringMatching(/^draft-[0-9a-f]{32}$/),
    });
    // What the proxy stored shows, per ticket, and the button is back for the next update.
    const sent = await screen.findByTestId('customer-update');
    expect(within(sent).getAllByTestId('customer-update-ticket').map((el) => el.getAttribute('data-status'))).toEqual(['pending', 'pending', 'pending']);
    expect(within(sent).getByTestId('customer-update-text-sent')).toHaveTextContent('Thanks for waiting.');
    expect(screen.getByRole('button', { name: 'Update all 3 customers' })).toHaveFocus();
  });

  it('a send that failed is retried with the same key; an edited draft gets a new one', async () => {
    const proxy = linked();
    const { user } = renderSidebar({ proxy });
    await user.click(await screen.findByRole('button', { name: 'Update all 3 customers' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    proxy.failNext(POST, 'network');
    await user.click(screen.getByRole('button', { name: 'Send to 3 customers' }));
    const error = await screen.findByTestId('escalation-error');
    expect(error).toHaveTextContent('The update was not sent');
    await user.click(within(error).getByRole('button'));
    await waitFor(() => expect(screen.queryByTestId('customer-update-panel')).not.toBeInTheDocument());
    expect(proxy.customerUpdatePosts).toHaveLength(2);
    expect(proxy.customerUpdatePosts[1]!.key).toBe(proxy.customerUpdatePosts[0]!.key);

    await user.click(screen.getByRole('button', { name: 'Update all 3 customers' }));
    await user.type(screen.getByRole('textbox', { name: 'Message to the customers' }), '!');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(screen.getByRole('button', { name: 'Send to 3 customers' }));
    await waitFor(() => expect(proxy.customerUpdatePosts).toHaveLength(3));
    expect(proxy.customerUpdatePosts[2]!.key).not.toBe(proxy.customerUpdatePosts[0]!.key);
  });

  it('will not preview an empty message, and cancel leaves nothing sent', async () => {
    const proxy = linked();
    const { user } = renderSidebar({ proxy });
    await user.click(await screen.findByRole('button', { name: 'Update all 3 customers' }));
    await user.clear(screen.getByRole('textbox', { name: 'Message to the customers' }));
    expect(screen.getByText('Write a message first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Update all 3 customers' })).toHaveFocus();
    expect(proxy.count(POST)).toBe(0);
  });

  it('shows per ticket what went out and when, and why a ticket was not updated', async () => {
    const at = new Date();
    at.setHours(10, 42, 0, 0);
    const update: CustomerUpdate = {
      id: 'cu1',
      text: 'We restored sign-in.',
      setStatus: 'pending',
      sentBy: 'Ana Agent',
      createdAt: at.toISOString(),
      tickets: [
        { ticketId: 4242, status: 'sent', error: null, sentAt: at.toISOString() },
        { ticketId: 4243, status: 'failed', error: 'ticket #4243 is closed: Zendesk takes no more replies on it (a follow-up ticket would)', sentAt: null },
        { ticketId: 4244, status: 'pending', error: 'Zendesk ticket update failed: HTTP 429', sentAt: null },
      ],
    };
    const proxy = escalatedProxy({ ticketIds: [4242, 4243, 4244], customerUpdates: [update] });
    renderSidebar({ proxy });
    const sent = await screen.findByTestId('customer-update');
    expect(sent).toHaveTextContent('by Ana Agent · Tickets set to Pending');
    const rows = within(sent).getAllByTestId('customer-update-ticket');
    expect(rows[0]).toHaveTextContent(/^#4242: sent at 10:42/);
    expect(rows[1]).toHaveTextContent('#4243: not sent');
    expect(rows[1]).toHaveTextContent('ticket #4243 is closed');
    expect(rows[2]).toHaveTextContent('#4244: sending…Trying again after: Zendesk ticket update failed: HTTP 429');
  });

  it('no button once the escalation is archived; one customer is "the customer"', async () => {
    renderSidebar({ proxy: escalatedProxy({ state: 'archived' }) });
    await screen.findByTestId('escalation-status');
    expect(screen.queryByTestId('customer-update-open')).not.toBeInTheDocument();
  });
});

describe('the first draft', () => {
  const t = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.keys(vars).length ? JSON.stringify(vars) : ''}`;

  it('weaves in the summary and its fix, never its root cause or the rest', () => {
    const text = defaultCustomerText(t, escalationFixture({ summary: SUMMARY }));
    expect(text).toContain(SUMMARY.summary);
    expect(text).toContain(SUMMARY.immediateFix);
    expect(text).not.toContain('prod-db-3');
    expect(text).not.toContain(SUMMARY.potentialEnhancements);
    expect(text).toContain('customerUpdate.default.closing');
  });

  it('without an update or summary still says what is known and when the next update comes', () => {
    const text = defaultCustomerText(t, escalationFixture());
    expect(text.split('\n\n')).toEqual(['customerUpdate.default.greeting', 'customerUpdate.default.known', 'customerUpdate.default.next{"minutes":30}']);
  });

  it('reads Slack markup as words', () => {
    expect(slackToPlain('See <https://x.example/a|the status page> &amp; <https://y.example> <!channel> &lt;ok&gt;')).toBe('See the status page & https://y.example &lt;ok&gt;'.replace('&lt;ok&gt;', '<ok>'));
  });
});
