import { act, render, renderHook, screen } from '@testing-library/react';
import { FakeZafClient } from '../test/fakeClient';
import { ClientProvider, useClient } from './ClientProvider';

function Inside() {
  useClient();
  return <p>inside</p>;
}

describe('ClientProvider', () => {
  it('shows the outside message when the real SDK finds no Zendesk host', () => {
    // No client prop: the provider starts the real SDK, which returns false without origin/app_guid.
    render(
      <ClientProvider outside={<p>open me inside Zendesk</p>}>
        <Inside />
      </ClientProvider>,
    );
    expect(screen.getByText('open me inside Zendesk')).toBeInTheDocument();
    expect(screen.queryByText('inside')).not.toBeInTheDocument();
  });

  it('renders nothing until the host registers the app', () => {
    const client = new FakeZafClient({ ready: false });
    render(
      <ClientProvider client={client} outside={null}>
        <Inside />
      </ClientProvider>,
    );
    expect(screen.queryByText('inside')).not.toBeInTheDocument();
    act(() => client.register());
    expect(screen.getByText('inside')).toBeInTheDocument();
    expect(client.listenerCount('app.registered')).toBe(0);
  });

  it('useClient outside the provider is an error', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useClient())).toThrow(/inside <ClientProvider>/);
  });
});
