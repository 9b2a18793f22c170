import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { clientWrapper } from '../test/render';
import { FakeZafClient, ticketData } from '../test/fakeClient';
import { ClientProvider, FIRST_READ_WAIT_MS } from './ClientProvider';
import { startFirstRead } from './firstRead';
import { useLocale } from './useLocale';
import { useSettings } from './useSettings';
import { useTicket } from './useTicket';


const SETTINGS = { school_field_id: '360001' };
const FIELD_DATA = { 'ticket.customField:custom_field_360001': 'Lincoln High', currentUser: { locale: 'es' } };

function gets(client: FakeZafClient): string[] {
  return client.calls.filter((c) => c.kind === 'get').map((c) => c.name);
}

/** A client whose first read has been sent and answered, as when the location's code loads last. */
async function answeredFirstRead(): Promise<FakeZafClient> {
  const client = new FakeZafClient({ data: ticketData(FIELD_DATA), settings: SETTINGS });
  startFirstRead(client);
  await waitFor(() => expect(gets(client)).toHaveLength(1));
  await act(async () => undefined);
  return client;
}

/** The app as a component showing the ticket's school field, or "no ticket" while it has none. */
function renderSchoolField(client: FakeZafClient) {
  function SchoolField() {
    const { ticket } = useTicket(['360001']);
    return <p>{ticket?.customFields['360001'] ?? 'no ticket'}</p>;
  }
  render(
    <ClientProvider client={client} outside={null}>
      <SchoolField />
    </ClientProvider>,
  );
}

const useSidebarReads = () => {
  const settings = useSettings();
  const locale = useLocale();
  const { ticket } = useTicket(['360001']);
  return { settings, locale, ticket };
};

describe('the first read', () => {
  it('asks for the agent, the ticket and its mapped fields in one get', async () => {
    const client = await answeredFirstRead();
    expect(client.calls[0]?.args).toEqual(expect.arrayContaining(['currentUser', 'ticket.comments', 'ticket.customField:custom_field_360001']));
  });

  it('gives the hooks settings, locale and ticket on their first render, with no more reads', async () => {
    const client = await answeredFirstRead();
    const { result } = renderHook(useSidebarReads, { wrapper: clientWrapper(client) });
    expect(result.current.settings?.itemFields).toEqual({ school: '360001' });
    expect(result.current.locale).toBe('es');
    expect(result.current.ticket?.customFields).toEqual({ '360001': 'Lincoln High' });
    await act(async () => undefined);
    expect(gets(client)).toHaveLength(1);
  });

  it('is not used when the ticket changed after it was answered', async () => {
    const client = await answeredFirstRead();
    client.data['ticket.description'] = 'Edited before the sidebar loaded';
    client.emit('ticket.description.changed');
    const { result } = renderHook(() => useTicket(['360001']), { wrapper: clientWrapper(client) });
    expect(result.current.ticket).toBeNull();
    await waitFor(() => expect(result.current.ticket?.description).toBe('Edited before the sidebar loaded'));
  });

  it('is not used when the ticket changed while it was on its way', async () => {
    const client = new FakeZafClient({ data: ticketData(FIELD_DATA), settings: SETTINGS });
    const get = client.get.bind(client);
    client.get = async (paths) => {
      const answer = await get(paths);
      if (gets(client).length === 1) client.emit('ticket.tags.changed');
      return answer;
    };
    startFirstRead(client);
    await waitFor(() => expect(gets(client)).toHaveLength(1));
    await act(async () => undefined);
    const { result } = renderHook(() => useTicket(['360001']), { wrapper: clientWrapper(client) });
    expect(result.current.ticket).toBeNull();
    await waitFor(() => expect(result.current.ticket).not.toBeNull());
  });

  it('reads again when the ticket changes between the first render and listening', async () => {
    const client = await answeredFirstRead();
    const { result } = renderHook(
      () => {
        const state = useTicket(['360001']);
        // The host fires a change during the render, before the hook's effect subscribes.
        if (gets(client).length === 1 && client.data['ticket.subject'] !== 'Changed') {
          client.data['ticket.subject'] = 'Changed';
          client.emit('ticket.subject.changed');
        }
        return state;
      },
      { wrapper: clientWrapper(client) },
    );
    await waitFor(() => expect(result.current.ticket?.subject).toBe('Changed'));
  });

  it('hands the ticket out once, and only for the same custom fields', async () => {
    const client = await answeredFirstRead();
    const other = renderHook(() => useTicket([]), { wrapper: clientWrapper(client) });
    expect(other.result.current.ticket).toBeNull();
    await waitFor(() => expect(other.result.current.ticket).not.toBeNull());
    const again = renderHook(() => useTicket(['360001']), { wrapper: clientWrapper(client) });
    expect(again.result.current.ticket).toBeNull();
    await waitFor(() => expect(again.result.current.ticket).not.toBeNull());
    expect(gets(client)).toHaveLength(3);
  });

  it('holds the app back until it is in, so no hook asks on its own', async () => {
    const client = new FakeZafClient({ data: ticketData(FIELD_DATA), settings: SETTINGS });
    const get = client.get.bind(client);
    let asked = 0;
    let answer = () => {};
    client.get = (paths) => {
      asked++;
      return new Promise((resolve) => (answer = () => resolve(get(paths))));
    };
    startFirstRead(client);
    renderSchoolField(client);
    await waitFor(() => expect(asked).toBe(1));
    expect(screen.queryByText(/ticket|Lincoln/)).toBeNull();
    await act(async () => answer());
    expect(await screen.findByText('Lincoln High')).toBeTruthy();
    expect(asked).toBe(1);
  });

  it('does not hold the app back for long when it is slow', async () => {
    const client = new FakeZafClient({ data: ticketData(FIELD_DATA), settings: SETTINGS });
    const get = client.get.bind(client);
    let first = true;
    client.get = (paths) => {
      if (!first) return get(paths);
      first = false;
      return new Promise(() => {}); // never answered
    };
    startFirstRead(client);
    renderSchoolField(client);
    expect(screen.queryByText('no ticket')).toBeNull();
    expect(await screen.findByText('Lincoln High', {}, { timeout: FIRST_READ_WAIT_MS + 1000 })).toBeTruthy();
  });

  it('leaves the hooks to ask for themselves when it fails', async () => {
    const client = new FakeZafClient({ data: ticketData(FIELD_DATA), settings: SETTINGS });
    const get = client.get.bind(client);
    let first = true;
    client.get = async (paths) => {
      if (first) {
        first = false;
        throw new Error('host busy');
      }
      return get(paths);
    };
    startFirstRead(client);
    await act(async () => undefined);
    const { result } = renderHook(useSidebarReads, { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current.ticket).not.toBeNull());
    expect(result.current.locale).toBe('es');
  });
});
