// Slack -> proxy over real HTTP: the stand-in signs and sends events, slash commands and modal
// submissions as Slack does; the proxy checks, stores and acts through its jobs.
import type { Escalation } from '../core/api';
import { escalationRequest } from './testing/harness';
import { waitForComplete } from './testing/expectations';
import type { Harness } from './testing/harness';
import { escalatedHarness, byTicket, channelMessages, countRows, jobsSettled, messageEvent, slackSend } from './testing/inbound';
import { waitFor } from './testing/waitFor';
import { testDialects } from './store/testStores';

jest.setTimeout(30_000);

const TEMPLATE = `*Engineering Outage Summary*
*Summary:* Gradebook returned 500s for 40 minutes <!channel>
*Root Cause:* a migration dropped an index
*Immediate fix:* rolled back the migration
*Potential Enhancements:* canary migrations
*Customer Type:* managed
*Product:* Gradebook
*Source:* regression`;

const modalValues = (over: Record<string, string> = {}) => {
  const v = { summary: 'Gradebook 500s & <b>timeouts</b>', root_cause: 'Index dropped', immediate_fix: 'Rollback', potential_enhancements: 'Canary', customer_type: 'managed', product: 'Gradebook', source: 'regression', third_party: '', ...over };
  return Object.fromEntries(Object.entries(v).map(([k, value]) => [k, { value }]));
};

describe.each(testDialects)('Slack to proxy on %s', (dialect) => {
  let h: Harness;
  let esc: Escalation;
  let channel: string;
  beforeEach(async () => {
    ({ h, esc, channel } = await escalatedHarness(dialect));
  });
  afterEach(() => h.close());

  it('answers url_verification, and shows who was invited and the cadence', async () => {
    expect((await h.slack.verifyEventsUrl()).verified).toBe(true);
    expect(esc.cadenceMinutes).toBe(15);
    expect(esc.invited).toEqual(expect.arrayContaining([{ id: 'U0ONCALL1', name: 'olivia.oncall' }, { id: 'U0ENG00001', name: 'ada.lovelace' }]));
  });

  it('refuses bad signatures with 401 and stores nothing', async () => {
    const body = messageEvent(channel, 'should not count');
    const now = Math.floor(Date.now() / 1000);
    const before = await countRows(h, 'inbound_events');
    // Well outside Slack's five minutes either way: a second boundary crossed while the test runs must not matter.
    for (const o of [{ secret: 'wrong-secret' }, { atSec: now - 360 }, { atSec: now + 360 }, { headers: { 'x-slack-signature': '' } }]) {
      expect((await slackSend(h, '/slack/events', body, o)).status).toBe(401);
    }
    const form = 'command=%2Foutage-summary&channel_id=' + channel;
    expect((await slackSend(h, '/slack/commands', form, { form: true, secret: 'nope' })).status).toBe(401);
    expect((await slackSend(h, '/slack/interactions', 'payload=%7B%7D', { form: true, atSec: now - 600 })).status).toBe(401);
    const unsigned = await fetch(h.proxy.url + '/slack/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await countRows(h, 'inbound_events')).toBe(before);
    expect((await byTicket(h, 1001)).lastActivityAt).toBeNull();
  });

  it('answers 400 to malformed payloads and stores nothing', async () => {
    const before = await countRows(h, 'inbound_events');
    expect((await slackSend(h, '/slack/events', '{not json')).status).toBe(400);
    expect((await slackSend(h, '/slack/events', JSON.stringify({ type: 'event_callback', event: { type: 'message' } }))).status).toBe(400);
    expect((await slackSend(h, '/slack/events', messageEvent(channel, 'x', { ts: 42 }))).status).toBe(400);
    expect((await slackSend(h, '/slack/commands', `command=%2Foutage-summary&channel_id=${channel}`, { form: true })).status).toBe(400);
    expect((await slackSend(h, '/slack/interactions', 'nothing=here', { form: true })).status).toBe(400);
    expect((await slackSend(h, '/slack/interactions', 'payload=%7Bbroken', { form: true })).status).toBe(400);
    expect(await countRows(h, 'inbound_events')).toBe(before);
    expect(await countRows(h, 'summaries')).toBe(0);
    expect((await byTicket(h, 1001)).lastActivityAt).toBeNull();
  });

  it('records a person\'s message as the latest update; bot messages and joins do not count', async () => {
    // The card and other bot posts already produced events: none counted.
    expect(h.slack.deliveries().some((d) => d.kind === 'event')).toBe(true);
    expect((await byTicket(h, 1001)).lastActivityAt).toBeNull();
    expect((await slackSend(h, '/slack/events', messageEvent(channel, 'joined', { subtype: 'channel_join' }))).json().outcome).toBe('ignored');
    await h.slack.postAsUser(channel, 'U0ENG00002', 'Rolled back the deploy, error rate falling');
    const after = await byTicket(h, 1001);
    expect(after.latestUpdate).toMatchObject({ text: 'Rolled back the deploy, error rate falling', user: 'U0ENG00002' });
    expect(after.lastActivityAt).not.toBeNull();
  });

  it('in thread mode, a reply in the ticket\'s triage thread is its update', async () => {
    const r = await h.post('/api/escalations', { ...escalationRequest({ ticketId: 1003 }), issueType: 'problem' });
    expect(r.status).toBe(201);
    const problem = await waitForComplete(h, 1003);
    expect(problem.mode).toBe('thread');
    await h.slack.postAsUser(problem.slack.channelId!, 'U0ENG00003', 'Looking at it', { threadTs: problem.slack.threadTs! });
    expect((await byTicket(h, 1003)).latestUpdate?.text).toBe('Looking at it');
    // A message in the triage channel outside the thread belongs to no escalation.
    await h.slack.postAsUser(problem.slack.channelId!, 'U0ENG00003', 'unrelated chatter');
    expect((await byTicket(h, 1003)).latestUpdate?.text).toBe('Looking at it');
    expect((await byTicket(h, 1001)).latestUpdate).toBeNull();
  });

  it('handles a repeated event_id once', async () => {
    const first = await slackSend(h, '/slack/events', messageEvent(channel, 'first update', {}, 'EvREPLAY1'));
    const again = await slackSend(h, '/slack/events', messageEvent(channel, 'replayed with other text', {}, 'EvREPLAY1'));
    expect(first.json().outcome).toBe('recorded');
    expect(again.status).toBe(200);
    expect(again.json().outcome).toBe('duplicate');
    expect((await byTicket(h, 1001)).latestUpdate?.text).toBe('first update');
  });

  it('reads a summary pasted as a message: stored, noted on the ticket, posted to support, and the bot says what it read', async () => {
    await h.slack.postAsUser(channel, 'U0ENG00001', TEMPLATE);
    const withSummary = await waitFor(() => byTicket(h, 1001), (e) => e.summary !== null, 'summary stored');
    expect(withSummary.summary).toMatchObject({ rootCause: 'a migration dropped an index', customerType: 'managed', source: 'regression', product: 'Gradebook' });
    await waitFor(() => channelMessages(h, channel), (ms) => ms.some((m) => m.text.includes('Saved this as the Engineering Outage summary')), 'bot reply');
    await waitFor(() => h.zendesk.tickets.get(1001)!.comments, (cs) => cs.some((c) => c.plainBody.includes('Root Cause: a migration dropped an index') && !c.public), 'summary note');
    const support = await waitFor(() => channelMessages(h, 'C0SUPPORT1'), (ms) => ms.length > 0, 'support post');
    expect(support[0]!.text).toContain('&lt;!channel&gt;');
  });

  it('reads a messy one too: bullets, mixed case, dashes, values over several lines', async () => {
    const messy = 'Engineering outage summary\n• **summary** – Gradebook errors for ~40 min\n  for every integrated school\n• *ROOT CAUSE*: a migration dropped an index\n• Immediate Fix: rolled back\n- potential enhancements:\n   canary migrations\n   alert on p95\n• customer type: Integrated\n• product - Gradebook\n• source: Regression\n• 3rd party: n/a';
    await h.slack.postAsUser(channel, 'U0ENG00001', messy);
    const e = await waitFor(() => byTicket(h, 1001), (x) => x.summary !== null, 'summary stored');
    expect(e.summary).toEqual({
      summary: 'Gradebook errors for ~40 min\nfor every integrated school',
      rootCause: 'a migration dropped an index',
      immediateFix: 'rolled back',
      potentialEnhancements: 'canary migrations\nalert on p95',
      customerType: 'integrated',
      product: 'Gradebook',
      source: 'regression',
    });
  });

  it('replies with what is missing to an incomplete template and prefills the modal with it', async () => {
    await h.slack.postAsUser(channel, 'U0ENG00001', 'Summary: it broke\nRoot cause: bad index\nImmediate fix: rollback\nProduct: Gradebook');
    const reply = await waitFor(() => channelMessages(h, channel), (ms) => ms.some((m) => m.text.includes('not saved yet')), 'bot reply');
    expect(reply.find((m) => m.text.includes('not saved yet'))!.text).toContain('Missing: Potential Enhancements, Customer Type, Source.');
    expect((await byTicket(h, 1001)).summary).toBeNull();
    await h.slack.runSlashCommand(channel, 'U0ENG00001', '/outage-summary');
    expect(JSON.stringify(h.slack.views().at(-1)!.view)).toContain('"initial_value":"bad index"');
  });

  it('/outage-summary outside an escalation channel answers in words', async () => {
    const d = await h.slack.runSlashCommand('C0GENERAL1', 'U0ENG00001', '/outage-summary');
    expect(d.status).toBe(200);
    expect(JSON.parse(d.responseBody)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('not one') });
    expect(h.slack.views()).toHaveLength(0);
  });

  it('/outage-summary opens the modal; errors go back by block; a valid one is posted, noted on every linked ticket and kept with its history', async () => {
    const link = await h.post(`/api/escalations/${esc.id}/tickets`, { ticket: { id: 1002, subject: 'Same outage', url: 'https://sandbox.zendesk.com/agent/tickets/1002' } });
    expect(link.status).toBe(201);
    await h.slack.runSlashCommand(channel, 'U0ENG00001', '/outage-summary');
    const view = h.slack.views().at(-1)!;
    expect(view.view.private_metadata).toBe(esc.id);

    const bad = await h.slack.submitView(view.id, modalValues({ root_cause: '  ', source: 'aliens' }));
    expect(JSON.parse(bad.responseBody)).toEqual({ response_action: 'errors', errors: { root_cause: 'Root Cause is required.', source: 'Choose a source.' } });
    expect(await countRows(h, 'summaries')).toBe(0);

    const good = await h.slack.submitView(view.id, modalValues());
    expect(good.status).toBe(200);
    expect(h.slack.views().find((v) => v.id === view.id)!.closed).toBe(true);
    const posted = await waitFor(() => channelMessages(h, channel), (ms) => ms.some((m) => m.text.includes('Engineering Outage summary')), 'summary in channel');
    expect(posted.find((m) => m.text.includes('Engineering Outage summary'))!.text).toContain('Gradebook 500s &amp; &lt;b&gt;timeouts&lt;/b&gt;');
    for (const id of [1001, 1002]) {
      await waitFor(() => h.zendesk.tickets.get(id)!.comments, (cs) => cs.some((c) => c.plainBody.includes('Root Cause: Index dropped')), `note on ${id}`);
    }
    await waitFor(() => channelMessages(h, 'C0SUPPORT1'), (ms) => ms.length === 1, 'support post');

    // Edited later: prefilled, and the latest wins while the history keeps both.
    await h.slack.runSlashCommand(channel, 'U0ENG00001', '/outage-summary');
    const again = h.slack.views().at(-1)!;
    expect(JSON.stringify(again.view)).toContain('"initial_value":"Index dropped"');
    await h.slack.submitView(again.id, modalValues({ root_cause: 'Index dropped by a migration' }));
    expect((await byTicket(h, 1001)).summary?.rootCause).toBe('Index dropped by a migration');
    expect(await countRows(h, 'summaries')).toBe(2);
  });

  it('the same command or form submission delivered twice counts once: one modal, one summary, one post, one note', async () => {
    await h.slack.runSlashCommand(channel, 'U0ENG00001', '/outage-summary');
    const command = h.slack.deliveries().at(-1)!;
    const again = await slackSend(h, '/slack/commands', command.requestBody, { form: true });
    expect(again.status).toBe(200);
    expect(h.slack.views()).toHaveLength(1);

    const view = h.slack.views().at(-1)!;
    const first = await h.slack.submitView(view.id, modalValues());
    expect(first.status).toBe(200);
    const replay = await slackSend(h, '/slack/interactions', first.requestBody, { form: true });
    expect(replay.status).toBe(200);
    await jobsSettled(h);
    expect(await countRows(h, 'summaries')).toBe(1);
    expect(channelMessages(h, channel).filter((m) => m.text.includes('Engineering Outage summary'))).toHaveLength(1);
    expect(h.zendesk.tickets.get(1001)!.comments.filter((c) => c.plainBody.includes('Root Cause: Index dropped'))).toHaveLength(1);
  });
});
