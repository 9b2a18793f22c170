import { act, renderHook, waitFor } from '@testing-library/react';
import { clientWrapper } from '../test/render';
import { FakeZafClient, ticketData } from '../test/fakeClient';
import { useAppVisible, useHostInfo } from './useHost';


function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useHostInfo', () => {
  it('reads the account subdomain and the signed-in agent', async () => {
    const client = new FakeZafClient({ data: ticketData(), context: { location: 'ticket_sidebar', account: { subdomain: 'acme' } } });
    const { result } = renderHook(() => useHostInfo(), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current).toEqual({ subdomain: 'acme', agent: { name: 'Agent Smith', email: 'agent@example.com' } });
  });

  it('says null for what the host does not give', async () => {
    const client = new FakeZafClient({ data: {}, context: { location: 'ticket_sidebar' } });
    const { result } = renderHook(() => useHostInfo(), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current).toEqual({ subdomain: null, agent: null }));
  });
});

describe('useAppVisible', () => {
  // Still mounted here (the library unmounts after this hook), so the event is a React update.
  afterEach(() => act(() => setVisibility('visible')));

  it('follows app.deactivated / app.activated and calls back when shown again', async () => {
    const client = new FakeZafClient({ data: ticketData() });
    const shown = jest.fn();
    const { result, unmount } = renderHook(() => useAppVisible(shown), { wrapper: clientWrapper(client) });
    expect(result.current).toBe(true);
    act(() => client.emit('app.deactivated'));
    expect(result.current).toBe(false);
    act(() => client.emit('app.activated'));
    expect(result.current).toBe(true);
    expect(shown).toHaveBeenCalledTimes(1);
    unmount();
    expect(client.listenerCount('app.activated')).toBe(0);
  });

  it('follows the page visibility when the host sends no events', () => {
    const client = new FakeZafClient({ data: ticketData() });
    const shown = jest.fn();
    const { result } = renderHook(() => useAppVisible(shown), { wrapper: clientWrapper(client) });
    act(() => setVisibility('hidden'));
    expect(result.current).toBe(false);
    expect(shown).not.toHaveBeenCalled();
    act(() => setVisibility('visible'));
    expect(result.current).toBe(true);
    expect(shown).toHaveBeenCalledTimes(1);
  });
});
