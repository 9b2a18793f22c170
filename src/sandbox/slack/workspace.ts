// The in-memory Slack workspace behind the stand-in: users, groups, channels, messages, views.
// Ids and timestamps are counters, so runs are predictable, yet every one is unique.
import type {
  ChannelSeed,
  ChannelView,
  Message,
  SlackUserSeed,
  StoredView,
  UsergroupSeed,
} from './types';

/** A Web API error: the method answers { ok: false, error: code, ...extra }. */
export class SlackApiError extends Error {
  constructor(
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'SlackApiError';
  }
}

export const TEAM_ID = 'T0SANDBOX1';
export const TEAM_DOMAIN = 'sandbox';
export const BOT_USER_ID = 'U0SANDBOT1';
export const BOT_ID = 'B0SANDBOT1';
export const APP_ID = 'A0SANDAPP1';

// Defaults line up with config/escalation.example.jsonc (on-call user, user groups, triage and
// support channels) and with the Zendesk sandbox's agent, so `npm start` works with no setup.
export const DEFAULT_USERS: readonly SlackUserSeed[] = [
  { id: 'U0ONCALL1', name: 'olivia.oncall', email: 'olivia@eng.example.com' },
  { id: 'U0GRADEBK', name: 'gus.gradebook', email: 'gus@eng.example.com' },
  { id: 'U0ENG00001', name: 'ada.lovelace', email: 'ada@eng.example.com' },
  { id: 'U0ENG00002', name: 'grace.hopper', email: 'grace@eng.example.com' },
  { id: 'U0ENG00003', name: 'linus.t', email: 'linus@eng.example.com' },
  { id: 'U0SUP00001', name: 'sandbox.agent', email: 'agent@sandbox.example.com' },
];

export const DEFAULT_USERGROUPS: readonly UsergroupSeed[] = [
  { id: 'S0INCIDENT', handle: 'incident-responders', users: ['U0ENG00001', 'U0ENG00002'] },
  { id: 'S0ASSESS1', handle: 'assessments-eng', users: ['U0ENG00003'] },
];

// The bot is in none of them: as in a real workspace, it must join a public channel before posting.
export const DEFAULT_CHANNELS: readonly ChannelSeed[] = [
  { id: 'C0GENERAL1', name: 'general', members: ['U0ONCALL1', 'U0ENG00001', 'U0ENG00002', 'U0ENG00003', 'U0SUP00001'] },
  { id: 'C0TRIAGE01', name: 'eng-triage', members: ['U0ONCALL1', 'U0ENG00001', 'U0ENG00002'] },
  { id: 'C0SUPPORT1', name: 'support-escalations', members: ['U0SUP00001'] },
];

export type Channel = ChannelView;

/** Everything a Workspace holds, as plain JSON (saved by `npm start -- --keep`). */
export interface WorkspaceState {
  users: SlackUserSeed[];
  usergroups: UsergroupSeed[];
  channels: Channel[];
  views: StoredView[];
  triggers: Array<[string, { userId: string; channelId: string }]>;
  counters: Array<[string, number]>;
  lastTsMicros: number;
}

export interface WorkspaceSeed {
  /** A saved workspace: taken as is, the other seeds ignored. */
  state?: WorkspaceState;
  users?: SlackUserSeed[];
  usergroups?: UsergroupSeed[];
  channels?: ChannelSeed[];
  /** Clock in ms; tests of the stand-in itself may pass their own. */
  now?: () => number;
}

export class Workspace {
  readonly users: SlackUserSeed[];
  readonly usergroups: UsergroupSeed[];
  readonly channels: Channel[] = [];
  readonly views = new Map<string, StoredView>();
  /** trigger_ids the page handed out with a slash command, and who ran it. */
  readonly triggers = new Map<string, { userId: string; channelId: string }>();
  readonly now: () => number;
  /** Told about each message the bot posts, so the app gets its own message events as in Slack. */
  onBotMessage?: (ch: Channel, m: Message) => void;
  private lastTsMicros = 0;
  private counters = new Map<string, number>();

  constructor(seed: WorkspaceSeed = {}) {
    this.now = seed.now ?? Date.now;
    if (seed.state) {
      const st = structuredClone(seed.state);
      this.users = st.users;
      this.usergroups = st.usergroups;
      this.channels.push(...st.channels);
      for (const v of st.views) this.views.set(v.id, v);
      for (const [id, t] of st.triggers) this.triggers.set(id, t);
      this.counters = new Map(st.counters);
      this.lastTsMicros = st.lastTsMicros;
      return;
    }
    const users = seed.users ?? [...DEFAULT_USERS];
    this.users = [
      { id: BOT_USER_ID, name: 'escalation-bot', email: 'bot@sandbox.invalid', isBot: true },
      ...users.filter((u) => u.id !== BOT_USER_ID),
    ];
    this.usergroups = (seed.usergroups ?? [...DEFAULT_USERGROUPS]).map((g) => ({ ...g, users: [...g.users] }));
    for (const c of seed.channels ?? DEFAULT_CHANNELS) {
      const ch = this.addChannel(c.name, c.isPrivate ?? false, BOT_USER_ID, c.id);
      ch.members = [...new Set(c.members ?? [])];
    }
  }

  snapshot(): WorkspaceState {
    return structuredClone({
      users: this.users,
      usergroups: this.usergroups,
      channels: this.channels,
      views: [...this.views.values()],
      triggers: [...this.triggers],
      counters: [...this.counters],
      lastTsMicros: this.lastTsMicros,
    });
  }

  /** Next id for a kind of object, such as 'C' + 8 base-36 digits. */
  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return prefix + n.toString(36).toUpperCase().padStart(8, '0');
  }

  /** A message ts like '1700000000.000100', strictly increasing across the workspace. */
  nextTs(): string {
    this.lastTsMicros = Math.max(this.lastTsMicros + 1, this.now() * 1000);
    const secs = Math.floor(this.lastTsMicros / 1e6);
    const micros = this.lastTsMicros % 1e6;
    return `${secs}.${String(micros).padStart(6, '0')}`;
  }

  nowSec(): number {
    return Math.floor(this.now() / 1000);
  }

  addChannel(name: string, isPrivate: boolean, creator: string, id?: string): Channel {
    const empty = { value: '', creator: '', last_set: 0 };
    const ch: Channel = {
      id: id ?? this.nextId('C'),
      name,
      isPrivate,
      isArchived: false,
      created: this.nowSec(),
      creator,
      members: [creator],
      topic: { ...empty },
      purpose: { ...empty },
      bookmarks: [],
      pins: [],
      messages: [],
      ephemeral: [],
    };
    this.channels.push(ch);
    return ch;
  }

  /**
   * The channel an id names, as the bot sees it: a private channel the bot is not in does not exist
   * for it. Only chat.postMessage and chat.postEphemeral also take a name ('#name' or 'name').
   */
  channel(ref: string | undefined, opts: { byName?: boolean } = {}): Channel {
    if (!ref) throw new SlackApiError('channel_not_found');
    const byId = this.channels.find((c) => c.id === ref);
    const name = ref.replace(/^#/, '');
    const ch = byId ?? (opts.byName ? this.channels.find((c) => c.name === name) : undefined);
    if (!ch || (ch.isPrivate && !ch.members.includes(BOT_USER_ID))) throw new SlackApiError('channel_not_found');
    return ch;
  }

  user(id: string): SlackUserSeed | undefined {
    return this.users.find((u) => u.id === id);
  }

  /** Appends a message; thread replies keep their parent's ts in thread_ts. */
  post(ch: Channel, msg: Omit<Message, 'type' | 'ts'>): Message {
    const message: Message = { type: 'message', ts: this.nextTs(), ...msg };
    if (message.thread_ts === undefined) delete message.thread_ts;
    if (message.blocks === undefined) delete message.blocks;
    if (message.bot_id === undefined) delete message.bot_id;
    ch.messages.push(message);
    if (message.bot_id) this.onBotMessage?.(ch, message);
    return message;
  }

  /** Slack's message object: parents carry reply_count and latest_reply. */
  messageObject(ch: Channel, m: Message): Record<string, unknown> {
    const out: Record<string, unknown> = { ...m, team: TEAM_ID };
    if (m.bot_id) out.app_id = APP_ID;
    const replies = ch.messages.filter((r) => r.thread_ts === m.ts && r.ts !== m.ts);
    if (replies.length > 0) {
      out.thread_ts = m.ts;
      out.reply_count = replies.length;
      out.reply_users = [...new Set(replies.map((r) => r.user))];
      out.latest_reply = replies[replies.length - 1]?.ts;
    }
    if (ch.pins.includes(m.ts)) out.pinned_to = [ch.id];
    return out;
  }

  /** Slack's conversation object as the bot sees it. */
  channelObject(ch: Channel, opts: { numMembers?: boolean } = {}): Record<string, unknown> {
    const out: Record<string, unknown> = {
      id: ch.id,
      name: ch.name,
      is_channel: !ch.isPrivate,
      is_group: ch.isPrivate,
      is_im: false,
      is_mpim: false,
      is_private: ch.isPrivate,
      created: ch.created,
      creator: ch.creator,
      is_archived: ch.isArchived,
      is_general: ch.name === 'general',
      unlinked: 0,
      name_normalized: ch.name,
      is_shared: false,
      is_ext_shared: false,
      is_org_shared: false,
      pending_shared: [],
      is_pending_ext_shared: false,
      is_member: ch.members.includes(BOT_USER_ID),
      topic: { ...ch.topic },
      purpose: { ...ch.purpose },
      previous_names: [],
    };
    if (opts.numMembers) out.num_members = ch.members.length;
    return out;
  }

  userObject(u: SlackUserSeed): Record<string, unknown> {
    return {
      id: u.id,
      team_id: TEAM_ID,
      name: u.name,
      deleted: false,
      real_name: u.name,
      is_bot: u.isBot ?? false,
      is_admin: false,
      is_app_user: false,
      tz: 'Etc/UTC',
      profile: { real_name: u.name, display_name: u.name, email: u.email, team: TEAM_ID },
    };
  }
}
