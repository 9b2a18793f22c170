// What the bot posts while closing the loop: reminders, the summary (channel, support channel, Zendesk
// note), the reply to a summary pasted as a message, the request for the summary, the closing line.
// Pure. Anything a person wrote is escaped (&, <, >); block_ids carry markers so a retried job can tell
// its message was already posted.
import { summaryNoteMarker } from '../../core/appNote';
import { SUMMARY_FIELD_SPECS, summaryLines, summaryPlainText, type EngineeringSummary, type SummaryFieldKey } from '../../core/summaryFields';
import { escapeSlack, slackLink } from '../escalations/card';

export interface Post {
  text: string;
  blocks: unknown[];
}

export const reminderMarker = (escalationId: string, dueIso: string) => `esc-remind-${escalationId}-${dueIso.replace(/[^0-9]/g, '')}`;
export const summaryMarker = (summaryId: string, where: 'channel' | 'support') => `esc-summary-${where}-${summaryId}`;
export { summaryNoteMarker };
export const askMarker = (escalationId: string) => `esc-ask-${escalationId}`;
export const closeMarker = (escalationId: string) => `esc-close-${escalationId}`;
export const parseReplyMarker = (escalationId: string, ts: string) => `esc-read-${escalationId}-${ts.replace(/\D/g, '')}`;

const section = (blockId: string, text: string) => ({ type: 'section', block_id: blockId, text: { type: 'mrkdwn', text } });

/** `board`: the escalation's board item, named so the update also reaches the work that is tracked. */
export function reminderPost(escalationId: string, dueIso: string, cadenceMinutes: number, board: { key: string; url: string } | null = null): Post {
  const ask = `:alarm_clock: No update here for ${cadenceMinutes} min. Please post where things stand, even "still investigating", so support can keep the customer informed.`;
  const text = board ? `${ask} Board item: ${slackLink(board.url, board.key)}` : ask;
  return { text, blocks: [section(reminderMarker(escalationId, dueIso), text)] };
}

export function summaryPost(summaryId: string, where: 'channel' | 'support', s: EngineeringSummary, ctx: { author?: string; channelName?: string; ticketIds?: number[] }): Post {
  const head =
    where === 'channel'
      ? `:memo: Engineering Outage summary${ctx.author ? ` from <@${ctx.author.replace(/[^A-Z0-9]/gi, '')}>` : ''}`
      : `:memo: Engineering Outage summary for #${escapeSlack(ctx.channelName ?? '')}${ctx.ticketIds?.length ? ` (Zendesk ${ctx.ticketIds.map((t) => `#${t}`).join(', ')})` : ''}`;
  const body = summaryLines(s).map((line) => `*${line.label}:* ${escapeSlack(line.value)}`);
  const text = `${head}\n${body.join('\n')}`;
  return { text: text.slice(0, 3900), blocks: [section(summaryMarker(summaryId, where), text.slice(0, 2900))] };
}

export function summaryNote(escalationId: string, summaryId: string, s: EngineeringSummary, channelName: string): string {
  return [`Engineering Outage summary (Slack #${channelName})`, '', summaryPlainText(s), '', summaryNoteMarker(escalationId, summaryId)].join('\n');
}

/** The bot's answer to a message that looks like the summary template. */
export function parseReplyPost(escalationId: string, ts: string, read: Partial<EngineeringSummary>, missing: readonly SummaryFieldKey[], stored: boolean): Post {
  const labels = (fields: readonly SummaryFieldKey[]) => SUMMARY_FIELD_SPECS.filter((s) => fields.includes(s.key)).map((s) => s.label).join(', ');
  const readFields = summaryLines(read).map((line) => line.key);
  const lines = [
    stored ? ':white_check_mark: Saved this as the Engineering Outage summary.' : ':warning: This looks like the Engineering Outage summary, but it is not saved yet.',
    `Read: ${labels(readFields) || 'nothing'}.`,
    ...(missing.length ? [`Missing: ${labels(missing)}. Run /outage-summary to fill them in (what was read is prefilled).`] : []),
  ];
  const text = lines.join('\n');
  return { text, blocks: [section(parseReplyMarker(escalationId, ts), text)] };
}

export function askSummaryPost(escalationId: string): Post {
  const text = ':white_check_mark: Every linked Zendesk ticket is solved. Please post the Engineering Outage summary with /outage-summary (or paste the template); this channel is archived once it is in.';
  return { text, blocks: [section(askMarker(escalationId), text)] };
}

export function closingPost(escalationId: string, archiving: boolean): Post {
  const text = `:lock: Every linked Zendesk ticket is solved and the summary is in.${archiving ? ' Archiving this channel. Thank you all.' : ' This escalation is closed.'}`;
  return { text, blocks: [section(closeMarker(escalationId), text)] };
}
