import { slackError, startHarness, type Harness } from './testing';

let h: Harness;
let channel: string;
beforeEach(async () => {
  h = await startHarness();
  channel = (await h.client.conversations.create({ name: 'outage-10' })).channel?.id ?? '';
});
afterEach(async () => {
  await h.standIn.close();
});

const card = [
  { type: 'header', text: { type: 'plain_text', text: 'Login down' } },
  { type: 'section', fields: [{ type: 'mrkdwn', text: '*Type*\nOutage' }] },
];

describe('chat.postMessage', () => {
  it('posts blocks with a text fallback and answers the ts and message', async () => {
    const res = await h.client.chat.postMessage({ channel, text: 'Login down', blocks: card });
    expect(res.channel).toBe(channel);
    expect(res.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(res.message).toMatchObject({ text: 'Login down', blocks: card, user: h.standIn.botUserId, bot_id: expect.any(String) });
    const stored = h.standIn.channels().find((c) => c.id === channel)?.messages;
    expect(stored).toEqual([expect.objectContaining({ ts: res.ts, text: 'Login down', blocks: card })]);
  });

  it('gives strictly increasing ts values', async () => {
    const ts: string[] = [];
    for (let i = 0; i < 5; i++) ts.push((await h.client.chat.postMessage({ channel, text: `m${i}` })).ts ?? '');
    const sorted = [...ts].sort((a, b) => Number(a) - Number(b));
    expect(ts).toEqual(sorted);
    expect(new Set(ts).size).toBe(5);
  });

  it('threads replies under their parent, in history and replies', async () => {
    const parent = (await h.client.chat.postMessage({ channel, text: 'parent' })).ts ?? '';
    await h.client.chat.postMessage({ channel, text: 'reply 1', thread_ts: parent });
    await h.client.chat.postMessage({ channel, text: 'reply 2', thread_ts: parent });
    await h.client.chat.postMessage({ channel, text: 'later' });
    const hist = await h.client.conversations.history({ channel });
    expect(hist.messages?.map((m) => m.text)).toEqual(['later', 'parent']);
    expect(hist.messages?.[1]).toMatchObject({ reply_count: 2, thread_ts: parent });
    const replies = await h.client.conversations.replies({ channel, ts: parent });
    expect(replies.messages?.map((m) => m.text)).toEqual(['parent', 'reply 1', 'reply 2']);
    expect(await slackError(h.client.conversations.replies({ channel, ts: '1.000001' }))).toBe('thread_not_found');
  });

  it('pages history with has_more', async () => {
    for (let i = 0; i < 3; i++) await h.client.chat.postMessage({ channel, text: `m${i}` });
    const first = await h.client.conversations.history({ channel, limit: 2 });
    expect(first.messages?.map((m) => m.text)).toEqual(['m2', 'm1']);
    expect(first.has_more).toBe(true);
    const next = await h.client.conversations.history({ channel, limit: 2, cursor: first.response_metadata?.next_cursor });
    expect(next.messages?.map((m) => m.text)).toEqual(['m0']);
    expect(next.has_more).toBe(false);
  });

  it.each([
    ['no_text', () => ({ channel: 'X', text: '' })],
    ['channel_not_found', () => ({ channel: 'CNOPE0000', text: 'hi' })],
    ['not_in_channel', () => ({ channel: 'C0GENERAL1', text: 'hi' })],
    ['msg_too_long', () => ({ channel: 'X', text: 'x'.repeat(40001) })],
  ])('answers %s', async (code, make) => {
    const args = make();
    if (args.channel === 'X') args.channel = channel;
    expect(await slackError(h.client.chat.postMessage(args))).toBe(code);
  });

  it('refuses malformed blocks and posts into archived channels', async () => {
    const bad = [{ text: 'no type' }] as unknown as typeof card;
    expect(await slackError(h.client.chat.postMessage({ channel, text: 'x', blocks: bad }))).toBe('invalid_blocks');
    await h.client.conversations.archive({ channel });
    expect(await slackError(h.client.chat.postMessage({ channel, text: 'x' }))).toBe('is_archived');
    expect(h.standIn.channels().find((c) => c.id === channel)?.messages).toEqual([]);
  });

  it('posts by channel name too, once the bot has joined', async () => {
    expect(await slackError(h.client.chat.postMessage({ channel: '#eng-triage', text: 'triage' }))).toBe('not_in_channel');
    expect(await slackError(h.client.conversations.join({ channel: 'eng-triage' }))).toBe('channel_not_found'); // ids only
    await h.client.conversations.join({ channel: 'C0TRIAGE01' });
    const res = await h.client.chat.postMessage({ channel: '#eng-triage', text: 'triage' });
    expect(res.channel).toBe('C0TRIAGE01');
  });
});

describe('chat.update and chat.postEphemeral', () => {
  it('updates the bot message in place', async () => {
    const ts = (await h.client.chat.postMessage({ channel, text: 'v1' })).ts ?? '';
    const res = await h.client.chat.update({ channel, ts, text: 'v2', blocks: card });
    expect(res.ts).toBe(ts);
    const msgs = h.standIn.channels().find((c) => c.id === channel)?.messages;
    expect(msgs).toHaveLength(1);
    expect(msgs?.[0]).toMatchObject({ text: 'v2', blocks: card, edited: { user: h.standIn.botUserId } });
    expect(await slackError(h.client.chat.update({ channel, ts: '1.000001', text: 'x' }))).toBe('message_not_found');
  });

  it('will not update a human message', async () => {
    const m = await h.standIn.postAsUser(channel, 'U0ENG00001', 'human');
    expect(await slackError(h.client.chat.update({ channel, ts: m.ts, text: 'x' }))).toBe('cant_update_message');
  });

  it('sends an ephemeral to a member only', async () => {
    await h.client.conversations.invite({ channel, users: 'U0ENG00001' });
    const res = await h.client.chat.postEphemeral({ channel, user: 'U0ENG00001', text: 'only you' });
    expect(res.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(await slackError(h.client.chat.postEphemeral({ channel, user: 'U0ENG00002', text: 'x' }))).toBe(
      'user_not_in_channel',
    );
  });
});

describe('pins and bookmarks', () => {
  it('pins a message once', async () => {
    const ts = (await h.client.chat.postMessage({ channel, text: 'card' })).ts ?? '';
    await h.client.pins.add({ channel, timestamp: ts });
    expect(await slackError(h.client.pins.add({ channel, timestamp: ts }))).toBe('already_pinned');
    expect(await slackError(h.client.pins.add({ channel, timestamp: '1.000001' }))).toBe('message_not_found');
    expect(h.standIn.channels().find((c) => c.id === channel)?.pins).toEqual([ts]);
  });

  it('adds and lists link bookmarks', async () => {
    const link = 'https://sandbox.zendesk.com/agent/tickets/4812';
    const res = await h.client.bookmarks.add({ channel_id: channel, title: 'Ticket #4812', type: 'link', link });
    expect(res.bookmark).toMatchObject({ channel_id: channel, title: 'Ticket #4812', link, type: 'link' });
    const list = await h.client.bookmarks.list({ channel_id: channel });
    expect(list.bookmarks?.map((b) => b.link)).toEqual([link]);
    expect(await slackError(h.client.bookmarks.add({ channel_id: channel, title: 't', type: 'link', link: 'javascript:alert(1)' }))).toBe(
      'invalid_link',
    );
    expect(await slackError(h.client.bookmarks.add({ channel_id: 'CNOPE0000', title: 't', type: 'link', link }))).toBe(
      'channel_not_found',
    );
  });
});

describe('users, usergroups, views', () => {
  it('finds users by email, case-insensitively, and by id', async () => {
    const res = await h.client.users.lookupByEmail({ email: 'Ada@Eng.Example.com' });
    expect(res.user).toMatchObject({ id: 'U0ENG00001', profile: { email: 'ada@eng.example.com' } });
    expect(await slackError(h.client.users.lookupByEmail({ email: 'nobody@example.com' }))).toBe('users_not_found');
    expect((await h.client.users.info({ user: 'U0ENG00002' })).user?.name).toBe('grace.hopper');
    expect(await slackError(h.client.users.info({ user: 'UNOBODY999' }))).toBe('user_not_found');
  });

  it('lists usergroups and their users', async () => {
    const list = await h.client.usergroups.list({ include_users: true });
    expect(list.usergroups?.find((g) => g.handle === 'incident-responders')?.users).toEqual(['U0ENG00001', 'U0ENG00002']);
    expect((await h.client.usergroups.users.list({ usergroup: 'S0INCIDENT' })).users).toEqual(['U0ENG00001', 'U0ENG00002']);
    expect(await slackError(h.client.usergroups.users.list({ usergroup: 'SNOPE00000' }))).toBe('no_such_subteam');
  });

  it('opens, updates and publishes views, and refuses a view without a title', async () => {
    const modal = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Summary' }, blocks: [] };
    const opened = await h.client.views.open({ trigger_id: '123.456.abc', view: modal });
    const id = opened.view?.id ?? '';
    expect(id).toMatch(/^V/);
    const updated = await h.client.views.update({ view_id: id, hash: opened.view?.hash, view: { ...modal, callback_id: 'v2' } });
    expect(updated.view?.callback_id).toBe('v2');
    expect(await slackError(h.client.views.update({ view_id: id, hash: 'stale', view: modal }))).toBe('hash_conflict');
    expect(await slackError(h.client.views.update({ view_id: 'VNOPE', view: modal }))).toBe('not_found');
    const noTitle = { type: 'modal', blocks: [] } as unknown as typeof modal;
    expect(await slackError(h.client.views.open({ trigger_id: '1.2.3', view: noTitle }))).toBe('invalid_arguments');
    await h.client.views.publish({ user_id: 'U0ENG00001', view: { type: 'home', blocks: [] } });
    expect(h.standIn.views().map((v) => v.view.type)).toEqual(['modal', 'home']);
  });
});
