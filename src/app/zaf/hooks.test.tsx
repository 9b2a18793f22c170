import { act, renderHook, waitFor } from '@testing-library/react';
import { clientWrapper } from '../test/render';
import { FakeZafClient, ticketData } from '../test/fakeClient';
import { useAutoResize } from './useAutoResize';
import { fieldTitlesFrom, useFieldTitles } from './useFieldTitles';
import { useLocale } from './useLocale';
import { useSettings } from './useSettings';
import { useTicket } from './useTicket';
import { useTicketActions } from './useTicketActions';


describe('useTicket', () => {
  it('reads the ticket with its mapped fields and re-reads it on change events', async () => {
    const client = new FakeZafClient({ data: ticketData({ 'ticket.customField:custom_field_360001': 'Lincoln High' }) });
    const { result } = renderHook(() => useTicket(['360001']), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current.ticket).not.toBeNull());
    expect(result.current.ticket).toMatchObject({ id: 4242, customFields: { '360001': 'Lincoln High' } });

    client.data['ticket.description'] = 'Now with steps';
    await act(async () => client.emit('ticket.description.changed'));
    await waitFor(() => expect(result.current.ticket?.description).toBe('Now with steps'));

    client.data['ticket.customField:custom_field_360001'] = 'Roosevelt Middle';
    await act(async () => client.emit('ticket.custom_field_360001.changed'));
    await waitFor(() => expect(result.current.ticket?.customFields['360001']).toBe('Roosevelt Middle'));
  });

  it('reports a failed read and stops listening when unmounted', async () => {
    const client = new FakeZafClient({ data: ticketData() });
    client.get = async () => {
      throw new Error('host went away');
    };
    const { result, unmount } = renderHook(() => useTicket([]), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current.error).toBe('host went away'));
    expect(client.listenerCount('ticket.updated')).toBe(1);
    unmount();
    expect(client.listenerCount('ticket.updated')).toBe(0);
  });
});

describe('useSettings and useLocale', () => {
  it('types the settings and reads the agent locale', async () => {
    const client = new FakeZafClient({
      data: ticketData({ currentUser: { locale: 'es-MX' } }),
      settings: { school_field_id: '360001', required_items_json: 'nope' },
    });
    const { result } = renderHook(() => ({ settings: useSettings(), locale: useLocale() }), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current.settings).not.toBeNull());
    expect(result.current.settings?.itemFields).toEqual({ school: '360001' });
    expect(result.current.settings?.problems[0]?.setting).toBe('required_items_json');
    await waitFor(() => expect(result.current.locale).toBe('es-MX'));
  });

  it('falls back to "en" when the host does not know the user', async () => {
    const client = new FakeZafClient({ data: {} });
    const { result } = renderHook(() => useLocale(), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current).toBe('en'));
  });
});

describe('useTicketActions', () => {
  it('saves the type as a tag, replacing any earlier issue_type_* tag', async () => {
    const client = new FakeZafClient({ data: ticketData({ 'ticket.tags': ['vip', 'issue_type_problem', 'issue_type_bogus'] }) });
    const { result } = renderHook(() => useTicketActions({ issueTypeFieldId: null }), { wrapper: clientWrapper(client) });
    await act(() => result.current.saveIssueType('outage'));
    expect(client.data['ticket.tags']).toEqual(['vip', 'issue_type_outage']);
    expect(client.invokes('ticket.tags.remove')).toEqual([[['issue_type_problem', 'issue_type_bogus']]]);
    expect(client.invokes('ticket.tags.add')).toEqual([[['issue_type_outage']]]);
  });

  it('does not touch tags when the type tag is already the only one', async () => {
    const client = new FakeZafClient({ data: ticketData({ 'ticket.tags': ['issue_type_outage'] }) });
    const { result } = renderHook(() => useTicketActions({ issueTypeFieldId: null }), { wrapper: clientWrapper(client) });
    await act(() => result.current.saveIssueType('outage'));
    expect(client.calls.filter((c) => c.kind === 'invoke')).toEqual([]);
  });

  it('writes the mapped field instead of tags when one is set', async () => {
    const client = new FakeZafClient({ data: ticketData() });
    const { result } = renderHook(() => useTicketActions({ issueTypeFieldId: '360005' }), { wrapper: clientWrapper(client) });
    await act(() => result.current.saveIssueType('time_sensitive'));
    expect(client.calls.filter((c) => c.kind !== 'get')).toEqual([
      { kind: 'set', name: 'ticket.customField:custom_field_360005', args: ['time_sensitive'] },
    ]);
  });

  it("saves the agent's word on an item as its tag, replacing the other one, and takes it back", async () => {
    const client = new FakeZafClient({ data: ticketData({ 'ticket.tags': ['vip', 'checklist_na_steps_to_reproduce', 'checklist_ok_visuals'] }) });
    const { result } = renderHook(() => useTicketActions({ issueTypeFieldId: null }), { wrapper: clientWrapper(client) });
    await act(() => result.current.saveConfirmation('stepsToReproduce', 'present'));
    expect(client.invokes('ticket.tags.remove')).toEqual([[['checklist_na_steps_to_reproduce']]]);
    expect(client.invokes('ticket.tags.add')).toEqual([[['checklist_ok_steps_to_reproduce']]]);
    expect(client.data['ticket.tags']).toEqual(['vip', 'checklist_ok_visuals', 'checklist_ok_steps_to_reproduce']);

    await act(() => result.current.saveConfirmation('stepsToReproduce', null));
    await act(() => result.current.saveConfirmation('userIds', 'not_needed'));
    expect(client.data['ticket.tags']).toEqual(['vip', 'checklist_ok_visuals', 'checklist_na_user_ids']);

    const before = client.calls.length;
    await act(() => result.current.saveConfirmation('visuals', 'present'));
    expect(client.calls.slice(before).filter((c) => c.kind === 'invoke')).toEqual([]); // already so
  });

  it('appends to the reply and passes a failure on to the caller', async () => {
    const client = new FakeZafClient({ data: ticketData() });
    const { result } = renderHook(() => useTicketActions({ issueTypeFieldId: null }), { wrapper: clientWrapper(client) });
    await act(() => result.current.appendToReply('Hello'));
    expect(client.reply).toBe('Hello');
    const broken = new FakeZafClient({ failing: ['comment.appendText'] });
    const { result: r2 } = renderHook(() => useTicketActions({ issueTypeFieldId: null }), { wrapper: clientWrapper(broken) });
    await expect(r2.current.appendToReply('Hello')).rejects.toThrow('not available');
  });

  it('puts text in the reply once: nothing again, or in place of its earlier version, HTML kept as HTML', async () => {
    const client = new FakeZafClient({ data: ticketData() });
    const { result } = renderHook(() => useTicketActions({ issueTypeFieldId: null }), { wrapper: clientWrapper(client) });
    client.reply = '<p>Hi Dana,</p><p>Old request</p><p>Best</p>';
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.appendToReply('Old request');
    });
    expect(outcome).toBe('already');
    expect(client.invokes('comment.appendText')).toEqual([]);
    const earlier = (reply: string) => {
      const start = reply.indexOf('Old request');
      return start < 0 ? null : { start, end: start + 'Old request'.length };
    };
    await act(async () => {
      outcome = await result.current.appendToReply('New request\nline two <b>', earlier);
    });
    expect(outcome).toBe('replaced');
    expect(client.reply).toBe('<p>Hi Dana,</p><p>New request<br>line two &lt;b&gt;</p><p>Best</p>');
  });
});

describe('useFieldTitles', () => {
  it("reads the custom fields' titles from ticketFields, defensively", () => {
    expect(
      fieldTitlesFrom({
        ticketFields: [
          { name: 'subject', label: 'Subject' },
          { name: 'custom_field_360001', label: ' School ' },
          { name: 'custom_field_360002', label: '' },
          { name: 'custom_field_x', label: 'Odd' },
          null,
          'text',
          { name: 'custom_field_360005' },
        ],
      }),
    ).toEqual({ '360001': 'School' });
    expect(fieldTitlesFrom({ ticketFields: 'nope' })).toEqual({});
  });

  it('asks the host once when enabled, and stays empty when the host does not say', async () => {
    const client = new FakeZafClient({ data: { ticketFields: [{ name: 'custom_field_360001', label: 'School' }] } });
    const { result } = renderHook(() => useFieldTitles(true), { wrapper: clientWrapper(client) });
    await waitFor(() => expect(result.current).toEqual({ '360001': 'School' }));
    expect(client.calls.filter((c) => c.name === 'ticketFields')).toHaveLength(1);

    const silent = new FakeZafClient({ data: {} });
    const { result: r2 } = renderHook(() => useFieldTitles(true), { wrapper: clientWrapper(silent) });
    await waitFor(() => expect(silent.calls).toHaveLength(1));
    expect(r2.current).toEqual({});

    const off = new FakeZafClient({ data: {} });
    renderHook(() => useFieldTitles(false), { wrapper: clientWrapper(off) });
    expect(off.calls).toEqual([]);
  });
});

describe('useAutoResize', () => {
  const original = globalThis.ResizeObserver;
  afterEach(() => {
    globalThis.ResizeObserver = original;
    jest.restoreAllMocks();
  });

  it('resizes the iframe to the content height when it changes, once per height', () => {
    const observers: Array<() => void> = [];
    globalThis.ResizeObserver = class {
      constructor(private readonly cb: () => void) {
        observers.push(() => this.cb());
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    let height = 120.4;
    const element = document.createElement('div');
    jest.spyOn(element, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const client = new FakeZafClient();
    renderHook(() => useAutoResize({ current: element }), { wrapper: clientWrapper(client) });
    height = 300;
    observers.forEach((fire) => fire());
    observers.forEach((fire) => fire());
    expect(client.invokes('resize')).toEqual([[{ width: '100%', height: '121px' }], [{ width: '100%', height: '300px' }]]);
  });
});
