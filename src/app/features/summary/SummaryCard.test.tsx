import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EngineeringSummary } from '../../../core/types';
import { renderInApp } from '../../test/render';
import { escalationFixture, FakeProxy } from '../escalation/test/fakeProxy';
import { renderSidebar } from '../escalation/test/setup';
import { SummaryCard } from './SummaryCard';

const SUMMARY: EngineeringSummary = {
  summary: 'Gradebook did not load for Lincoln High.',
  rootCause: 'A cache key collided after the <b>3.2</b> deploy.',
  immediateFix: 'Flushed the cache.\nRolled back 3.2.',
  potentialEnhancements: 'Namespace cache keys per tenant.',
  customerType: 'managed',
  product: 'Gradebook',
  source: 'regression',
};

function recorder(fail = false) {
  const texts: string[] = [];
  const appendToReply = async (text: string) => {
    if (fail) throw new Error('the reply editor is closed');
    texts.push(text);
  };
  return { texts, appendToReply };
}

describe('SummaryCard', () => {
  it('shows each field as text, customer type and source as tags, and no 3rd party as None', () => {
    renderInApp(<SummaryCard summary={SUMMARY} appendToReply={recorder().appendToReply} />);
    expect(screen.getByTestId('summary-field-rootCause')).toHaveTextContent('A cache key collided after the <b>3.2</b> deploy.');
    expect(screen.getByTestId('summary-field-immediateFix')).toHaveTextContent('Flushed the cache. Rolled back 3.2.');
    expect(screen.getByTestId('summary-field-thirdParty')).toHaveTextContent('None');
    expect(screen.getByTestId('summary-customer-type')).toHaveTextContent('Managed');
    expect(screen.getByTestId('summary-source')).toHaveTextContent('Regression');
    expect(screen.getByTestId('summary-card').querySelector('b')).toBeNull(); // text, never markup
  });

  it('inserts a plain-text rendering into the reply', async () => {
    const { texts, appendToReply } = recorder();
    renderInApp(<SummaryCard summary={{ ...SUMMARY, thirdParty: 'Clever' }} appendToReply={appendToReply} />);
    await userEvent.click(screen.getByTestId('insert-summary'));
    expect(texts).toEqual([
      [
        'Engineering summary',
        'Summary: Gradebook did not load for Lincoln High.',
        'Root cause: A cache key collided after the <b>3.2</b> deploy.',
        'Immediate fix: Flushed the cache.\nRolled back 3.2.',
        'Potential enhancements: Namespace cache keys per tenant.',
        'Product: Gradebook',
        '3rd party: Clever',
        'Customer type: Managed',
        'Source: Regression',
      ].join('\n'),
    ]);
    expect(await screen.findByText('Added to your reply.')).toBeInTheDocument();
  });

  it('shortens a very long field behind Show more / Show less, in the agent language', async () => {
    const user = userEvent.setup();
    const long = `${'The cache layer rejected writes for tenants on shard 7. '.repeat(55)}END`; // ~3,000 characters
    renderInApp(<SummaryCard summary={{ ...SUMMARY, rootCause: long }} appendToReply={recorder().appendToReply} />);
    const value = screen.getByTestId('summary-value-rootCause');
    expect(value.textContent!.length).toBeLessThan(300);
    expect(value).not.toHaveTextContent('END');
    const toggle = screen.getByTestId('summary-value-rootCause-toggle');
    expect(toggle).toHaveTextContent('Show more');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(value).toHaveTextContent('END');
    expect(toggle).toHaveTextContent('Show less');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Short fields have no toggle.
    expect(screen.queryByTestId('summary-value-summary-toggle')).not.toBeInTheDocument();
  });

  it('says Show more in Spanish', () => {
    renderInApp(<SummaryCard summary={{ ...SUMMARY, summary: 'x '.repeat(400) }} appendToReply={recorder().appendToReply} />, 'es');
    expect(screen.getByTestId('summary-value-summary-toggle')).toHaveTextContent('Mostrar más');
  });

  it('speaks the agent language', () => {
    renderInApp(<SummaryCard summary={SUMMARY} appendToReply={recorder().appendToReply} />, 'es-MX');
    expect(screen.getByText('Resumen de ingeniería')).toBeInTheDocument();
    expect(screen.getByTestId('summary-source')).toHaveTextContent('Regresión');
  });

  it('says so when the reply editor refuses the text', async () => {
    renderInApp(<SummaryCard summary={SUMMARY} appendToReply={recorder(true).appendToReply} />);
    await userEvent.click(screen.getByTestId('insert-summary'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not add it to your reply: the reply editor is closed');
  });

  it('appears in the sidebar once the proxy has the summary', async () => {
    const proxy = new FakeProxy();
    proxy.add(escalationFixture({ ticketIds: [4242], state: 'resolved', summary: SUMMARY }));
    const { client, user } = renderSidebar({ proxy });
    await user.click(await screen.findByTestId('insert-summary'));
    expect(client.reply).toContain('Root cause: A cache key collided');
    expect(screen.getByTestId('escalation-status')).toBeInTheDocument();
  });

  it('is absent while engineering has not written one', async () => {
    const proxy = new FakeProxy();
    proxy.add(escalationFixture({ ticketIds: [4242] }));
    renderSidebar({ proxy });
    await screen.findByTestId('escalation-status');
    expect(screen.queryByTestId('summary-card')).not.toBeInTheDocument();
  });
});
