// Which Slack message events count as a human update in an escalation channel. Pure: the Events API
// payload and the bot's own user id in, a decision out.
import { z } from 'zod';

// Subtypes that are still a person writing; every other subtype (channel_join, message_changed,
// message_deleted, bot_message, channel_topic, ...) is housekeeping.
const HUMAN_SUBTYPES = new Set(['thread_broadcast', 'file_share', 'me_message']);

export const messageEventSchema = z.object({
  type: z.literal('message'),
  channel: z.string().min(1),
  user: z.string().optional(),
  text: z.string().optional(),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  channel_type: z.string().optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

export type Classified =
  | { kind: 'human'; channel: string; user: string; text: string; ts: string; threadTs?: string }
  | { kind: 'ignored'; reason: string };

export function classifyMessage(event: MessageEvent, botUserId: string | null): Classified {
  if (event.bot_id) return { kind: 'ignored', reason: 'bot message' };
  if (event.subtype && !HUMAN_SUBTYPES.has(event.subtype)) return { kind: 'ignored', reason: `subtype ${event.subtype}` };
  if (!event.user) return { kind: 'ignored', reason: 'no user' };
  if (botUserId && event.user === botUserId) return { kind: 'ignored', reason: 'our own bot' };
  const text = (event.text ?? '').trim();
  if (!text) return { kind: 'ignored', reason: 'empty text' };
  return { kind: 'human', channel: event.channel, user: event.user, text, ts: event.ts, ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) };
}

/** The latest update as the sidebar shows it: plain text (Slack's markup read back), bounded. */
export const MAX_UPDATE_CHARS = 2000;
export function updateText(text: string): string {
  const plain = slackToPlain(text);
  return plain.length > MAX_UPDATE_CHARS ? `${plain.slice(0, MAX_UPDATE_CHARS - 1)}…` : plain;
}

/**
 * Slack message text to what a person reads: <url|label> -> label (url), <url> -> url, <@U1> -> @U1,
 * <#C1|name> -> #name, <!here> -> @here, then &lt; &gt; &amp; decoded. The sidebar renders it as text.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<([^<>]+)>/g, (_m, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return label ? `@${label}` : target;
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('!')) return `@${label ?? target.slice(1).split('^')[0]}`;
      return label && label !== target ? `${label} (${target})` : target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
