// What the proxy posts: the ticket card (Block Kit + text fallback), the Zendesk note, the "ticket
// linked" message. Ticket text is escaped (&, <, >) so it can never @channel or forge a link, and
// student/guardian ids are masked when the route says so. Pure.
import type { CreateEscalationRequest } from '../../core/api';
import { escalationNoteMarker } from '../../core/appNote';
import { parseFieldEvidence } from '../../core/checklist/fieldEvidence';
import { ISSUE_TYPES } from '../../core/issueTypes';
import type { ChecklistItem, ChecklistItemKey, ChecklistResult } from '../../core/types';

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Labelled ids ("SID 4481923", "guardian id: G-88123", "student #55512"), UUIDs (guardian identity
// ids) and bare long numbers, except a Zendesk custom field's id in the evidence ("field 360001").
const LABELLED_ID = /\b((?:student|guardian|parent|identity|user)(?:\s+(?:identity|user))?(?:\s*id)?|sid|gid)(\s*[:#]?\s*)([A-Za-z0-9][A-Za-z0-9-]{3,})/gi;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const LONG_NUMBER = /(?<!\bfield )\b\d{6,}\b/g;

function maskValue(v: string): string {
  return v.length <= 2 ? '••' : '•'.repeat(Math.min(v.length - 2, 6)) + v.slice(-2);
}

export function maskIds(text: string): string {
  return text
    .replace(UUID, (id) => maskValue(id))
    .replace(LABELLED_ID, (_m, label: string, sep: string, id: string) => (/\d/.test(id) && !id.startsWith('•') ? `${label}${sep}${maskValue(id)}` : _m))
    .replace(LONG_NUMBER, (n) => maskValue(n));
}

/** Ticket text made safe for Slack mrkdwn, masked when asked. */
export function safeText(text: string, mask: boolean): string {
  return escapeSlack(mask ? maskIds(text) : text);
}

/** A <url|label> link whose parts cannot break out of the link syntax. */
export function slackLink(url: string, label: string): string {
  return `<${escapeSlack(url).replace(/\|/g, '%7C')}|${escapeSlack(label).replace(/\|/g, '¦')}>`;
}

const ITEM_LABELS: Record<ChecklistItemKey, string> = {
  school: 'School / Customer',
  userIds: 'User IDs',
  description: 'Description',
  stepsToReproduce: 'Steps to reproduce',
  troubleshooting: 'Troubleshooting',
  scope: 'Scope',
  visuals: 'Visuals',
  courseName: 'Course name',
  courseUrl: 'Course URL',
  courseRevisionId: 'Course revision id',
};
const STATUS_MARK = { present: ':white_check_mark:', weak: ':warning:', missing: ':x:' } as const;
const NOT_NEEDED_MARK = ':heavy_minus_sign:';
const SCOPE_WORDS = { user: '1 user', class: '1 class', school: 'a school', all: 'all partners' } as const;

/** block_ids carry these markers so a retried step can tell its message was already posted. */
export const cardMarker = (escalationId: string) => `esc-card-${escalationId}`;
export const linkMarker = (escalationId: string, ticketId: number) => `esc-link-${escalationId}-${ticketId}`;
/** The internal note's marker: one format, shared with the checklist (core/appNote.ts), which skips app notes. */
export const noteMarker = escalationNoteMarker;

export interface Card {
  text: string;
  blocks: unknown[];
}

/** The school when the ticket has no organization: the value of the mapped School field, if filled. */
export function schoolFromChecklist(checklist: ChecklistResult): string | undefined {
  const school = checklist.items.find((i) => i.key === 'school' && i.status === 'present');
  for (const evidence of school?.evidence ?? []) {
    const fromField = parseFieldEvidence(evidence);
    if (fromField) return fromField.value;
  }
  return undefined;
}

export type ItemMark = ChecklistItem['status'] | 'not_needed';

/** One checklist item in plain words (ids masked when asked, nothing escaped): its mark, label, and the agent's word or where it was found. */
export function describeItem(i: ChecklistItem, mask: boolean): { mark: ItemMark; text: string } {
  const raw = i.evidence.slice(0, 3).join('; ');
  const evidence = mask ? maskIds(raw) : raw;
  if (i.confirmation === 'not_needed') return { mark: 'not_needed', text: `${ITEM_LABELS[i.key]} — not needed here, says the agent` };
  const label = `${ITEM_LABELS[i.key]}${i.required ? '' : ' (optional)'}`;
  if (i.confirmation === 'present') return { mark: i.status, text: `${label} — confirmed by an agent${evidence ? `; ${evidence}` : ''}` };
  return { mark: i.status, text: `${label}${evidence ? ` — ${evidence}` : ''}` };
}

function itemLine(i: ChecklistItem, mask: boolean): string {
  const { mark, text } = describeItem(i, mask);
  return `${mark === 'not_needed' ? NOT_NEEDED_MARK : STATUS_MARK[mark]} ${escapeSlack(text)}`;
}

/** The school or customer as the card shows it: Zendesk's organization, else the mapped School field. */
export function schoolOf(req: CreateEscalationRequest): string | undefined {
  return req.ticket.organization ?? schoolFromChecklist(req.checklist);
}

export function scopeWords(req: CreateEscalationRequest): string | null {
  return req.checklist.scopeLevel ? SCOPE_WORDS[req.checklist.scopeLevel] : null;
}

/** What the card says about the board: the item, or why there is none (yet). */
export type CardBoard = { key: string; url: string } | { note: string };

/** `notices`: what the card must say about the escalation itself (e.g. the agent was not invited). */
export function buildCard(escalationId: string, req: CreateEscalationRequest, mask: boolean, notices: readonly string[] = [], board?: CardBoard): Card {
  const t = req.ticket;
  const type = ISSUE_TYPES[req.issueType].label;
  // Ticket text sits where Slack shows plain text (no *bold* from a subject), and is never blank.
  const subject = safeText(t.subject.trim() === '' ? '(no subject)' : t.subject.slice(0, 500), mask);
  const field = (label: string, value: string | undefined | null) => ({ type: 'mrkdwn', text: `*${label}*\n${value ? safeText(value, mask) : '_not given_'}` });
  const items = req.checklist.items.map((i) => itemLine(i, mask));
  const missing = req.checklist.missingRequired.map((k) => ITEM_LABELS[k]);
  // The agent's own words, escaped (and masked) like ticket text.
  const reason = req.overrideReason ? `Escalated with missing items: ${safeText(req.overrideReason, mask)}` : null;
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'plain_text', text: `${type}: ${subject}`, emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: slackLink(t.url, `Zendesk ticket #${t.id}`) } },
    {
      type: 'section',
      fields: [
        field('Issue type', type),
        field('School / Customer', schoolOf(req)),
        field('Scope', scopeWords(req)),
        field('Product', req.product),
        field('Requester', t.requester),
        field('Escalated by', req.agent.name),
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: (items.length ? items.join('\n') : '_No checklist_').slice(0, 2900) } },
    ...(reason ? [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${reason}` } }] : []),
    ...(board ? [{ type: 'section', text: { type: 'mrkdwn', text: `*Board*\n${'key' in board ? slackLink(board.url, board.key) : `_${escapeSlack(board.note)}_`}` } }] : []),
    ...notices.map((n) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: `:information_source: ${escapeSlack(n)}` }] })),
    {
      type: 'context',
      block_id: cardMarker(escalationId),
      elements: [{ type: 'mrkdwn', text: missing.length ? `:warning: Missing: ${escapeSlack(missing.join(', '))}` : 'Checklist complete' }],
    },
  ];
  const boardText = board ? ` — board: ${'key' in board ? escapeSlack(board.key) : escapeSlack(board.note)}` : '';
  const text = `${type}: ${subject} (Zendesk ticket #${t.id}) ${escapeSlack(t.url)}${missing.length ? ` — missing: ${escapeSlack(missing.join(', '))}` : ''}${reason ? ` — ${reason}` : ''}${boardText}`;
  return { text, blocks };
}

export function linkedTicketMessage(escalationId: string, ticket: { id: number; subject: string; url: string }, agentName: string | undefined, mask: boolean): Card {
  // The subject and the agent's name sit in plain text, like the card's subject: no *bold* from them.
  const subject = safeText(ticket.subject.trim() === '' ? '(no subject)' : ticket.subject.slice(0, 500), mask);
  const line = `Zendesk ticket #${ticket.id} joined this escalation: ${subject}${agentName ? ` (linked by ${escapeSlack(agentName)})` : ''}`;
  return {
    text: `${line} ${escapeSlack(ticket.url)}`,
    blocks: [
      { type: 'section', block_id: linkMarker(escalationId, ticket.id), text: { type: 'plain_text', text: line, emoji: false } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: slackLink(ticket.url, `Open ticket #${ticket.id}`) }] },
    ],
  };
}

export function zendeskNote(escalationId: string, v: { mode: 'channel' | 'thread'; issueType: CreateEscalationRequest['issueType']; channelName: string; url: string; linked?: boolean }): string {
  const where = v.mode === 'channel' ? `Slack channel #${v.channelName}` : `a thread in Slack #${v.channelName}`;
  const what = v.linked ? 'This ticket was linked to an ongoing escalation' : `Escalated to engineering as ${ISSUE_TYPES[v.issueType].label}`;
  return `${what}: ${where}\n${v.url}\n\n${noteMarker(escalationId)}`;
}
