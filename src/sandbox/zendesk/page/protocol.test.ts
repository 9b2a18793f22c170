import { sampleTickets } from '../sampleTickets';
import { handleAppMessage, type Effect, type HostState } from './protocol';

const GUID = 'guid-1';

function hostState(over: Partial<HostState> = {}): HostState {
  return {
    appGuid: GUID,
    ticket: sampleTickets().find((t) => t.id === 1005)!,
    draft: { text: '', type: 'publicReply' },
    settings: { proxy_url: 'http://127.0.0.1:8787', school_field_id: '360001' },
    appName: 'Support escalation',
    currentUser: { id: 9001, name: 'Sandbox Agent', email: 'agent@sandbox.example.com', locale: 'en-US', role: 'admin' },
    subscriptions: {},
    registered: false,
    ...over,
  };
}

const call = (id: number, request: string, params: unknown) => JSON.stringify({ id, request, params, appGuid: GUID, instanceGuid: GUID });
const posts = (effects: Effect[]) => effects.filter((e) => e.type === 'post').map((e) => (e as { message: unknown }).message);
type Reply = { id: number; result: Record<string, unknown> & { errors: Record<string, { name: string }> } };

describe('handleAppMessage: handshake and registrations', () => {
  it('answers the handshake with metadata (public settings) and a ticket_sidebar context', () => {
    const { state, effects } = handleAppMessage(hostState(), JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0.9' }, appGuid: GUID }));
    expect(state.registered).toBe(true);
    expect(posts(effects)[0]).toEqual({
      key: 'zaf.app.registered',
      message: {
        metadata: expect.objectContaining({ settings: { proxy_url: 'http://127.0.0.1:8787', school_field_id: '360001' } }),
        context: expect.objectContaining({ location: 'ticket_sidebar', ticketId: 1005, account: { subdomain: 'sandbox' }, instanceGuid: GUID }),
      },
    });
  });

  it('ignores messages for another app and garbage', () => {
    const s = hostState();
    expect(handleAppMessage(s, JSON.stringify({ key: 'iframe.handshake', appGuid: 'other' })).effects).toEqual([]);
    expect(handleAppMessage(s, '{not json').effects).toEqual([]);
    expect(handleAppMessage(s, 42).effects).toEqual([]);
  });

  it('records iframe.on / iframe.off subscriber counts', () => {
    let { state } = handleAppMessage(hostState(), { key: 'iframe.on:ticket.tags.changed', message: { subscriberCount: 1 }, appGuid: GUID });
    ({ state } = handleAppMessage(state, { key: 'iframe.off:ticket.tags.changed', message: { subscriberCount: 0 }, appGuid: GUID }));
    expect(state.subscriptions).toEqual({ 'ticket.tags.changed': 0 });
  });

  it('turns request:N into a request effect carrying the options', () => {
    const options = { url: '{{setting.proxy_url}}/api/x', secure: true };
    const { effects } = handleAppMessage(hostState(), JSON.stringify({ key: 'request:3', message: options, appGuid: GUID }));
    expect(effects).toEqual([{ type: 'request', key: 'request:3', options }]);
  });
});

describe('handleAppMessage: get', () => {
  it('answers every contract path', () => {
    const paths = [
      'ticket.id', 'ticket.subject', 'ticket.description', 'ticket.status', 'ticket.tags', 'ticket.requester',
      'ticket.organization', 'ticket.comments', 'ticket.customField:custom_field_360001', 'currentUser', 'ticket.requester.email',
    ];
    const reply = posts(handleAppMessage(hostState(), call(1, 'get', paths)).effects)[0] as Reply;
    expect(reply.id).toBe(1);
    expect(reply.result.errors).toEqual({});
    expect(reply.result).toMatchObject({
      'ticket.id': 1005,
      'ticket.status': 'open',
      'ticket.tags': ['video'],
      'ticket.requester': { id: 505, name: 'Aisha Okafor', email: 'aokafor@westfield.example.org' },
      'ticket.organization': { id: 74, name: 'Westfield Academy' },
      'ticket.customField:custom_field_360001': 'Westfield Academy',
      'currentUser': expect.objectContaining({ locale: 'en-US' }),
      'ticket.requester.email': 'aokafor@westfield.example.org',
    });
    const comments = reply.result['ticket.comments'] as Array<Record<string, unknown>>;
    expect(comments[1]).toMatchObject({
      author: { name: 'Aisha Okafor', role: 'end-user' },
      imageAttachments: [expect.objectContaining({ contentType: 'image/png', fileName: 'Screenshot 2026-11-24 at 09.14.52.png' })],
      nonImageAttachments: [],
      isPublic: true,
    });
    expect(String(comments[0]!.value)).toContain('loom.com/share');
  });

  it('gives per-path APIUnavailable errors for unknown paths and unknown fields', () => {
    const reply = posts(handleAppMessage(hostState(), call(2, 'get', ['ticket.subject', 'ticket.nope', 'ticket.customField:custom_field_424242'])).effects)[0] as Reply;
    expect(reply.result['ticket.subject']).toBe('Video player stuck on loading in Biology lessons');
    expect(reply.result.errors['ticket.nope']).toMatchObject({ name: 'APIUnavailable' });
    expect(reply.result.errors['ticket.customField:custom_field_424242']).toMatchObject({ name: 'APIUnavailable' });
    expect(reply.result['ticket.nope']).toBeUndefined();
  });

  it('lists the ticket fields as ZAF does: custom ones as custom_field_<id> with their title as label', () => {
    const paths = ['ticketFields', 'ticketFields:custom_field_360001', 'ticketFields:custom_field_360002.label', 'ticketFields:custom_field_424242', 'ticketFields:custom_field_360001.nope'];
    const reply = posts(handleAppMessage(hostState(), call(3, 'get', paths)).effects)[0] as Reply;
    const list = reply.result.ticketFields as Array<Record<string, unknown>>;
    expect(list).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'subject', label: 'Subject' }),
      expect.objectContaining({ name: 'custom_field_360001', label: 'School', type: 'text' }),
      expect.objectContaining({ name: 'custom_field_360002', label: 'Scope', type: 'tagger', options: expect.arrayContaining([{ label: 'A school', value: 'scope_school' }]) }),
    ]));
    expect(reply.result['ticketFields:custom_field_360001']).toMatchObject({ name: 'custom_field_360001', label: 'School' });
    expect(reply.result['ticketFields:custom_field_360002.label']).toBe('Scope');
    expect(reply.result.errors['ticketFields:custom_field_424242']).toMatchObject({ name: 'APIUnavailable' });
    expect(reply.result.errors['ticketFields:custom_field_360001.nope']).toMatchObject({ name: 'APIUnavailable' });
  });

  it('answers a request it does not know with an error, so the call does not hang', () => {
    const reply = posts(handleAppMessage(hostState(), call(3, 'destroy', {})).effects)[0] as { id: number; error: { name: string } };
    expect(reply).toMatchObject({ id: 3, error: { name: 'InvalidRequest' } });
  });
});

describe('handleAppMessage: set', () => {
  it('sets a custom field and the subject as one patch, replying with the values', () => {
    const { effects } = handleAppMessage(hostState(), call(4, 'set', { 'ticket.customField:custom_field_360005': 'outage', 'ticket.subject': 'New subject' }));
    expect(posts(effects)[0]).toMatchObject({ id: 4, result: { errors: {}, 'ticket.customField:custom_field_360005': 'outage' } });
    expect(effects).toContainEqual({ type: 'patch', patch: { customFields: { '360005': 'outage' }, subject: 'New subject' } });
  });

  it('refuses bad values per path and patches nothing for them', () => {
    const { effects } = handleAppMessage(hostState(), call(5, 'set', {
      'ticket.customField:custom_field_360005': 'catastrophe',
      'ticket.status': 'exploded',
      'ticket.description': 'x',
    }));
    const reply = posts(effects)[0] as Reply;
    expect(reply.result.errors['ticket.customField:custom_field_360005']).toMatchObject({ name: 'InvalidValue' });
    expect(reply.result.errors['ticket.status']).toMatchObject({ name: 'InvalidValue' });
    expect(reply.result.errors['ticket.description']).toMatchObject({ name: 'APIUnavailable' });
    expect(effects.some((e) => e.type === 'patch')).toBe(false);
  });

  it('sets the reply draft', () => {
    const { state, effects } = handleAppMessage(hostState(), call(6, 'set', { 'comment.text': 'Hello', 'comment.type': 'internalNote' }));
    expect(state.draft).toEqual({ text: 'Hello', type: 'internalNote' });
    expect(effects).toContainEqual({ type: 'draft', draft: { text: 'Hello', type: 'internalNote' } });
  });
});

describe('handleAppMessage: invoke', () => {
  it('adds and removes tags given as the SDK sends them', () => {
    const add = handleAppMessage(hostState(), call(7, 'invoke', { 'ticket.tags.add': [['issue_type_outage', 'escalated']] }));
    expect(add.effects).toContainEqual({ type: 'patch', patch: { addTags: ['issue_type_outage', 'escalated'] } });
    const remove = handleAppMessage(hostState(), call(8, 'invoke', { 'ticket.tags.remove': ['issue_type_problem'] }));
    expect(remove.effects).toContainEqual({ type: 'patch', patch: { removeTags: ['issue_type_problem'] } });
  });

  it('appends text to the reply draft, twice in a row', () => {
    let { state } = handleAppMessage(hostState(), call(9, 'invoke', { 'comment.appendText': ['Hi Aisha,\n'] }));
    ({ state } = handleAppMessage(state, call(10, 'invoke', { 'comment.appendMarkdown': ['could you send **the SID**?'] })));
    expect(state.draft.text).toBe('Hi Aisha,\ncould you send **the SID**?');
  });

  it('resizes and notifies', () => {
    const resize = handleAppMessage(hostState(), call(11, 'invoke', { resize: [{ width: '100%', height: '321px' }] }));
    expect(resize.effects).toContainEqual({ type: 'resize', width: '100%', height: '321px' });
    const notify = handleAppMessage(hostState(), call(12, 'invoke', { notify: ['Saved', 'error'] }));
    expect(notify.effects).toContainEqual({ type: 'notify', message: 'Saved', kind: 'error' });
  });

  it('answers harmless invokes it does not implement, and errors on unknown ones', () => {
    const track = posts(handleAppMessage(hostState(), call(13, 'invoke', { track: ['click'] })).effects)[0] as Reply;
    expect(track.result.errors).toEqual({});
    const unknown = posts(handleAppMessage(hostState(), call(14, 'invoke', { 'ticket.selfDestruct': [] })).effects)[0] as Reply;
    expect(unknown.result.errors['ticket.selfDestruct']).toMatchObject({ name: 'APIUnavailable' });
  });
});
