// chat.*, pins.add and bookmarks.* as Slack answers a bot token.
import { BOT_ID, BOT_USER_ID, SlackApiError, type Channel } from '../workspace';
import { blocks, need, str, type Args, type Handler } from './args';

const TEXT_MAX = 40000;
const BLOCKS_MAX = 50;
const BOOKMARKS_MAX = 100;

/** The text and blocks of a message, checked as Slack checks them. */
function content(args: Args): { text: string; blocks?: unknown[] } {
  const b = blocks(args);
  const text = str(args, 'text') ?? '';
  if (text === '' && !b && args.attachments === undefined) throw new SlackApiError('no_text');
  if (text.length > TEXT_MAX) throw new SlackApiError('msg_too_long');
  if (b && b.length > BLOCKS_MAX) throw new SlackApiError('invalid_blocks', { errors: ['must provide at most 50 items'] });
  return b ? { text, blocks: b } : { text };
}

function writable(ch: Channel): void {
  if (ch.isArchived) throw new SlackApiError('is_archived');
  if (!ch.members.includes(BOT_USER_ID)) throw new SlackApiError('not_in_channel');
}

const postMessage: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'), { byName: true });
  writable(ch);
  const body = content(args);
  const threadTs = str(args, 'thread_ts');
  const m = ws.post(ch, { user: BOT_USER_ID, bot_id: BOT_ID, ...body, thread_ts: threadTs || undefined });
  return { channel: ch.id, ts: m.ts, message: ws.messageObject(ch, m) };
};

const update: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  const ts = need(args, 'ts', 'message_not_found');
  const m = ch.messages.find((x) => x.ts === ts);
  if (!m) throw new SlackApiError('message_not_found');
  if (m.user !== BOT_USER_ID) throw new SlackApiError('cant_update_message');
  if (ch.isArchived) throw new SlackApiError('is_archived');
  const body = content(args);
  m.text = body.text;
  if (body.blocks) m.blocks = body.blocks;
  m.edited = { user: BOT_USER_ID, ts: ws.nextTs() };
  return { channel: ch.id, ts: m.ts, text: m.text, message: ws.messageObject(ch, m) };
};

const postEphemeral: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'), { byName: true });
  writable(ch);
  const user = need(args, 'user', 'user_not_found');
  if (!ws.user(user)) throw new SlackApiError('user_not_found');
  if (!ch.members.includes(user)) throw new SlackApiError('user_not_in_channel');
  const body = content(args);
  const ts = ws.nextTs();
  ch.ephemeral.push({ ts, user, text: body.text });
  return { message_ts: ts };
};

const pinsAdd: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel'));
  const ts = str(args, 'timestamp');
  if (!ts) throw new SlackApiError('no_item_specified');
  if (!/^\d+\.\d+$/.test(ts)) throw new SlackApiError('bad_timestamp');
  if (!ch.messages.some((m) => m.ts === ts)) throw new SlackApiError('message_not_found');
  if (ch.pins.includes(ts)) throw new SlackApiError('already_pinned');
  ch.pins.push(ts);
  return {};
};

const bookmarksAdd: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel_id'));
  const title = need(args, 'title', 'invalid_arguments');
  if (str(args, 'type') !== 'link') throw new SlackApiError('invalid_bookmark_type');
  const link = str(args, 'link') ?? '';
  if (!/^https?:\/\//.test(link)) throw new SlackApiError('invalid_link');
  if (ch.bookmarks.length >= BOOKMARKS_MAX) throw new SlackApiError('too_many_bookmarks');
  const bookmark = {
    id: ws.nextId('Bk'),
    channel_id: ch.id,
    title,
    link,
    emoji: str(args, 'emoji') ?? null,
    type: 'link' as const,
    date_created: ws.nowSec(),
    last_updated_by_user_id: BOT_USER_ID,
  };
  ch.bookmarks.push(bookmark);
  return { bookmark: { ...bookmark, entity_id: null, date_updated: 0, rank: 'g', icon_url: null, app_id: null } };
};

const bookmarksList: Handler = (ws, args) => {
  const ch = ws.channel(str(args, 'channel_id'));
  return { bookmarks: ch.bookmarks.map((b) => ({ ...b })) };
};

export const chatMethods: Record<string, Handler> = {
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.postEphemeral': postEphemeral,
  'pins.add': pinsAdd,
  'bookmarks.add': bookmarksAdd,
  'bookmarks.list': bookmarksList,
};
