// Shapes of the Slack stand-in: what tests inject, and what they can read back.

export type SlackFault =
  | { kind: 'latency'; ms: number; method?: string }
  | { kind: 'ratelimit'; retryAfterSec: number; method?: string; times?: number }
  /** afterEffect: Slack did what was asked, then answered 500 (the "did it, then failed" case). */
  | { kind: 'error500'; method?: string; times?: number; afterEffect?: boolean }
  /** A Slack platform error (HTTP 200, ok: false) such as already_in_channel. */
  | { kind: 'error'; error: string; method?: string; times?: number }
  | { kind: 'drop'; method?: string; times?: number };

export interface SlackUserSeed {
  id: string;
  name: string;
  email: string;
  isBot?: boolean;
}

export interface UsergroupSeed {
  id: string;
  handle: string;
  users: string[];
}

export interface ChannelSeed {
  id?: string;
  name: string;
  isPrivate?: boolean;
  /** User ids; include the bot's id for a channel the bot may post in. */
  members?: string[];
}

export interface Message {
  type: 'message';
  ts: string;
  user: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
  bot_id?: string;
  edited?: { user: string; ts: string };
}

export interface Bookmark {
  id: string;
  channel_id: string;
  title: string;
  link: string;
  emoji: string | null;
  type: 'link';
  date_created: number;
  last_updated_by_user_id: string;
}

export interface TopicOrPurpose {
  value: string;
  creator: string;
  last_set: number;
}

export interface ChannelView {
  id: string;
  name: string;
  isPrivate: boolean;
  isArchived: boolean;
  created: number;
  creator: string;
  members: string[];
  topic: TopicOrPurpose;
  purpose: TopicOrPurpose;
  bookmarks: Bookmark[];
  /** ts of pinned messages. */
  pins: string[];
  /** Every message in ts order, thread replies included (they carry thread_ts). */
  messages: Message[];
  ephemeral: Array<{ ts: string; user: string; text: string }>;
}

export interface StoredView {
  id: string;
  userId?: string;
  triggerId?: string;
  view: Record<string, unknown>;
  hash: string;
  openedAt: number;
  /** Set once the page has submitted or closed it. */
  closed: boolean;
  /** Errors the proxy answered to the last submission (response_action: errors). */
  errors?: Record<string, string>;
}

export interface CallRecord {
  method: string;
  /** The arguments as received, without the token. */
  args: Record<string, unknown>;
  /** Date.now() when the request arrived. */
  at: number;
  /** Date.now() when the answer was written (or the socket dropped). */
  respondedAt: number;
  /** Latency the stand-in added before answering. */
  delayMs: number;
  /** 'ok', a Slack error code, 'ratelimited', 'http_500' or 'dropped'. */
  outcome: string;
}
