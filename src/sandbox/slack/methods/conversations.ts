// conversations.* as Slack answers a bot token.
import { BOT_USER_ID, SlackApiError, type Channel } from '../workspace';
import { bool, need, page, str, type Args, type Handler } from './args';

const NAME_MAX = 80;

/** Slack's channel-name rules, in the order Slack reports them. */
export function checkChannelName(name: string | undefined): string {
  if (name === undefined || name === '') throw new SlackApiError('invalid_name_required');
  if (name.length > NAME_MAX) throw new SlackApiError('invalid_name_maxlength');
  if (!/^[a-z0-9_-]+$/.test(name)) throw new SlackApiError('invalid_name_specials');
  if (/^[_-]+$/.test(name)) throw new SlackApiError('invalid_name_punctuation');
  return name;
}

function memberOf(ch: Channel): void {
  if (!ch.members.includes(BOT_USER_ID)) throw new SlackApiError('not_in_channel');
}

function notArchived(ch: Channel): void {
  if (ch.isArchived) throw new SlackApiError('is_archived');
}

const create: Handler = (ws, args) => {
  const name = checkChannelName(str(args, 'name'));
  // Archived channels keep their names: Slack refuses them too.
  if (ws.channels.some((c) => c.name === name)) throw new SlackApiError('name_taken');
  const ch = ws.addChannel(name, bool(args, 'is_private'), BOT_USER_ID);
  return { channel: ws.channelObject(ch) };
};

const info: Handler = (ws, args) => ({
  channel: ws.channelObject(ws.channel(str(args, 'channel')), { numMembers: bool(args, 'include_num_members') }),
});

const list: Handler = (ws, args) => {
  const types = (str(args, 'types') ?? 'public_channel').split(',').map((t) => t.trim());
  const excludeArchived = bool(args, 'exclude_archived');
  const visible = ws.channels.filter(
    (c) =>
      (c.isPrivate ? types.includes('private_channel') && c.members.includes(BOT_USER_ID) : types.includes('public_channel')) &&
      !(excludeArchived && c.isArchived),
  );
  const { items, nextCursor } = page(visible, args);
  return {
    channels: items.map((c) => ws.channelObject(c, { numMembers: true })),
    response_metadata: { next_cursor: nextCursor },
  };
};

const invite: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  const ids = (str(args, 'users') ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (ids.length === 0) throw new SlackApiError('no_user');
  notArchived(ch);
  memberOf(ch);
  const errors: Array<{ user: string; ok: false; error: string }> = [];
  const valid: string[] = [];
  for (const id of ids) {
    const error =
      id === BOT_USER_ID ? 'cant_invite_self'
      : !ws.user(id) ? 'user_not_found'
      : ch.members.includes(id) ? 'already_in_channel'
      : undefined;
    if (error) errors.push({ user: id, ok: false, error });
    else valid.push(id);
  }
  // Slack invites nobody when any invite fails, unless force is set.
  const first = errors[0];
  if (first && !bool(args, 'force')) throw new SlackApiError(first.error, { errors });
  for (const id of valid) if (!ch.members.includes(id)) ch.members.push(id);
  return errors.length > 0 ? { channel: ws.channelObject(ch), errors } : { channel: ws.channelObject(ch) };
};

const members: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  const { items, nextCursor } = page(ch.members, args);
  return { members: items, response_metadata: { next_cursor: nextCursor } };
};

function inRange(ts: string, args: Args): boolean {
  const inclusive = bool(args, 'inclusive');
  const oldest = str(args, 'oldest');
  const latest = str(args, 'latest');
  const t = Number(ts);
  if (oldest && (inclusive ? t < Number(oldest) : t <= Number(oldest))) return false;
  if (latest && (inclusive ? t > Number(latest) : t >= Number(latest))) return false;
  return true;
}

const history: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  memberOf(ch);
  const top = ch.messages
    .filter((m) => (m.thread_ts === undefined || m.thread_ts === m.ts) && inRange(m.ts, args))
    .reverse(); // newest first, as Slack answers
  const { items, nextCursor } = page(top, args);
  return {
    messages: items.map((m) => ws.messageObject(ch, m)),
    has_more: nextCursor !== '',
    pin_count: ch.pins.length,
    response_metadata: { next_cursor: nextCursor },
  };
};

const replies: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  memberOf(ch);
  const ts = need(args, 'ts', 'thread_not_found');
  const parent = ch.messages.find((m) => m.ts === ts);
  if (!parent) throw new SlackApiError('thread_not_found');
  const thread = [parent, ...ch.messages.filter((m) => m.thread_ts === ts && m.ts !== ts && inRange(m.ts, args))];
  const { items, nextCursor } = page(thread, args, 1000);
  return {
    messages: items.map((m) => ws.messageObject(ch, m)),
    has_more: nextCursor !== '',
    response_metadata: { next_cursor: nextCursor },
  };
};

const join: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  notArchived(ch);
  if (ch.members.includes(BOT_USER_ID)) {
    return {
      channel: ws.channelObject(ch),
      warning: 'already_in_channel',
      response_metadata: { warnings: ['already_in_channel'] },
    };
  }
  ch.members.push(BOT_USER_ID);
  return { channel: ws.channelObject(ch) };
};

const archive: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  if (ch.isArchived) throw new SlackApiError('already_archived');
  if (ch.name === 'general') throw new SlackApiError('cant_archive_general');
  memberOf(ch);
  ch.isArchived = true;
  return {};
};

const unarchive: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  if (!ch.isArchived) throw new SlackApiError('not_archived');
  ch.isArchived = false;
  return {};
};

function setter(field: 'topic' | 'purpose', max: number): Handler {
  return (ws, args) => {
    const ch = ws.channel(str(args, 'channel'));
    notArchived(ch);
    memberOf(ch);
    const value = str(args, field) ?? '';
    if (value.length > max) throw new SlackApiError('too_long');
    ch[field] = { value, creator: BOT_USER_ID, last_set: ws.nowSec() };
    return { channel: ws.channelObject(ch) };
  };
}

export const conversationMethods: Record<string, Handler> = {
  'conversations.create': create,
  'conversations.info': info,
  'conversations.list': list,
  'conversations.invite': invite,
  'conversations.members': members,
  'conversations.history': history,
  'conversations.replies': replies,
  'conversations.join': join,
  'conversations.archive': archive,
  'conversations.unarchive': unarchive,
  'conversations.setTopic': setter('topic', 250),
  'conversations.setPurpose': setter('purpose', 250),
};
