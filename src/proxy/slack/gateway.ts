// The proxy's only way to Slack: @slack/web-api pointed at config.slack.apiUrl, with no retries of its
// own (the job layer retries) and a timeout on every call. Failures become SlackCallError.
import { LogLevel, WebClient } from '@slack/web-api';
import type { Logger as SlackLogger } from '@slack/web-api';
import { countCall } from '../metrics';
import { SlackCallError, toSlackCallError } from './errors';

export interface SlackChannel {
  id: string;
  name: string;
  creator?: string;
  isArchived: boolean;
  isPrivate?: boolean;
  /** Whether the bot is in it. */
  isMember?: boolean;
}

export interface SlackMessage {
  ts: string;
  user?: string;
  botId?: string;
  text: string;
  blocks?: Array<{ block_id?: string }>;
  threadTs?: string;
}

const quietLogger: SlackLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};

export interface SlackGatewayOptions {
  botToken: string;
  apiUrl: string;
  timeoutMs?: number;
  /** Base of channel links; defaults to the workspace URL auth.test reports. */
  workspaceUrl?: string;
  /** Told after every call: the method, 'ok' or Slack's error code, and the seconds it took (metrics). */
  onCall?: (method: string, code: string, seconds: number) => void;
}

export class SlackGateway {
  private readonly client: WebClient;
  private identityPromise: Promise<{ botUserId: string; workspaceUrl: string }> | null = null;

  constructor(private readonly opts: SlackGatewayOptions) {
    this.client = new WebClient(opts.botToken, {
      slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : opts.apiUrl + '/',
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: opts.timeoutMs ?? 10_000,
      // Failures reach us as SlackCallError; the client's own notes (e.g. the already_in_channel warning
      // of conversations.join) would only be console noise.
      logger: quietLogger,
    });
  }

  private call<T>(method: string, fn: () => Promise<T>): Promise<T> {
    return countCall(this.opts.onCall, method, (e) => (e as SlackCallError).code, async () => {
      try {
        return await fn();
      } catch (e) {
        throw toSlackCallError(method, e);
      }
    });
  }

  /** The bot's user id and the workspace URL, asked once (auth.test). */
  identity(): Promise<{ botUserId: string; workspaceUrl: string }> {
    this.identityPromise ??= this.call('auth.test', () => this.client.auth.test()).then(
      (r) => ({ botUserId: r.user_id ?? '', workspaceUrl: this.opts.workspaceUrl ?? r.url ?? 'https://slack.com/' }),
      (e) => {
        this.identityPromise = null;
        throw e;
      },
    );
    return this.identityPromise;
  }

  /** auth.test, asked now: the bot, its workspace, and the scopes Slack reports for the token (x-oauth-scopes). */
  async authTest(): Promise<{ botUserId: string; team: string; url: string; scopes: string[] }> {
    const r = await this.call('auth.test', () => this.client.auth.test());
    return { botUserId: r.user_id ?? '', team: r.team ?? '', url: r.url ?? '', scopes: r.response_metadata?.scopes ?? [] };
  }

  /** A channel by id (conversations.info), or null when the bot cannot see it. */
  async channelById(id: string): Promise<SlackChannel | null> {
    try {
      const r = await this.call('conversations.info', () => this.client.conversations.info({ channel: id }));
      const c = r.channel;
      return c ? { id, name: c.name ?? id, creator: c.creator, isArchived: c.is_archived ?? false, isPrivate: c.is_private, isMember: c.is_member } : null;
    } catch (e) {
      if (e instanceof SlackCallError && e.code === 'channel_not_found') return null;
      throw e;
    }
  }

  async channelUrl(channelId: string): Promise<string> {
    const { workspaceUrl } = await this.identity();
    return `${workspaceUrl.replace(/\/?$/, '/')}archives/${channelId}`;
  }

  async createChannel(name: string, isPrivate: boolean): Promise<SlackChannel> {
    const r = await this.call('conversations.create', () => this.client.conversations.create({ name, is_private: isPrivate }));
    return { id: r.channel?.id ?? '', name: r.channel?.name ?? name, creator: r.channel?.creator, isArchived: false };
  }

  /** Finds a channel the bot can see by exact name, archived ones included (names stay taken). */
  async findChannelByName(name: string): Promise<SlackChannel | null> {
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const r = await this.call('conversations.list', () =>
        this.client.conversations.list({ types: 'public_channel,private_channel', exclude_archived: false, limit: 1000, cursor }),
      );
      const hit = r.channels?.find((c) => c.name === name);
      if (hit) return { id: hit.id ?? '', name: hit.name ?? name, creator: hit.creator, isArchived: hit.is_archived ?? false, isPrivate: hit.is_private, isMember: hit.is_member };
      cursor = r.response_metadata?.next_cursor || undefined;
      if (!cursor) return null;
    }
    return null;
  }

  async join(channelId: string): Promise<void> {
    await this.call('conversations.join', () => this.client.conversations.join({ channel: channelId }));
  }

  /**
   * Invites with force, so one bad id does not block the rest; answers the per-user errors. Someone
   * already in the channel, reported per user or as the whole answer, is not an error: that invite
   * is done (an earlier attempt, or they joined on their own).
   */
  async invite(channelId: string, users: string[]): Promise<Array<{ user: string; error: string }>> {
    if (!users.length) return [];
    let errors: Array<{ user?: string; error?: string }>;
    try {
      const r = await this.call('conversations.invite', () => this.client.conversations.invite({ channel: channelId, users: users.join(','), force: true }));
      errors = (r as { errors?: Array<{ user?: string; error?: string }> }).errors ?? [];
    } catch (e) {
      if (!(e instanceof SlackCallError)) throw e;
      // Without force support Slack reports the first failure and lists all of them.
      if (Array.isArray(e.extra.errors)) errors = (e.extra.errors as Array<{ user?: string; error?: string }>).map((x) => ({ ...x, error: x.error ?? e.code }));
      else if (e.code === 'already_in_channel') errors = [];
      else throw e;
    }
    return errors.map((x) => ({ user: x.user ?? '', error: x.error ?? '' })).filter((x) => x.error !== 'already_in_channel');
  }

  async userIdByEmail(email: string): Promise<string | null> {
    try {
      const r = await this.call('users.lookupByEmail', () => this.client.users.lookupByEmail({ email }));
      return r.user?.id ?? null;
    } catch (e) {
      if (e instanceof SlackCallError && e.code === 'users_not_found') return null;
      throw e;
    }
  }

  async usergroupMembers(usergroupId: string): Promise<string[]> {
    const r = await this.call('usergroups.users.list', () => this.client.usergroups.users.list({ usergroup: usergroupId }));
    return r.users ?? [];
  }

  async postMessage(msg: { channel: string; text: string; blocks?: unknown[]; threadTs?: string }): Promise<{ ts: string; channel: string }> {
    const r = await this.call('chat.postMessage', () =>
      this.client.chat.postMessage({
        channel: msg.channel,
        text: msg.text,
        ...(msg.blocks ? { blocks: msg.blocks as never } : {}),
        ...(msg.threadTs ? { thread_ts: msg.threadTs } : {}),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    return { ts: r.ts ?? '', channel: r.channel ?? msg.channel };
  }

  /** Replaces one of the bot's messages (the card, once the board item exists); the same content twice is harmless. */
  async updateMessage(msg: { channel: string; ts: string; text: string; blocks?: unknown[] }): Promise<void> {
    await this.call('chat.update', () => this.client.chat.update({ channel: msg.channel, ts: msg.ts, text: msg.text, ...(msg.blocks ? { blocks: msg.blocks as never } : {}) }));
  }

  /** Recent messages (newest first), to recognise what an earlier attempt already posted. */
  async recentMessages(channel: string, limit = 100): Promise<SlackMessage[]> {
    const r = await this.call('conversations.history', () => this.client.conversations.history({ channel, limit }));
    return (r.messages ?? []).map((m) => ({
      ts: m.ts ?? '',
      user: m.user,
      botId: m.bot_id,
      text: m.text ?? '',
      blocks: m.blocks as SlackMessage['blocks'],
      threadTs: m.thread_ts,
    }));
  }

  /** Replies in a thread (its parent first): conversations.history does not list them. */
  async threadReplies(channel: string, threadTs: string, limit = 200): Promise<SlackMessage[]> {
    const r = await this.call('conversations.replies', () => this.client.conversations.replies({ channel, ts: threadTs, limit }));
    return (r.messages ?? []).map((m) => ({ ts: m.ts ?? '', user: m.user, botId: m.bot_id, text: m.text ?? '', blocks: m.blocks as SlackMessage['blocks'], threadTs: m.thread_ts }));
  }

  /**
   * The ts of a message of ours carrying this block_id (what an earlier attempt posted), or null: in the
   * channel's recent history, or among a thread's replies when threadTs is given.
   */
  async findOwnMessage(channel: string, blockId: string, threadTs?: string): Promise<string | null> {
    const { botUserId } = await this.identity();
    const msgs = threadTs ? await this.threadReplies(channel, threadTs) : await this.recentMessages(channel, 200);
    return msgs.find((m) => m.user === botUserId && m.blocks?.some((b) => b.block_id === blockId))?.ts ?? null;
  }

  async addBookmark(channelId: string, title: string, link: string): Promise<void> {
    await this.call('bookmarks.add', () => this.client.bookmarks.add({ channel_id: channelId, title, type: 'link', link }));
  }

  /** A person's display name (users.info): real name, then display name, then handle. */
  async userName(userId: string): Promise<string | null> {
    const r = await this.call('users.info', () => this.client.users.info({ user: userId }));
    const u = r.user;
    return u?.profile?.display_name || u?.real_name || u?.profile?.real_name || u?.name || null;
  }

  /** Opens a modal; trigger_id expires 3 s after the command, so this runs in the request. */
  async openView(triggerId: string, view: Record<string, unknown>): Promise<void> {
    await this.call('views.open', () => this.client.views.open({ trigger_id: triggerId, view: view as never }));
  }

  /** Archives a channel; already archived counts as done. */
  async archive(channelId: string): Promise<void> {
    try {
      await this.call('conversations.archive', () => this.client.conversations.archive({ channel: channelId }));
    } catch (e) {
      if (!(e instanceof SlackCallError && e.code === 'already_archived')) throw e;
    }
  }

  async bookmarkLinks(channelId: string): Promise<string[]> {
    const r = await this.call('bookmarks.list', () => this.client.bookmarks.list({ channel_id: channelId }));
    return (r.bookmarks ?? []).map((b) => b.link ?? '');
  }
}
