// Slack's mrkdwn as Slack shows a bot's message, as data: the page turns these tokens into DOM nodes
// with textContent only, and tests read them without a browser. The functions are plain functions (no
// spread, no classes, no helpers) because page.ts embeds their source in the page's script.

export type Token =
  | { t: 'text'; v: string }
  | { t: 'b' | 'i' | 's'; c: Token[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; v: string }
  | { t: 'mention'; v: string; real: boolean }
  | { t: 'emoji'; v: string; code: string };

/** The emoji the app's messages use, and a few common ones people type. Unknown codes stay as text. */
export const EMOJI: Readonly<Record<string, string>> = {
  warning: '⚠️', white_check_mark: '✅', x: '❌', heavy_minus_sign: '➖', rotating_light: '🚨', memo: '📝',
  lock: '🔒', alarm_clock: '⏰', memory: '🧠', heavy_check_mark: '✔️', eyes: '👀', fire: '🔥', tada: '🎉',
  thumbsup: '👍', '+1': '👍', thumbsdown: '👎', point_right: '👉', information_source: 'ℹ️', hourglass: '⌛',
  hourglass_flowing_sand: '⏳', red_circle: '🔴', large_green_circle: '🟢', large_yellow_circle: '🟡',
  link: '🔗', wrench: '🔧', bulb: '💡', ticket: '🎫', sos: '🆘', bell: '🔔', mag: '🔍', pushpin: '📌',
  smile: '😄', slightly_smiling_face: '🙂', pray: '🙏', white_circle: '⚪', zap: '⚡',
};

/** &lt; &gt; &amp; as the characters they stand for (Slack's three escapes, nothing else). */
export function decodeSlack(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What Slack does to what a person types: &, < and > escaped, so it is never markup. */
export function escapeTyped(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The tokens of a mrkdwn text: <…> links and mentions first, then *bold*, _italic_, ~strike~ and
 * `code` where Slack sees them (a marker opens after a space or punctuation and closes before one, on
 * one line), then :emoji: codes. `names` resolves <@U…> and <#C…> ids.
 */
export function mrkdwnTokens(text: string, names?: (id: string) => string): Token[] {
  const out: Token[] = [];
  const re = /<([^<>]+)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const name = names || function (id: string) { return id; };
  while ((m = re.exec(text))) {
    styledTokens(text.slice(last, m.index), out);
    const inner = m[1] || '';
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? '' : inner.slice(bar + 1);
    const first = target.charAt(0);
    if (first === '!') out.push({ t: 'mention', v: '@' + (target.slice(1).split('^')[0] || ''), real: true });
    else if (first === '@') out.push({ t: 'mention', v: '@' + name(target.slice(1)), real: false });
    else if (first === '#') out.push({ t: 'mention', v: '#' + (label || name(target.slice(1))), real: false });
    else if (/^(https?:\/\/|mailto:)/.test(target)) out.push({ t: 'link', href: decodeSlack(target), v: decodeSlack(label || target) });
    else out.push({ t: 'text', v: decodeSlack(m[0]) });
    last = re.lastIndex;
  }
  styledTokens(text.slice(last), out);
  return out;
}

// *bold*, _italic_, ~strike~, `code`: the marker after the start, a space or punctuation; the text
// inside not starting or ending with a space; the closing marker before the end, a space or punctuation.
export const STYLE_RE = /(^|[\s([{"'>.,;:!?-])([*_~`])(?=\S)([^\n]*?\S)\2(?=$|[\s)\]}"'<.,;:!?-])/;

export function styledTokens(s: string, out: Token[]): void {
  const m = STYLE_RE.exec(s);
  if (!m) {
    emojiTokens(s, out);
    return;
  }
  const start = m.index + (m[1] || '').length;
  emojiTokens(s.slice(0, start), out);
  const marker = m[2];
  const inner = m[3] || '';
  if (marker === '`') out.push({ t: 'code', v: decodeSlack(inner) });
  else {
    const children: Token[] = [];
    styledTokens(inner, children);
    out.push({ t: marker === '*' ? 'b' : marker === '_' ? 'i' : 's', c: children });
  }
  styledTokens(s.slice(start + inner.length + 2), out);
}

export function emojiTokens(s: string, out: Token[]): void {
  const re = /:([a-z0-9_+-]+):/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const code = m[1] || '';
    if (!Object.prototype.hasOwnProperty.call(EMOJI, code)) continue;
    if (m.index > last) out.push({ t: 'text', v: decodeSlack(s.slice(last, m.index)) });
    out.push({ t: 'emoji', v: EMOJI[code] || '', code: code });
    last = re.lastIndex;
  }
  if (last < s.length) out.push({ t: 'text', v: decodeSlack(s.slice(last)) });
}

/** plain_text as Slack shows it: the three escapes decoded, :emoji: drawn unless emoji is false. */
export function plainTokens(text: string, withEmoji?: boolean): Token[] {
  const out: Token[] = [];
  if (withEmoji === false) out.push({ t: 'text', v: decodeSlack(text) });
  else emojiTokens(text, out);
  return out;
}

/**
 * Where a ticket link on a card points in the sandbox: https://<sandbox>.zendesk.com/agent/tickets/N
 * goes to the local sandbox's page for ticket N; any other URL is left as it is.
 */
export function sandboxLink(href: string, zendesk?: { from: string; to: string }): string {
  if (!zendesk || href.indexOf(zendesk.from + '/') !== 0) return href;
  const ticket = /\/agent\/tickets\/(\d+)/.exec(href.slice(zendesk.from.length));
  return ticket ? zendesk.to.replace(/\/+$/, '') + '/#ticket-' + ticket[1] : zendesk.to;
}
