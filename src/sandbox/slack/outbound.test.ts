import { eventually, fakeProxy, startHarness, type FakeProxy, type Harness } from './testing';

const SECRET = 'test-signing-secret';

const modal = {
  type: 'modal',
  callback_id: 'outage_summary',
  title: { type: 'plain_text', text: 'Outage summary' },
  submit: { type: 'plain_text', text: 'Save' },
  blocks: [
    { type: 'input', block_id: 'summary', label: { type: 'plain_text', text: 'Summary' }, element: { type: 'plain_text_input', action_id: 'value' } },
    {
      type: 'input',
      block_id: 'customer_type',
      label: { type: 'plain_text', text: 'Customer type' },
      element: {
        type: 'static_select',
        action_id: 'value',
        options: [
          { text: { type: 'plain_text', text: 'Managed' }, value: 'managed' },
          { text: { type: 'plain_text', text: 'Integrated' }, value: 'integrated' },
        ],
      },
    },
  ],
};

let h: Harness;
let proxy: FakeProxy;
let answers: Array<{ status?: number; body?: unknown }>;

beforeEach(async () => {
  answers = [];
  proxy = await fakeProxy(SECRET, () => answers.shift() ?? {});
  h = await startHarness({ proxyUrl: proxy.url, signingSecret: SECRET });
  await h.client.conversations.join({ channel: 'C0TRIAGE01' }); // Slack sends events only where the bot is
});
afterEach(async () => {
  await h.standIn.close();
  await proxy.close();
});

it('sends a signed Events API message event for a human post', async () => {
  const m = await h.standIn.postAsUser('C0TRIAGE01', 'U0ENG00001', 'Rolled back <!channel> & fixed');
  const [r] = proxy.received;
  expect(r?.path).toBe('/slack/events');
  expect(r?.signatureValid).toBe(true);
  expect(r?.headers['content-type']).toBe('application/json');
  const payload = JSON.parse(r?.body ?? '{}') as Record<string, unknown>;
  expect(payload).toMatchObject({
    type: 'event_callback',
    event_id: expect.stringMatching(/^Ev/),
    event: { type: 'message', channel: 'C0TRIAGE01', user: 'U0ENG00001', text: 'Rolled back <!channel> & fixed', ts: m.ts, channel_type: 'channel' },
  });
  expect(h.standIn.deliveries()).toEqual([expect.objectContaining({ kind: 'event', status: 200 })]);
});

it('sends no event for a channel the bot is not in', async () => {
  await h.standIn.postAsUser('C0GENERAL1', 'U0ENG00001', 'chatter');
  expect(proxy.received).toEqual([]);
  expect(h.standIn.channels().find((c) => c.id === 'C0GENERAL1')?.messages).toHaveLength(1);
});

it("sends the bot's own messages as events too, with bot_id, after the Web API answered", async () => {
  const res = await h.client.chat.postMessage({ channel: 'C0TRIAGE01', text: 'Reminder: no update for 15 min' });
  await eventually(() => expect(proxy.received).toHaveLength(1));
  const payload = JSON.parse(proxy.received[0]?.body ?? '{}') as { event: Record<string, unknown> };
  expect(payload.event).toMatchObject({ type: 'message', ts: res.ts, user: h.standIn.botUserId, bot_id: expect.any(String) });
});

it('sends url_verification and checks the echoed challenge', async () => {
  answers.push({ body: {} });
  expect((await h.standIn.verifyEventsUrl()).verified).toBe(false);
  const echoing = await fakeProxy(SECRET, (r) => ({ body: { challenge: (JSON.parse(r.body) as { challenge: string }).challenge } }));
  const h2 = await startHarness({ proxyUrl: echoing.url, signingSecret: SECRET });
  try {
    const { verified, delivery } = await h2.standIn.verifyEventsUrl();
    expect(verified).toBe(true);
    expect(delivery.url).toBe(`${echoing.url}/slack/events`);
    expect(echoing.received[0]?.signatureValid).toBe(true);
  } finally {
    await h2.standIn.close();
    await echoing.close();
  }
});

it('sends nothing without a proxy, and still records the message', async () => {
  const lone = await startHarness();
  try {
    await lone.standIn.postAsUser('C0TRIAGE01', 'U0ENG00001', 'hello');
    expect(lone.standIn.deliveries()).toEqual([]);
    expect(lone.standIn.channels().find((c) => c.id === 'C0TRIAGE01')?.messages.map((x) => x.text)).toEqual(['hello']);
  } finally {
    await lone.standIn.close();
  }
});

it('refuses a post by an unknown user or into an archived channel', async () => {
  await expect(h.standIn.postAsUser('C0TRIAGE01', 'UNOBODY999', 'x')).rejects.toThrow('user_not_found');
  const ch = (await h.client.conversations.create({ name: 'gone' })).channel?.id ?? '';
  await h.client.conversations.archive({ channel: ch });
  await expect(h.standIn.postAsUser(ch, 'U0ENG00001', 'x')).rejects.toThrow('is_archived');
  expect(proxy.received).toEqual([]);
});

it('records a proxy that cannot be reached, without throwing', async () => {
  await proxy.close();
  await h.standIn.postAsUser('C0TRIAGE01', 'U0ENG00001', 'anyone?');
  expect(h.standIn.deliveries()[0]).toMatchObject({ kind: 'event', status: null, error: expect.any(String) });
  expect(h.logs.join('\n')).toContain('event to');
});

it('runs a slash command, the proxy opens a modal, and the page submits it with validation errors then success', async () => {
  answers.push({ body: { response_type: 'ephemeral', text: 'Opening the summary form' } });
  const d = await h.standIn.runSlashCommand('C0TRIAGE01', 'U0ENG00002', '/outage-summary');
  const cmd = new URLSearchParams(proxy.received[0]?.body);
  expect(proxy.received[0]?.path).toBe('/slack/commands');
  expect(proxy.received[0]?.signatureValid).toBe(true);
  expect(cmd.get('command')).toBe('/outage-summary');
  expect(cmd.get('channel_id')).toBe('C0TRIAGE01');
  expect(cmd.get('user_id')).toBe('U0ENG00002');
  expect(d.status).toBe(200);
  expect(h.standIn.channels().find((c) => c.id === 'C0TRIAGE01')?.ephemeral.map((e) => e.text)).toEqual(['Opening the summary form']);

  const opened = await h.client.views.open({ trigger_id: cmd.get('trigger_id') ?? '', view: modal as never });
  const viewId = opened.view?.id ?? '';
  expect(h.standIn.views()[0]?.userId).toBe('U0ENG00002');

  answers.push({ body: { response_action: 'errors', errors: { summary: 'Summary is required' } } });
  await h.standIn.submitView(viewId, { summary: { value: '' }, customer_type: { value: 'managed' } });
  const first = new URLSearchParams(proxy.received[1]?.body).get('payload') ?? '{}';
  expect(proxy.received[1]?.path).toBe('/slack/interactions');
  expect(proxy.received[1]?.signatureValid).toBe(true);
  expect(JSON.parse(first)).toMatchObject({
    type: 'view_submission',
    user: { id: 'U0ENG00002' },
    view: {
      id: viewId,
      callback_id: 'outage_summary',
      state: {
        values: {
          summary: { value: { type: 'plain_text_input', value: '' } },
          customer_type: { value: { type: 'static_select', selected_option: { value: 'managed' } } },
        },
      },
    },
  });
  expect(h.standIn.views()[0]).toMatchObject({ closed: false, errors: { summary: 'Summary is required' } });

  await h.standIn.submitView(viewId, { summary: { value: 'Cache node failed' }, customer_type: { value: 'managed' } });
  expect(h.standIn.views()[0]).toMatchObject({ closed: true });
  await expect(h.standIn.submitView(viewId, {})).rejects.toThrow('not_found');
});

it('takes the control routes over HTTP and answers 400 for bad input', async () => {
  const post = (path: string, body: unknown) =>
    fetch(`${h.standIn.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const ok = await post('/_stand-in/post', { channel: 'C0TRIAGE01', user: 'U0ENG00003', text: 'from the page' });
  expect(ok.status).toBe(201);
  expect(proxy.received).toHaveLength(1);
  expect((await post('/_stand-in/post', { channel: 'C0TRIAGE01', user: 'U0ENG00003' })).status).toBe(400);
  expect((await post('/_stand-in/post', { channel: 'CNOPE0000', user: 'U0ENG00003', text: 'x' })).status).toBe(400);
  expect((await post('/_stand-in/command', { channel: 'C0TRIAGE01', user: 'U0ENG00003', command: 'no-slash' })).status).toBe(400);
  const state = (await (await fetch(`${h.standIn.url}/_stand-in/state`)).json()) as { channels: Array<{ id: string; messages: unknown[] }> };
  expect(state.channels.find((c) => c.id === 'C0TRIAGE01')?.messages).toHaveLength(1);
});
