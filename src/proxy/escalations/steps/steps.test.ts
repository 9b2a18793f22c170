// Each step on its own against in-memory gateways: what it does, what it finds again, how it fails.
import { announceTicket } from './announceTicket';
import { bookmark } from './bookmark';
import { createChannel } from './createChannel';
import { contextIn, fakeWorld } from './fakeGateways';
import type { FakeWorld } from './fakeGateways';
import { findInvitees } from './findInvitees';
import type { Invitees } from './findInvitees';
import { findTriageChannel } from './findTriageChannel';
import { invite } from './invite';
import { postCard } from './postCard';
import { readTicket } from './readTicket';
import { zendeskNote } from './zendeskNote';
import { ZendeskCallError } from '../../zendesk/gateway';
import { customerUpdateMarker } from '../../../core/appNote';
import { customerUpdateHtml } from '../../../core/customerUpdate';
import { customerUpdateStepKey } from '../../store/customerUpdates';
import { customerUpdate } from './customerUpdate';

const facts = { subject: 'Gradebook down at Lincoln', organization: 'Lincoln High School', requester: 'Maria Alvarez' };

/** A world whose Zendesk read is done and whose channel exists. */
async function withChannel(over: Partial<FakeWorld['row']> = {}): Promise<FakeWorld> {
  const w = fakeWorld(over);
  w.results['read_ticket:1001'] = facts;
  const ch = await w.slack.createChannel('outage-1001-gradebook-down-at-lincoln', false);
  Object.assign(w.row, { channel_id: ch.id, channel_name: ch.name, channel_url: `https://acme.slack.com/archives/${ch.id}` });
  w.slack.calls = [];
  return w;
}

describe('read_ticket', () => {
  it("answers Zendesk's subject, organization and requester, and sets the escalation's own", async () => {
    const w = fakeWorld();
    const out = await readTicket.perform(contextIn(w, { ticketId: 1001 }));
    expect(out).toEqual({ result: facts, patch: { subject: facts.subject, organization: facts.organization } });
  });

  it('a linked ticket changes nothing on the escalation; a ticket Zendesk lacks fails for good', async () => {
    const w = fakeWorld();
    expect((await readTicket.perform(contextIn(w, { ticketId: 1002 }))).patch).toBeUndefined();
    await expect(readTicket.perform(contextIn(w, { ticketId: 9999 }))).rejects.toMatchObject({ retryable: false, status: 404 });
  });
});

describe('find_invitees', () => {
  it("routed users, user groups and the agent Zendesk says is an agent, as Slack ids", async () => {
    const { result } = await findInvitees.perform(contextIn(fakeWorld()));
    expect((result as Invitees).users.sort()).toEqual(['UAGENT', 'UENG1', 'UENG2', 'UONCALL']);
    expect((result as Invitees).agentNotInvited).toBeUndefined();
  });

  it('an email Zendesk knows as an end-user (or not at all) is not invited, and says so', async () => {
    for (const email of ['maria@lincoln.example.org', 'stranger@example.net']) {
      const w = fakeWorld();
      w.slack.users[email] = 'UMARIA';
      const request = { ...JSON.parse(w.row.request_json), agent: { name: 'Mallory', email } };
      w.row.request_json = JSON.stringify(request);
      const result = (await findInvitees.perform(contextIn(w))).result as Invitees;
      expect(result.users).not.toContain('UMARIA');
      expect(result.agentNotInvited).toContain(email);
      expect(w.slack.calls).not.toContain('users.lookupByEmail');
    }
  });

  it('Zendesk refusing the user search vouches for nobody; Zendesk down is retried', async () => {
    const w = fakeWorld();
    w.zendesk.userRoleByEmail = async () => {
      throw new ZendeskCallError('user search', 403, 'Forbidden');
    };
    expect(((await findInvitees.perform(contextIn(w))).result as Invitees).agentNotInvited).toContain('agent@example.com');
    w.zendesk.userRoleByEmail = async () => {
      throw new ZendeskCallError('user search', 503, 'Unavailable');
    };
    await expect(findInvitees.perform(contextIn(w))).rejects.toMatchObject({ retryable: true });
  });

  it('a user group Slack does not know is noted, not fatal', async () => {
    const result = (await findInvitees.perform(contextIn(fakeWorld(), { route: { invitees: { users: [], usergroups: ['S404'], emails: [] } } }))).result as Invitees;
    expect(result.notes).toEqual(['user group S404: no_such_subteam']);
  });
});

describe('create_channel', () => {
  it("names the channel from Zendesk's subject and remembers the name before creating it", async () => {
    const w = fakeWorld();
    w.results['read_ticket:1001'] = facts;
    const out = await createChannel.perform(contextIn(w));
    expect(out.patch).toMatchObject({ channel_id: 'C1', channel_name: 'outage-1001-gradebook-down-at-lincoln' });
    expect(w.remembered).toEqual([{ channel_intent: 'outage-1001-gradebook-down-at-lincoln' }]);
  });

  it("takes the next name when someone else's channel has it", async () => {
    const w = fakeWorld();
    w.results['read_ticket:1001'] = facts;
    w.slack.channels.push({ id: 'CX', name: 'outage-1001-gradebook-down-at-lincoln', creator: 'USOMEONE', isArchived: false, members: [], messages: [], bookmarks: [] });
    expect((await createChannel.perform(contextIn(w))).patch).toMatchObject({ channel_name: 'outage-1001-gradebook-down-at-lincoln-2' });
  });

  it('finds the channel an earlier attempt created by its remembered name, unless another escalation holds it', async () => {
    const w = fakeWorld();
    w.results['read_ticket:1001'] = facts;
    await createChannel.perform(contextIn(w));
    expect((await createChannel.findEarlier(contextIn(w)))?.patch).toMatchObject({ channel_id: 'C1' });
    w.held.add('C1');
    expect(await createChannel.findEarlier(contextIn(w))).toBeNull();
    expect(await createChannel.findEarlier(contextIn(fakeWorld()))).toBeNull();
  });
});

describe('find_triage_channel', () => {
  it('finds the routed channel by name and joins it; an archived one fails for good', async () => {
    const w = fakeWorld({ mode: 'thread' });
    w.slack.channels.push({ id: 'CTRIAGE', name: 'eng-triage', creator: 'U1', isArchived: false, members: [], messages: [], bookmarks: [] });
    expect((await findTriageChannel.perform(contextIn(w))).patch).toMatchObject({ channel_id: 'CTRIAGE', channel_name: 'eng-triage' });
    w.slack.channels[0]!.isArchived = true;
    await expect(findTriageChannel.perform(contextIn(w))).rejects.toMatchObject({ retryable: false, message: expect.stringContaining('archived') });
    await expect(findTriageChannel.perform(contextIn(w, { route: { triageChannel: 'nowhere' } }))).rejects.toMatchObject({ retryable: false });
  });
});

describe('invite', () => {
  it('invites who find_invitees resolved and passes on why the agent was left out', async () => {
    const w = await withChannel();
    w.results.find_invitees = { users: ['UONCALL'], notes: [], agentNotInvited: 'x@y is not an agent' } satisfies Invitees;
    const { result } = await invite.perform(contextIn(w));
    expect(result).toEqual({ invited: ['UONCALL'], names: { UONCALL: 'uoncall' }, notes: ['x@y is not an agent'] });
    expect(w.slack.channels[0]!.members).toContain('UONCALL');
    // Inviting again is harmless.
    await invite.perform(contextIn(w));
    expect(w.slack.channels[0]!.members.filter((m) => m === 'UONCALL')).toHaveLength(1);
  });
});

describe('post_card', () => {
  it("shows Zendesk's facts, our own ticket link and the agent notice; never the body's link", async () => {
    const w = await withChannel();
    w.row.request_json = JSON.stringify({ ...JSON.parse(w.row.request_json), ticket: { id: 1001, subject: 'Click me', url: 'https://phish.example.net/' } });
    w.results.find_invitees = { users: [], notes: [], agentNotInvited: 'mallory@example.net is not an agent of this Zendesk account' };
    await postCard.perform(contextIn(w));
    const card = JSON.stringify(w.slack.channels[0]!.messages[0]);
    expect(card).toContain('Gradebook down at Lincoln');
    expect(card).toContain('https://acme.zendesk.com/agent/tickets/1001');
    expect(card).toContain('not an agent of this Zendesk account');
    expect(card).not.toContain('phish.example.net');
    expect(card).not.toContain('Click me');
  });

  it('finds its earlier card by marker; in thread mode the card is the thread parent', async () => {
    const w = await withChannel({ mode: 'thread' });
    expect(await postCard.findEarlier(contextIn(w))).toBeNull();
    const first = await postCard.perform(contextIn(w));
    expect(first.patch).toEqual({ thread_ts: '1000' });
    expect(await postCard.findEarlier(contextIn(w))).toEqual(first);
  });

  it('fails for good without a channel', async () => {
    const w = fakeWorld();
    w.results['read_ticket:1001'] = facts;
    await expect(postCard.perform(contextIn(w))).rejects.toMatchObject({ retryable: false });
  });
});

describe('bookmark', () => {
  it('bookmarks our own ticket link and finds it again by that link', async () => {
    const w = await withChannel();
    expect(await bookmark.findEarlier(contextIn(w))).toBeNull();
    await bookmark.perform(contextIn(w));
    expect(w.slack.channels[0]!.bookmarks).toEqual(['https://acme.zendesk.com/agent/tickets/1001']);
    expect(await bookmark.findEarlier(contextIn(w))).toEqual({});
  });
});

describe('zendesk_note', () => {
  it('writes an internal note with the tags, and finds it again by its marker', async () => {
    const w = await withChannel();
    expect(await zendeskNote.findEarlier(contextIn(w, { ticketId: 1001 }))).toBeNull();
    await zendeskNote.perform(contextIn(w, { ticketId: 1001 }));
    expect(w.zendesk.notes).toEqual([{ ticketId: 1001, body: expect.stringContaining('[escalation esc-1]'), tags: ['escalated', 'escalation_outage'] }]);
    expect(await zendeskNote.findEarlier(contextIn(w, { ticketId: 1001 }))).toEqual({});
    // Another ticket's note is not this one's.
    expect(await zendeskNote.findEarlier(contextIn(w, { ticketId: 1002 }))).toBeNull();
  });
});

describe('announce_ticket', () => {
  it("announces a linked ticket with Zendesk's subject; in a thread it is found among the replies", async () => {
    const w = await withChannel({ mode: 'thread', thread_ts: '999' });
    w.results['read_ticket:1002'] = { subject: 'Also <b>down</b>', organization: null, requester: 'Sam' };
    const ctx = contextIn(w, { ticketId: 1002, linkedBy: 'Sam' });
    expect(await announceTicket.findEarlier(ctx)).toBeNull();
    await announceTicket.perform(ctx);
    const msg = w.slack.channels[0]!.messages.at(-1)!;
    expect(msg).toMatchObject({ threadTs: '999', text: expect.stringContaining('Also &lt;b&gt;down&lt;/b&gt; (linked by Sam)') });
    expect(await announceTicket.findEarlier(ctx)).toEqual({});
    expect(w.slack.calls).toContain('conversations.replies');
  });
});

describe('customer_update', () => {
  const UPDATE = { id: 'a1b2c3d4e5f60718293a', escalation_id: 'esc-1', text: 'We are on it <b>now</b>.', set_status: 'pending' as const, sent_by: 'Sam', idempotency_key: null, created_at: '2026-01-01T00:00:00.000Z' };
  const inWorld = (ticketId: number) => {
    const w = fakeWorld({ state: 'active' });
    w.customerUpdates.push(UPDATE);
    return { w, ctx: contextIn(w, { ticketId, key: customerUpdateStepKey(UPDATE.id, ticketId) }) };
  };

  it('posts the escaped text as a public reply with the status, and finds it again by its invisible marker', async () => {
    const { w, ctx } = inWorld(1001);
    expect(await customerUpdate.findEarlier(ctx)).toBeNull();
    expect(await customerUpdate.perform(ctx)).toEqual({ result: { sentAt: '2026-01-01T00:00:00.000Z' } });
    expect(w.zendesk.replies).toEqual([{ ticketId: 1001, htmlBody: expect.stringMatching(/^<p>We are on it &lt;b&gt;now&lt;\/b&gt;\.\u2063/), status: 'pending' }]);
    expect(await customerUpdate.findEarlier(ctx)).toEqual({ result: { sentAt: '2026-01-01T00:00:00.000Z' } });
    // Another ticket's reply, or an internal note with the marker, is not this send.
    expect(await customerUpdate.findEarlier(contextIn(w, { ticketId: 1002, key: customerUpdateStepKey(UPDATE.id, 1002) }))).toBeNull();
  });

  it('finds its reply by the text when a Zendesk dropped the invisible marker, but not an older reply with the same words', async () => {
    const { w, ctx } = inWorld(1001);
    const asZendeskShowsIt = { body: 'We are on it <b>now</b>.', public: true };
    w.zendesk.written[1001] = [{ id: 1, ...asZendeskShowsIt, createdAt: '2025-12-01T00:00:00Z' }];
    expect(await customerUpdate.findEarlier(ctx)).toBeNull();
    w.zendesk.written[1001].push({ id: 2, ...asZendeskShowsIt, createdAt: '2026-01-01T00:00:01Z' });
    expect(await customerUpdate.findEarlier(ctx)).toEqual({ result: { sentAt: '2026-01-01T00:00:01Z' } });
    // An internal note with those words is no reply.
    w.zendesk.written[1001] = [{ id: 3, ...asZendeskShowsIt, public: false }];
    expect(await customerUpdate.findEarlier(ctx)).toBeNull();
    // Nor is another update's reply with the same words (the same text sent again is a send of its own).
    const other = customerUpdateHtml(UPDATE.text, customerUpdateMarker('ffff0000'));
    w.zendesk.written[1001] = [{ id: 4, body: other, public: true, createdAt: '2026-01-01T00:00:01Z' }];
    expect(await customerUpdate.findEarlier(ctx)).toBeNull();
  });

  it("says why Zendesk refused: a closed ticket, a deleted one; rate limits and 5xx stay retryable", async () => {
    const closed = inWorld(1001);
    closed.w.zendesk.replyFailures[1001] = 422;
    await expect(customerUpdate.perform(closed.ctx)).rejects.toMatchObject({ retryable: false, message: expect.stringMatching(/#1001 is closed/) });
    const deleted = inWorld(4040);
    await expect(customerUpdate.perform(deleted.ctx)).rejects.toMatchObject({ retryable: false, message: expect.stringMatching(/#4040 no longer exists/) });
    for (const status of [429, 503]) {
      const busy = inWorld(1001);
      busy.w.zendesk.replyFailures[1001] = status;
      await expect(customerUpdate.perform(busy.ctx)).rejects.toMatchObject({ retryable: true, status });
      expect(busy.w.zendesk.replies).toEqual([]);
    }
  });

  it('a step whose update is unknown (another escalation\'s) fails without sending', async () => {
    const { w } = inWorld(1001);
    const ctx = contextIn(w, { ticketId: 1001, key: customerUpdateStepKey('ffffffffffffffffffff', 1001) });
    await expect(customerUpdate.perform(ctx)).rejects.toMatchObject({ retryable: false });
    expect(w.zendesk.replies).toEqual([]);
  });
});
