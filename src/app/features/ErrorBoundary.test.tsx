import { render, screen } from '@testing-library/react';
import { App } from '../App';
import { FakeZafClient, ticketData } from '../test/fakeClient';

// Stands in for any bug in a render: the checklist engine throws.
jest.mock('../../core/checklist', () => ({
  evaluateChecklist: () => {
    throw new Error('checklist engine failed');
  },
}));

it('a render failure says so in the sidebar instead of leaving it blank', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  render(<App client={new FakeZafClient({ data: ticketData() })} />);
  expect(await screen.findByTestId('sidebar-crashed')).toHaveTextContent(
    'The sidebar stopped: checklist engine failed. Reopen the ticket to try again.',
  );
});
