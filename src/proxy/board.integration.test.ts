// The board (issue 11): the real proxy with jira.js against the Jira stand-in, on SQLite and, with
// TEST_DATABASE_URL, on Postgres. One issue per escalation under retries, crashes and racing workers;
// a given key checked before it is stored; links, the summary comment, the signed webhook.
import { createHmac } from 'node:crypto';
import type { Escalation } from '../core/api';
import { JiraGateway } from './jira/gateway';
import { testDialects } from './store/testStores';
import { BOARD_ROUTING, escalationRequest, JIRA_WEBHOOK_SECRET, startHarness } from './testing/harness';
import type { Harness } from './testing/harness';
import { waitForComplete } from './testing/expectations';
import { byTicket, channelMessages, escalatedHarness, jobsSettled } from './testing/inbound';
import { waitFor } from './testing/waitFor';

jest.setTimeout(30_000);

const TEMPLATE = 'Summary: outage\nRoot cause: index\nImmediate fix: rollback\nPotential enhancements: canary\nCustomer type: managed\nProduct: Gradebook\nSource: regression';

const issuesOf = (h: Harness, escId: string) => h.jira!.issues().filter((i) => i.labels.includes(`esc-${escId}`));

function jiraSend(h: Harness, body: string, headers: Record<string, string> = {}) {
  return fetch(`${h.proxy.url}/jira/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}
const sign = (body: string, secret = JIRA_WEBHOOK_SECRET) => 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

describe.each(testDialects)('the board on %s', (dialect) => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('an outage gets one Jira issue with its label, masked description, links, and the card and bookmark name it', async () => {
    ({ h } = await escalatedHarness(dialect, { jira: true }));
    const esc = await waitForComplete(h, 1001);
    const [issue, ...more] = issuesOf(h, esc.id);
    expect(more).toHaveLength(0);
    expect(issue).toMatchObject({ key: 'ENG-1', project: 'ENG', issueType: 'Bug', status: 'To Do' });
    // Zendesk's subject, not the body's.
    expect(issue!.summary).toBe('Outage: Gradebook will not load for anyone at Lincoln High');
    const description = JSON.stringify(issue!.description);
    expect(description).not.toContain('4481923');
    expect(description).toContain(`${h.zendesk.apiUrl}/agent/tickets/1001`);
    expect(description).toContain(esc.slack.url!);
    expect(issue!.remoteLinks.map((l) => l.object.url).sort()).toEqual([`${h.zendesk.apiUrl}/agent/tickets/1001`, esc.slack.url!].sort());
    // As Jira shows them: grouped by application, each with its icon.
    expect(issue!.remoteLinks.map((l) => [l.application?.name, l.object.icon?.title, l.object.title]).sort()).toEqual([
      ['Slack', 'Slack', `Slack #${esc.slack.channelName}`],
      ['Zendesk', 'Zendesk', 'Zendesk ticket #1001'],
    ]);
    expect(esc.board).toMatchObject({ key: 'ENG-1', url: `${h.jira!.url}/browse/ENG-1`, status: 'To Do' });
    const card = channelMessages(h, esc.slack.channelId!)[0]!;
    expect(card.text).toContain('board: ENG-1');
    const ch = h.slack.channels().find((c) => c.id === esc.slack.channelId)!;
    expect(ch.bookmarks.filter((b) => b.link === `${h.jira!.url}/browse/ENG-1`)).toHaveLength(1);
  });

  it('a linked ticket gets its remote link; the summary arrives as a comment, once', async () => {
    let esc: Escalation;
    ({ h, esc } = await escalatedHarness(dialect, { jira: true }));
    const link = await h.post(`/api/escalations/${esc.id}/tickets`, { ticket: { id: 1003, subject: 'Also down', url: 'https://evil.example/x' } });
    expect(link.status).toBe(201);
    await waitForComplete(h, 1003);
    const links = h.jira!.issues()[0]!.remoteLinks.map((l) => l.object.url);
    expect(links).toContain(`${h.zendesk.apiUrl}/agent/tickets/1003`);
    expect(links.join()).not.toContain('evil.example');

    await h.slack.postAsUser(esc.slack.channelId!, 'U0ENG00001', TEMPLATE);
    await waitFor(() => h.jira!.issues()[0]!.comments, (c) => c.length === 1, 'the summary comment');
    await jobsSettled(h);
    const comment = JSON.stringify(h.jira!.issues()[0]!.comments[0]!.body);
    expect(comment).toContain('Root Cause');
    expect(comment).toContain('Regression');
    expect(comment).toContain(`[escalation ${esc.id} summary`);
    expect(h.jira!.issues()[0]!.comments).toHaveLength(1);
  });

  it('Jira 429 and 503 (one after creating) are retried into exactly one issue', async () => {
    h = await startHarness(dialect, { jira: true });
    h.jira!.inject({ op: 'createIssue', status: 429, retryAfterSec: 0, times: 1 });
    h.jira!.inject({ op: 'createIssue', status: 503, afterEffect: true, times: 1 });
    h.jira!.inject({ op: 'searchJql', status: 502, times: 1 });
    await h.post('/api/escalations', escalationRequest());
    const esc = await waitForComplete(h, 1001);
    expect(issuesOf(h, esc.id)).toHaveLength(1);
    expect(esc.steps.find((s) => s.name === 'board_item')!.attempts).toBeGreaterThan(1);
    expect(esc.board?.key).toBe('ENG-1');
  });

  it('a Jira with only the older /search: a crash after the create still finds the issue there, one issue', async () => {
    let crashed = false;
    h = await startHarness(dialect, {
      jira: { searchApi: 'legacy' },
      afterEffect: async (step) => {
        if (step === 'board_item' && !crashed) {
          crashed = true;
          throw new Error('simulated crash after the Jira create');
        }
      },
    });
    h.jira!.inject({ op: 'createIssue', status: 503, afterEffect: true, times: 1 });
    await h.post('/api/escalations', escalationRequest());
    const esc = await waitForComplete(h, 1001);
    expect(issuesOf(h, esc.id)).toHaveLength(1);
    expect(esc.board?.key).toBe('ENG-1');
    expect(h.jira!.calls().filter((c) => c.op === 'searchLegacy').length).toBeGreaterThan(0);
  });

  it('Jira down for good: the card and the sidebar say the item is missing and why; a retry makes it and the card names it', async () => {
    h = await startHarness(dialect, { jira: true });
    h.jira!.inject({ op: 'createIssue', status: 503 });
    await h.post('/api/escalations', escalationRequest());
    const failed = await waitFor(() => byTicket(h, 1001), (e) => e.steps.some((s) => s.name === 'board_item' && s.status === 'failed') && e.steps.some((s) => s.name === 'board_card' && s.status === 'done'), 'board_item failed and the card told');
    expect(failed.state).toBe('active');
    expect(failed.board).toMatchObject({ error: expect.stringContaining('HTTP 503'), errorCode: 'failed' });
    const card = () => channelMessages(h, failed.slack.channelId!)[0]!.text;
    expect(card()).toContain('Not on the board: the item could not be made (Jira issue create failed: HTTP 503');
    expect(card()).not.toContain('being created');

    h.jira!.clearFaults();
    expect((await h.post(`/api/escalations/${failed.id}/retry`, {})).status).toBeLessThan(300);
    const made = await waitFor(() => byTicket(h, 1001), (e) => e.board?.key === 'ENG-1' && e.steps.every((s) => s.status === 'done'), 'the item made and the card named it');
    expect(made.board?.error).toBeUndefined();
    expect(card()).toContain('board: ENG-1');
    expect(card()).not.toContain('Not on the board');
    expect(issuesOf(h, made.id)).toHaveLength(1);
  });

  it('a crash between creating the issue and storing it finds the issue by its label', async () => {
    let crashed = false;
    h = await startHarness(dialect, {
      jira: true,
      afterEffect: async (step) => {
        if (step === 'board_item' && !crashed) {
          crashed = true;
          throw new Error('simulated crash after the Jira create');
        }
      },
    });
    await h.post('/api/escalations', escalationRequest());
    const esc = await waitForComplete(h, 1001);
    expect(crashed).toBe(true);
    expect(issuesOf(h, esc.id)).toHaveLength(1);
    expect(h.jira!.calls().filter((c) => c.op === 'createIssue')).toHaveLength(1);
  });

  it('two workers racing on one step (a lease taken over from a hung instance) make one issue', async () => {
    // The first instance renews nothing and its lease is short; Jira takes longer than the lease to create.
    h = await startHarness(dialect, { jira: true, leaseMs: 300, renewEveryMs: 60_000 });
    h.jira!.inject({ op: 'createIssue', delayMs: 1500, times: 1 });
    await h.post('/api/escalations', escalationRequest());
    // The first instance is inside Jira's create when the second one starts and takes the step over.
    await waitFor(() => byTicket(h, 1001), (e) => (e.steps.find((s) => s.name === 'board_item')?.attempts ?? 0) >= 1, 'the first attempt to start');
    const second = await h.startInstance({ workerId: 'second' });
    const esc = await waitForComplete(h, 1001);
    // The first instance's attempt ends (its create answered) before anything is counted.
    await h.proxy.close();
    expect(issuesOf(h, esc.id)).toHaveLength(1);
    expect(h.jira!.calls().filter((c) => c.op === 'createIssue')).toHaveLength(1);
    expect(esc.steps.find((s) => s.name === 'board_item')!.attempts).toBeGreaterThan(1);
    await second.close();
  });

  it('a given boardKey is checked with Jira: unknown is a 422 that stores nothing; a known one is linked, not created', async () => {
    h = await startHarness(dialect, { jira: true });
    const bad = await h.post('/api/escalations', escalationRequest({ boardKey: 'ENG-999' }));
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: 'unknown_board_key', field: 'boardKey' });
    expect((await h.get('/api/escalations/by-ticket/1001')).status).toBe(404);
    const malformed = await h.post('/api/escalations', { ...escalationRequest(), boardKey: 'not a key' });
    expect(malformed.status).toBe(400);

    const gateway = new JiraGateway({ baseUrl: h.jira!.url, email: h.jira!.email, apiToken: h.jira!.apiToken });
    const existing = await gateway.createIssue({ project: 'OPS', issueType: 'Incident', summary: 'Known outage', description: { type: 'doc', version: 1, content: [] }, labels: [] });
    const ok = await h.post('/api/escalations', escalationRequest({ boardKey: existing.key.toLowerCase() }));
    expect(ok.status).toBe(201);
    const esc = await waitForComplete(h, 1001);
    expect(esc.board).toMatchObject({ key: 'OPS-1', status: 'To Do' });
    expect(h.jira!.calls().filter((c) => c.op === 'createIssue')).toHaveLength(1);
    expect(h.jira!.issues().find((i) => i.key === 'OPS-1')!.remoteLinks).toHaveLength(2);
  });

  it('Jira down when a key is given: 503 in words, nothing stored', async () => {
    h = await startHarness(dialect, { jira: true });
    h.jira!.inject({ op: 'getIssue', status: 503 });
    const r = await h.post('/api/escalations', escalationRequest({ boardKey: 'ENG-1' }));
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ error: 'board_unavailable', field: 'boardKey' });
    expect((await h.get('/api/escalations/by-ticket/1001')).status).toBe(404);
  });

  it('the webhook is refused without or with a wrong signature, and a signed one moves the status', async () => {
    let esc: Escalation;
    ({ h, esc } = await escalatedHarness(dialect, { jira: true }));
    const event = (status: string, at: number) => JSON.stringify({ timestamp: at, webhookEvent: 'jira:issue_updated', issue: { key: 'ENG-1', fields: { status: { name: status } } } });
    const body = event('Done', Date.now() + 60_000);
    expect((await jiraSend(h, body)).status).toBe(401);
    expect((await jiraSend(h, body, { 'x-hub-signature': sign(body, 'wrong-secret-wrong-secret') })).status).toBe(401);
    expect((await jiraSend(h, body, { 'x-hub-signature': sign(body + ' ') })).status).toBe(401);
    expect((await byTicket(h, 1001)).board?.status).toBe('To Do');

    // The stand-in's page moves it: the signed webhook follows.
    const delivery = await h.jira!.move('ENG-1', 'In Progress');
    expect(delivery?.status).toBe(200);
    expect((await byTicket(h, 1001)).board?.status).toBe('In Progress');
    const right = await jiraSend(h, body, { 'x-hub-signature': sign(body), 'x-atlassian-webhook-identifier': 'delivery-1' });
    expect(right.status).toBe(200);
    expect((await byTicket(h, 1001)).board?.status).toBe('Done');
    // The same delivery again changes nothing.
    const again = await jiraSend(h, body, { 'x-hub-signature': sign(body), 'x-atlassian-webhook-identifier': 'delivery-1' });
    expect(await again.json()).toMatchObject({ outcome: 'duplicate' });
    // An older event arriving late does not undo a newer status.
    const late = event('To Do', Date.now() - 60_000);
    expect((await jiraSend(h, late, { 'x-hub-signature': sign(late) })).status).toBe(200);
    expect((await byTicket(h, esc.ticketIds[0]!)).board?.status).toBe('Done');
  });

  it('the webhook as other Jiras send it: the status from the changelog alone, a string timestamp; events it does not follow are taken and left alone', async () => {
    ({ h } = await escalatedHarness(dialect, { jira: true }));
    const send = async (event: unknown) => {
      const body = JSON.stringify(event);
      const res = await jiraSend(h, body, { 'x-hub-signature': sign(body) });
      return { status: res.status, body: (await res.json()) as { outcome?: string } };
    };
    const changelogOnly = { webhookEvent: 'jira:issue_updated', timestamp: String(Date.now() + 1000), issue: { id: '10001', key: 'ENG-1' }, changelog: { items: [{ field: 'status', fieldtype: 'jira', toString: 'In Progress' }] } };
    expect(await send(changelogOnly)).toEqual({ status: 200, body: { ok: true, outcome: 'recorded' } });
    expect((await byTicket(h, 1001)).board?.status).toBe('In Progress');
    for (const other of [
      { webhookEvent: 'jira:issue_created', issue: { key: 'ENG-1', fields: { status: { name: 'Done' } } } },
      { webhookEvent: 'comment_created', comment: { id: '1' } },
      { webhookEvent: 'jira:issue_updated', issue: { key: 'not a key', fields: { status: { name: 'Done' } } } },
      { webhookEvent: 'jira:issue_updated', issue: { key: 'ENG-1', fields: { summary: 'renamed' } }, changelog: { items: [{ field: 'summary', toString: 'renamed' }] } },
    ]) {
      expect(await send(other)).toEqual({ status: 200, body: { ok: true, outcome: 'ignored' } });
    }
    expect((await byTicket(h, 1001)).board?.status).toBe('In Progress');
    expect((await jiraSend(h, 'not json', { 'x-hub-signature': sign('not json') })).status).toBe(400);
  });

  it('/outage-board links an existing issue later; an unknown key is answered in words', async () => {
    let channel: string;
    ({ h, channel } = await escalatedHarness(dialect, { jira: true, routing: BOARD_ROUTING.replace('"board": { "project": "ENG", "issueType": "Bug" } ', '') }));
    expect((await byTicket(h, 1001)).board).toBeUndefined();
    const gateway = new JiraGateway({ baseUrl: h.jira!.url, email: h.jira!.email, apiToken: h.jira!.apiToken });
    const { key } = await gateway.createIssue({ project: 'ENG', issueType: 'Task', summary: 'Tracked already', description: { type: 'doc', version: 1, content: [] }, labels: [] });
    await h.slack.runSlashCommand(channel, 'U0ENG00001', '/outage-board', 'ENG-77');
    const ephemeral = () => h.slack.channels().find((c) => c.id === channel)!.ephemeral.map((e) => e.text);
    expect(ephemeral().at(-1)).toMatch(/^Jira has no issue ENG-77 .*Nothing was linked\.$/);
    expect((await byTicket(h, 1001)).board).toBeUndefined();
    await h.slack.runSlashCommand(channel, 'U0ENG00001', '/outage-board', key);
    expect(ephemeral().at(-1)).toMatch(/^Linked ENG-1 \(To Do\)/);
    const esc = await waitForComplete(h, 1001);
    expect(esc.board).toMatchObject({ key: 'ENG-1' });
    expect(h.jira!.issues()[0]!.remoteLinks).toHaveLength(2);
    expect(h.jira!.calls().filter((c) => c.op === 'createIssue')).toHaveLength(1);
  });

  it('a GET reads the status again once the stored one is older than a minute, keeping it when Jira fails', async () => {
    let offsetMs = 0;
    // Not wired: no webhook reaches the proxy, only its own reads.
    h = await startHarness(dialect, { jira: true, now: () => new Date(Date.now() + offsetMs) });
    await h.post('/api/escalations', escalationRequest());
    await waitForComplete(h, 1001);
    await h.jira!.move('ENG-1', 'In Progress');
    expect((await byTicket(h, 1001)).board?.status).toBe('To Do');
    offsetMs += 61_000;
    expect((await byTicket(h, 1001)).board?.status).toBe('In Progress');
    const reads = () => h.jira!.calls().filter((c) => c.op === 'getIssue').length;
    const before = reads();
    await Promise.all([byTicket(h, 1001), byTicket(h, 1001)]);
    expect(reads()).toBe(before);
    await h.jira!.move('ENG-1', 'Done');
    h.jira!.inject({ op: 'getIssue', status: 503 });
    offsetMs += 61_000;
    expect((await byTicket(h, 1001)).board?.status).toBe('In Progress');
  });

  it('without Jira configured there are no board steps, and the escalation says why', async () => {
    h = await startHarness(dialect, { routing: BOARD_ROUTING });
    await h.post('/api/escalations', escalationRequest());
    const esc = await waitForComplete(h, 1001);
    expect(esc.steps.map((s) => s.name)).not.toContain('board_item');
    expect(esc.board).toMatchObject({ error: expect.stringMatching(/^Jira is not configured/), errorCode: 'not_configured' });
    expect(channelMessages(h, esc.slack.channelId!)[0]!.text).toContain('board: Not on the board: Jira is not configured on the proxy');
    const given = await h.post('/api/escalations', escalationRequest({ ticketId: 1002, boardKey: 'ENG-1' }));
    expect(given.status).toBe(422);
    expect(given.body).toMatchObject({ error: 'board_not_configured' });
  });
});
