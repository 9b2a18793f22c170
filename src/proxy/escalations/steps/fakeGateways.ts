// In-memory stand-ins for the two gateways, for the steps' unit tests: just enough state to see what a
// step did and what it finds again. (The HTTP stand-ins in src/sandbox serve the integration tests.)
import type { CreateEscalationRequest, StepName } from '../../../core/api';
import { escalationRequest } from '../../testing/harness';
import type { Route } from '../../routing';
import { SlackCallError } from '../../slack/errors';
import type { SlackChannel } from '../../slack/gateway';
import type { CustomerUpdateRow, EscalationRow } from '../../store/tables';
import type { SettableStatus, ZendeskRole } from '../../zendesk/gateway';
import { ZendeskCallError } from '../../zendesk/gateway';
import type { JiraPort, SlackPort, StepContext, ZendeskPort } from './types';

export const BOT = 'UBOT';

interface FakeMessage {
  ts: string;
  user: string;
  text: string;
  blocks?: Array<{ block_id?: string }>;
  threadTs?: string;
}

export class FakeSlack implements SlackPort {
  channels: Array<SlackChannel & { members: string[]; messages: FakeMessage[]; bookmarks: string[] }> = [];
  users: Record<string, string> = { 'agent@example.com': 'UAGENT', 'oncall@example.com': 'UONCALL' };
  groups: Record<string, string[]> = { S1: ['UENG1', 'UENG2'] };
  /** The next call of a method fails with this Slack error code. */
  failures: Record<string, string> = {};
  calls: string[] = [];
  private ts = 1000;

  private called(method: string): void {
    this.calls.push(method);
    const code = this.failures[method];
    if (code) {
      delete this.failures[method];
      throw new SlackCallError(method, code);
    }
  }
  private channel(id: string) {
    const ch = this.channels.find((c) => c.id === id);
    if (!ch) throw new SlackCallError('x', 'channel_not_found');
    return ch;
  }

  identity = async () => ({ botUserId: BOT, workspaceUrl: 'https://acme.slack.com/' });
  channelUrl = async (id: string) => `https://acme.slack.com/archives/${id}`;
  async createChannel(name: string, _isPrivate: boolean): Promise<SlackChannel> {
    this.called('conversations.create');
    if (this.channels.some((c) => c.name === name)) throw new SlackCallError('conversations.create', 'name_taken');
    const ch = { id: `C${this.channels.length + 1}`, name, creator: BOT, isArchived: false, members: [BOT], messages: [], bookmarks: [] };
    this.channels.push(ch);
    return ch;
  }
  async findChannelByName(name: string): Promise<SlackChannel | null> {
    this.called('conversations.list');
    return this.channels.find((c) => c.name === name) ?? null;
  }
  async join(id: string): Promise<void> {
    this.called('conversations.join');
    if (this.channel(id).isArchived) throw new SlackCallError('conversations.join', 'is_archived');
  }
  async invite(id: string, users: string[]) {
    this.called('conversations.invite');
    const ch = this.channel(id);
    for (const u of users) if (!ch.members.includes(u)) ch.members.push(u);
    return [];
  }
  async userIdByEmail(email: string) {
    this.called('users.lookupByEmail');
    return this.users[email] ?? null;
  }
  async usergroupMembers(id: string) {
    this.called('usergroups.users.list');
    const members = this.groups[id];
    if (!members) throw new SlackCallError('usergroups.users.list', 'no_such_subteam');
    return members;
  }
  async postMessage(msg: { channel: string; text: string; blocks?: unknown[]; threadTs?: string }) {
    this.called('chat.postMessage');
    const ts = String(this.ts++);
    this.channel(msg.channel).messages.push({ ts, user: BOT, text: msg.text, blocks: msg.blocks as FakeMessage['blocks'], threadTs: msg.threadTs });
    return { ts, channel: msg.channel };
  }
  async updateMessage(msg: { channel: string; ts: string; text: string; blocks?: unknown[] }) {
    this.called('chat.update');
    const m = this.channel(msg.channel).messages.find((x) => x.ts === msg.ts);
    if (!m) throw new SlackCallError('chat.update', 'message_not_found');
    Object.assign(m, { text: msg.text, blocks: msg.blocks as FakeMessage['blocks'] });
  }
  async findOwnMessage(channel: string, blockId: string, threadTs?: string) {
    this.called(threadTs ? 'conversations.replies' : 'conversations.history');
    // History lists top-level messages only; a thread's replies need conversations.replies.
    const visible = this.channel(channel).messages.filter((m) => (threadTs ? m.threadTs === threadTs : !m.threadTs));
    return visible.find((m) => m.user === BOT && m.blocks?.some((b) => b.block_id === blockId))?.ts ?? null;
  }
  async addBookmark(channel: string, _title: string, link: string) {
    this.called('bookmarks.add');
    this.channel(channel).bookmarks.push(link);
  }
  async bookmarkLinks(channel: string) {
    this.called('bookmarks.list');
    return [...this.channel(channel).bookmarks];
  }
  userName = async (u: string) => u.toLowerCase();
}

export class FakeZendesk implements ZendeskPort {
  tickets: Record<number, { subject: string; organization: string | null; requester: string | null }> = {
    1001: { subject: 'Gradebook down at Lincoln', organization: 'Lincoln High School', requester: 'Maria Alvarez' },
    1002: { subject: 'Also <b>down</b>', organization: null, requester: 'Sam' },
  };
  roles: Record<string, ZendeskRole> = { 'agent@example.com': 'agent', 'maria@lincoln.example.org': 'end-user' };
  written: Record<number, Array<{ id: number; body: string; public: boolean; createdAt?: string }>> = {};
  notes: Array<{ ticketId: number; body: string; tags: string[] }> = [];
  replies: Array<{ ticketId: number; htmlBody: string; status?: string }> = [];
  /** The next public reply to a ticket fails with this HTTP status (and Zendesk's 422 wording for a closed one). */
  replyFailures: Record<number, number> = {};

  async ticket(id: number) {
    const t = this.tickets[id];
    if (!t) throw new ZendeskCallError('ticket show', 404, 'RecordNotFound');
    return { id, ...t };
  }
  async userRoleByEmail(email: string) {
    return this.roles[email] ?? null;
  }
  async comments(ticketId: number) {
    return [...(this.written[ticketId] ?? [])];
  }
  async addInternalNote(ticketId: number, note: { body: string; tags: string[] }) {
    this.notes.push({ ticketId, ...note });
    (this.written[ticketId] ??= []).push({ id: this.notes.length, body: note.body, public: false });
  }
  async addPublicReply(ticketId: number, reply: { htmlBody: string; status?: SettableStatus }) {
    const status = this.replyFailures[ticketId];
    if (status !== undefined) {
      delete this.replyFailures[ticketId];
      throw new ZendeskCallError('ticket update', status, status === 422 ? 'RecordInvalid: Record validation errors: Status: closed prevents ticket update' : '');
    }
    if (!this.tickets[ticketId]) throw new ZendeskCallError('ticket update', 404, 'RecordNotFound: Not found');
    this.replies.push({ ticketId, ...reply });
    (this.written[ticketId] ??= []).push({ id: 1000 + this.replies.length, body: reply.htmlBody, public: true });
  }
}

export const ROUTE: Route = {
  issueType: 'outage',
  mode: 'channel',
  channelNameTemplate: 'outage-{ticketId}-{slug}',
  privateChannel: false,
  triageChannel: 'eng-triage',
  zendeskTag: 'escalated',
  maskIds: true,
  reminderMinutes: 15,
  invitees: { users: ['UONCALL'], usergroups: ['S1'], emails: [] },
  board: null,
};

export interface FakeWorld {
  slack: FakeSlack;
  zendesk: FakeZendesk;
  row: EscalationRow;
  results: Partial<Record<string, unknown>>;
  remembered: Array<Record<string, unknown>>;
  /** Channel ids other escalations hold. */
  held: Set<string>;
  customerUpdates: CustomerUpdateRow[];
}

export function fakeWorld(over: Partial<EscalationRow> = {}): FakeWorld {
  const request: CreateEscalationRequest = { ...escalationRequest({ ticketId: 1001 }), agent: { name: 'Sam', email: 'agent@example.com' } };
  const row: EscalationRow = {
    id: 'esc-1', issue_type: 'outage', mode: 'channel', state: 'pending', version: 0, subject: request.ticket.subject, product: null,
    organization: null, request_json: JSON.stringify(request), channel_intent: null, channel_id: null, channel_name: null, channel_url: null,
    thread_ts: null, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', last_activity_at: null,
    latest_update_json: null, summary_json: null, active_since: null, last_reminder_at: null, summary_requested_at: null,
    summary_draft_json: null, board_key: null, board_url: null, board_status: null, board_status_at: null, ...over,
  };
  return { slack: new FakeSlack(), zendesk: new FakeZendesk(), row, results: {}, remembered: [], held: new Set(), customerUpdates: [] };
}

/** The context a step runs in, over the fake world; `ticketId` for per-ticket steps. */
export function contextIn(
  w: FakeWorld,
  opts: { ticketId?: number | null; route?: Partial<Route>; linkedBy?: string; jira?: JiraPort | null; boardPlanned?: boolean; key?: string } = {},
): StepContext {
  const request = JSON.parse(w.row.request_json) as CreateEscalationRequest;
  return {
    escalation: w.row,
    request,
    route: { ...ROUTE, ...opts.route },
    key: opts.key ?? 'step',
    ticketId: opts.ticketId ?? null,
    linkedBy: opts.linkedBy ?? null,
    slack: w.slack,
    zendesk: w.zendesk,
    jira: opts.jira ?? null,
    boardPlanned: opts.boardPlanned ?? false,
    resultOf: <T>(name: StepName, ticketId: number | null = null) => w.results[ticketId === null ? name : `${name}:${ticketId}`] as T | undefined,
    ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}`,
    remember: async (patch) => {
      w.remembered.push(patch);
      Object.assign(w.row, patch);
    },
    customerUpdate: async (id) => w.customerUpdates.find((u) => u.id === id),
    channelHeld: async (id) => w.held.has(id),
    claim: async () => true,
    release: async () => {},
    now: () => new Date('2026-01-01T00:00:00.000Z'),
  };
}
