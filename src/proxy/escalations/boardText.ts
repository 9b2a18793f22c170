// What the proxy writes on the board (Jira): the issue's summary, label and description, the remote
// links' ids and titles, and the engineering summary as a comment. Pure. The description says what
// the Slack card says (issue type, school, scope, the checklist with ids masked when the route says,
// links to the tickets and the channel), in Atlassian Document Format.
import type { CreateEscalationRequest } from '../../core/api';
import { ISSUE_TYPES } from '../../core/issueTypes';
import { summaryLines, type EngineeringSummary } from '../../core/summaryFields';
import { bulletList, doc, heading, link, paragraph, strong, text } from '../jira/adf';
import type { AdfDoc } from '../jira/adf';
import { describeItem, maskIds, schoolOf, scopeWords } from './card';
import type { ItemMark } from './card';

/** Set when the issue is created: a retried step finds its issue by it (JQL `labels = "esc-<id>"`). */
export const boardLabel = (escalationId: string) => `esc-${escalationId}`;

/** Remote links are created or updated by globalId: one per ticket and one for the channel. */
export const ticketLinkId = (ticketUrl: string) => `escalation-app:zendesk-ticket:${ticketUrl}`;
export const channelLinkId = (slackUrl: string) => `escalation-app:slack:${slackUrl}`;

/** The comment's marker: a retried job finds its comment by it. */
export const boardCommentMarker = (escalationId: string, summaryId: string) => `[escalation ${escalationId} summary ${summaryId}]`;

const JIRA_SUMMARY_MAX = 255;

/** Jira's summary is one line of at most 255 characters. */
export function issueSummary(req: CreateEscalationRequest, subject: string, mask: boolean): string {
  const line = `${ISSUE_TYPES[req.issueType].label}: ${(subject.trim() || '(no subject)').replace(/\s+/g, ' ')}`;
  const masked = mask ? maskIds(line) : line;
  return masked.length > JIRA_SUMMARY_MAX ? `${masked.slice(0, JIRA_SUMMARY_MAX - 1)}…` : masked;
}

const MARKS: Record<ItemMark, string> = { present: '✅', weak: '⚠️', missing: '❌', not_needed: '➖' };

export interface DescriptionInput {
  /** The request with Zendesk's facts (subject, organization, requester) and our own ticket link. */
  request: CreateEscalationRequest;
  mask: boolean;
  /** The Slack channel (or triage thread) and its name. */
  slack: { name: string; url: string } | null;
}

export function issueDescription({ request: req, mask, slack }: DescriptionInput): AdfDoc {
  const plain = (v: string | null | undefined) => (v ? (mask ? maskIds(v) : v) : 'not given');
  const fact = (label: string, value: string | null | undefined) => paragraph(strong(`${label}: `), text(plain(value)));
  const items = req.checklist.items.map((i) => {
    const { mark, text: words } = describeItem(i, mask);
    return [text(`${MARKS[mark]} ${words}`)];
  });
  const missing = req.checklist.missingRequired;
  return doc(
    fact('Issue type', ISSUE_TYPES[req.issueType].label),
    fact('School / Customer', schoolOf(req)),
    fact('Scope', scopeWords(req)),
    fact('Product', req.product),
    fact('Escalated by', req.agent.name),
    heading(3, 'Checklist'),
    items.length ? bulletList(items) : paragraph(text('No checklist')),
    ...(missing.length && req.overrideReason ? [paragraph(strong('Escalated with missing items: '), text(plain(req.overrideReason)))] : []),
    heading(3, 'Links'),
    bulletList([
      [link(`Zendesk ticket #${req.ticket.id}`, req.ticket.url)],
      ...(slack ? [[link(`Slack #${slack.name}`, slack.url)]] : []),
    ]),
  );
}

export function summaryComment(escalationId: string, summaryId: string, summary: EngineeringSummary, slackName: string | null): AdfDoc {
  // Labels and choice names come from the summary's field table in core, like the Slack post's.
  const lines = summaryLines(summary).map(({ label, value }) => paragraph(strong(`${label}: `), text(value)));
  return doc(
    heading(3, `Engineering Outage summary${slackName ? ` (Slack #${slackName})` : ''}`),
    ...lines,
    paragraph(text(boardCommentMarker(escalationId, summaryId))),
  );
}
