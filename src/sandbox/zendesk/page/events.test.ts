import { sampleTickets } from '../sampleTickets';
import { apiNotificationEvents, eventMessage, requestReply, ticketEvents } from './events';
import { applyPatch, htmlToText } from './model';

const base = sampleTickets().find((t) => t.id === 1002)!;
const NOW = '2026-11-24T15:00:00.000Z';

describe('ticketEvents', () => {
  it('fires one event per changed ticket part', () => {
    const next = applyPatch(base, { subject: 'S', description: 'D', status: 'open', addTags: ['x'], customFields: { '360001': 'Oak School' } }, NOW);
    expect(ticketEvents(base, next).map((e) => e.name)).toEqual([
      'ticket.subject.changed',
      'ticket.description.changed',
      'ticket.status.changed',
      'ticket.tags.changed',
      'ticket.custom_field_360001.changed',
      'ticket.updated', // the description is the first comment
    ]);
    expect(ticketEvents(base, next).find((e) => e.name === 'ticket.custom_field_360001.changed')!.payload).toBe('Oak School');
  });

  it('fires tags.changed too when a tagger field brings its tag', () => {
    const next = applyPatch(base, { customFields: { '360005': 'outage' } }, NOW);
    expect(ticketEvents(base, next).map((e) => e.name)).toEqual(['ticket.tags.changed', 'ticket.custom_field_360005.changed']);
  });

  it('fires ticket.updated when comments change', () => {
    const next = { ...base, comments: [...base.comments, { ...base.comments[0]!, id: 99 }] };
    expect(ticketEvents(base, next).map((e) => e.name)).toEqual(['ticket.updated']);
  });

  it('fires nothing for an unchanged ticket, even if only updatedAt moved', () => {
    expect(ticketEvents(base, { ...base, updatedAt: NOW })).toEqual([]);
  });

  it('builds the zaf.<name> message', () => {
    expect(eventMessage({ name: 'ticket.status.changed', payload: 'open' })).toEqual({ key: 'zaf.ticket.status.changed', message: 'open' });
  });
});

describe('apiNotificationEvents', () => {
  const n = { appId: 4242, event: 'escalation_updated', body: { escalationId: 'e-1', ticketIds: [1001] }, agentId: null };
  const host = { appId: 4242, agentId: 9001 };

  it('fires api_notification.<event> with the body, in the zaf.<name> message the SDK reads', () => {
    const events = apiNotificationEvents(n, host);
    expect(events).toEqual([{ name: 'api_notification.escalation_updated', payload: { body: n.body } }]);
    expect(eventMessage(events[0]!)).toEqual({ key: 'zaf.api_notification.escalation_updated', message: { body: n.body } });
  });

  it('reaches only instances of the named app, and only the named agent when there is one', () => {
    expect(apiNotificationEvents({ ...n, appId: 1 }, host)).toEqual([]);
    expect(apiNotificationEvents({ ...n, agentId: 7 }, host)).toEqual([]);
    expect(apiNotificationEvents({ ...n, agentId: 9001 }, host)).toHaveLength(1);
  });
});

describe('requestReply', () => {
  const json = { 'content-type': 'application/json' };

  it('resolves with parsed JSON on 2xx', () => {
    const reply = requestReply('request:1', {}, { status: 200, statusText: 'OK', headers: json, responseText: '{"id":"e1"}' });
    expect(reply.key).toBe('zaf.request:1.done');
    expect((reply.message as { responseArgs: unknown[] }).responseArgs.slice(0, 2)).toEqual([{ id: 'e1' }, 'success']);
  });

  it('resolves with the complete response when httpCompleteResponse is set', () => {
    const reply = requestReply('request:2', { httpCompleteResponse: true }, { status: 201, statusText: 'Created', headers: json, responseText: '{"a":1}' });
    expect((reply.message as { responseArgs: unknown[] }).responseArgs[0]).toEqual({
      status: 201, statusText: 'Created', headers: json, responseText: '{"a":1}', responseJSON: { a: 1 },
    });
  });

  it('rejects with status and text on 4xx/5xx', () => {
    const reply = requestReply('request:3', {}, { status: 401, statusText: 'Unauthorized', headers: json, responseText: '{"error":"bad token"}' });
    expect(reply.key).toBe('zaf.request:3.fail');
    const [xhr, textStatus, statusText] = (reply.message as { responseArgs: [Record<string, unknown>, string, string] }).responseArgs;
    expect(xhr).toMatchObject({ status: 401, responseText: '{"error":"bad token"}', responseJSON: { error: 'bad token' } });
    expect([textStatus, statusText]).toEqual(['error', 'Unauthorized']);
  });

  it('rejects a 2xx whose JSON does not parse, as jQuery does', () => {
    const reply = requestReply('request:4', { dataType: 'json' }, { status: 200, statusText: 'OK', headers: {}, responseText: '<html>' });
    expect(reply.key).toBe('zaf.request:4.fail');
    expect((reply.message as { responseArgs: unknown[] }).responseArgs[1]).toBe('parsererror');
  });

  it('gives plain text for non-JSON responses', () => {
    const reply = requestReply('request:5', {}, { status: 200, statusText: 'OK', headers: { 'content-type': 'text/plain' }, responseText: 'pong' });
    expect((reply.message as { responseArgs: unknown[] }).responseArgs[0]).toBe('pong');
  });
});

describe('applyPatch', () => {
  it('edits the first comment with the description, as Zendesk\'s description is that comment', () => {
    const next = applyPatch(base, { description: 'School: Oak\n\nSID 1234' }, NOW);
    expect(next.comments[0]).toMatchObject({ plainBody: 'School: Oak\n\nSID 1234', htmlBody: '<p>School: Oak</p><p>SID 1234</p>' });
    expect(ticketEvents(base, next).map((e) => e.name)).toEqual(['ticket.description.changed', 'ticket.updated']);
  });

  it('does not change its input', () => {
    const copy = structuredClone(base);
    applyPatch(base, { addTags: ['x'], description: 'y', customFields: { '360002': 'scope_school' } }, NOW);
    expect(base).toEqual(copy);
  });
});

describe('htmlToText', () => {
  it('keeps table cells apart, decodes entities, drops tags, scripts and styles', () => {
    const html =
      '<style>p{}</style><table><tr><td><b>School:</b></td><td>Riverside</td></tr></table>' +
      '<p>Ms. Patel&#39;s class &amp; more&hellip; &#x263A; &bogus;</p><ul><li>one</li></ul><script>x()</script>';
    expect(htmlToText(html)).toBe("School: Riverside\nMs. Patel's class & more… ☺ &bogus;\n\n- one");
  });
});
