import { slackError, startHarness, type Harness } from './testing';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.standIn.close();
});

describe('conversations.create', () => {
  it('creates a channel the bot is in, with a Slack-shaped object', async () => {
    const res = await h.client.conversations.create({ name: 'outage-4812-login-down' });
    expect(res.ok).toBe(true);
    expect(res.channel).toMatchObject({
      name: 'outage-4812-login-down',
      is_archived: false,
      is_member: true,
      is_private: false,
      creator: h.standIn.botUserId,
    });
    expect(res.channel?.id).toMatch(/^C[0-9A-Z]{8}$/);
    expect(typeof res.channel?.created).toBe('number');
    const view = h.standIn.channels().find((c) => c.id === res.channel?.id);
    expect(view?.members).toEqual([h.standIn.botUserId]);
  });

  it.each([
    ['', 'invalid_name_required'],
    ['a'.repeat(81), 'invalid_name_maxlength'],
    ['Outage-1', 'invalid_name_specials'],
    ['outage 1', 'invalid_name_specials'],
    ['outage.1', 'invalid_name_specials'],
    ['--_', 'invalid_name_punctuation'],
  ])('refuses %p with %s and creates nothing', async (name, code) => {
    const before = h.standIn.channels().length;
    expect(await slackError(h.client.conversations.create({ name }))).toBe(code);
    expect(h.standIn.channels()).toHaveLength(before);
  });

  it('creates one channel when 20 creates of one name race', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => h.client.conversations.create({ name: 'outage-race' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { data: { error: string } }).data.error] : []));
    expect(new Set(codes)).toEqual(new Set(['name_taken']));
    expect(h.standIn.channels().filter((c) => c.name === 'outage-race')).toHaveLength(1);
  });

  it('accepts exactly 80 characters of letters, digits, - and _', async () => {
    const name = `o_-9${'x'.repeat(76)}`;
    const res = await h.client.conversations.create({ name });
    expect(res.channel?.name).toBe(name);
  });

  it('answers name_taken for an existing name, archived ones included', async () => {
    const first = await h.client.conversations.create({ name: 'outage-1' });
    expect(await slackError(h.client.conversations.create({ name: 'outage-1' }))).toBe('name_taken');
    await h.client.conversations.archive({ channel: first.channel?.id ?? '' });
    expect(await slackError(h.client.conversations.create({ name: 'outage-1' }))).toBe('name_taken');
    const created = h.standIn.calls().filter((c) => c.method === 'conversations.create' && c.outcome === 'ok');
    expect(created).toHaveLength(1);
  });
});

describe('conversations.invite', () => {
  let channel: string;
  beforeEach(async () => {
    channel = (await h.client.conversations.create({ name: 'outage-2' })).channel?.id ?? '';
  });

  it('invites a comma list of users', async () => {
    const res = await h.client.conversations.invite({ channel, users: 'U0ENG00001,U0ENG00002' });
    expect(res.channel?.id).toBe(channel);
    const members = await h.client.conversations.members({ channel });
    expect(members.members).toEqual([h.standIn.botUserId, 'U0ENG00001', 'U0ENG00002']);
    expect(members.response_metadata?.next_cursor).toBe('');
  });

  it('answers already_in_channel with per-user errors, and invites nobody when one fails', async () => {
    await h.client.conversations.invite({ channel, users: 'U0ENG00001' });
    let caught: unknown;
    try {
      await h.client.conversations.invite({ channel, users: 'U0ENG00002,U0ENG00001' });
    } catch (err) {
      caught = err;
    }
    expect((caught as { data: unknown }).data).toMatchObject({
      ok: false,
      error: 'already_in_channel',
      errors: [{ user: 'U0ENG00001', ok: false, error: 'already_in_channel' }],
    });
    expect(h.standIn.channels().find((c) => c.id === channel)?.members).not.toContain('U0ENG00002');
  });

  it('with force, invites the valid users and reports the others', async () => {
    const res = await h.client.conversations.invite({ channel, users: 'U0ENG00002,UNOBODY999', force: true });
    expect(res.ok).toBe(true);
    expect(h.standIn.channels().find((c) => c.id === channel)?.members).toContain('U0ENG00002');
  });

  it.each([
    ['UNOBODY999', 'user_not_found'],
    ['U0SANDBOT1', 'cant_invite_self'],
    ['', 'no_user'],
  ])('invite of %p fails with %s', async (users, code) => {
    expect(await slackError(h.client.conversations.invite({ channel, users }))).toBe(code);
  });

  it('answers channel_not_found, is_archived, and not_in_channel when the bot is not a member', async () => {
    expect(await slackError(h.client.conversations.invite({ channel: 'CNOPE0000', users: 'U0ENG00001' }))).toBe(
      'channel_not_found',
    );
    expect(await slackError(h.client.conversations.invite({ channel: 'C0GENERAL1', users: 'U0ENG00001' }))).toBe(
      'not_in_channel',
    );
    await h.client.conversations.archive({ channel });
    expect(await slackError(h.client.conversations.invite({ channel, users: 'U0ENG00001' }))).toBe('is_archived');
  });
});

describe('archive, join, info, list, topic', () => {
  it('archives once, then already_archived; unarchive restores', async () => {
    const channel = (await h.client.conversations.create({ name: 'outage-3' })).channel?.id ?? '';
    await h.client.conversations.archive({ channel });
    expect((await h.client.conversations.info({ channel })).channel?.is_archived).toBe(true);
    expect(await slackError(h.client.conversations.archive({ channel }))).toBe('already_archived');
    await h.client.conversations.unarchive({ channel });
    expect(await slackError(h.client.conversations.unarchive({ channel }))).toBe('not_archived');
    expect(h.standIn.channels().find((c) => c.id === channel)?.isArchived).toBe(false);
  });

  it('joins a public channel, and warns when already in it', async () => {
    const res = await h.client.conversations.join({ channel: 'C0GENERAL1' });
    expect(res.channel?.is_member).toBe(true);
    const again = await h.client.conversations.join({ channel: 'C0GENERAL1' });
    expect(again.warning).toBe('already_in_channel');
  });

  it('hides private channels the bot is not in', async () => {
    const h2 = await startHarness({ channels: [{ id: 'CPRIV00001', name: 'secret', isPrivate: true, members: ['U0ENG00001'] }] });
    try {
      expect(await slackError(h2.client.conversations.info({ channel: 'CPRIV00001' }))).toBe('channel_not_found');
      const list = await h2.client.conversations.list({ types: 'public_channel,private_channel' });
      expect(list.channels).toEqual([]);
    } finally {
      await h2.standIn.close();
    }
  });

  it('lists with cursor paging and exclude_archived', async () => {
    const a = (await h.client.conversations.create({ name: 'p-a' })).channel?.id ?? '';
    await h.client.conversations.create({ name: 'p-b' });
    await h.client.conversations.archive({ channel: a });
    const first = await h.client.conversations.list({ limit: 2 });
    expect(first.channels).toHaveLength(2);
    const cursor = first.response_metadata?.next_cursor ?? '';
    expect(cursor).not.toBe('');
    const rest = await h.client.conversations.list({ limit: 10, cursor });
    const names = [...(first.channels ?? []), ...(rest.channels ?? [])].map((c) => c.name);
    expect(names).toEqual(['general', 'eng-triage', 'support-escalations', 'p-a', 'p-b']);
    const live = await h.client.conversations.list({ exclude_archived: true });
    expect(live.channels?.map((c) => c.name)).not.toContain('p-a');
    expect(await slackError(h.client.conversations.list({ cursor: 'garbage' }))).toBe('invalid_cursor');
  });

  it('sets topic and purpose, in a channel the bot is in', async () => {
    expect(await slackError(h.client.conversations.setTopic({ channel: 'C0TRIAGE01', topic: 'x' }))).toBe('not_in_channel');
    await h.client.conversations.join({ channel: 'C0TRIAGE01' });
    const res = await h.client.conversations.setTopic({ channel: 'C0TRIAGE01', topic: 'Login outage' });
    expect(res.channel?.topic?.value).toBe('Login outage');
    await h.client.conversations.setPurpose({ channel: 'C0TRIAGE01', purpose: 'Ticket 4812' });
    const ch = h.standIn.channels().find((c) => c.id === 'C0TRIAGE01');
    expect(ch?.topic.value).toBe('Login outage');
    expect(ch?.purpose.value).toBe('Ticket 4812');
    expect(await slackError(h.client.conversations.setTopic({ channel: 'C0TRIAGE01', topic: 'x'.repeat(251) }))).toBe(
      'too_long',
    );
  });
});
