import type { CreateEscalationRequest, LinkTicketRequest } from '../../../core/api';
import type { ChecklistResult, IssueType, TicketSnapshot } from '../../../core/types';
import type { Agent } from '../../zaf';

/** The agent UI's link to a ticket: https://<subdomain>.zendesk.com/agent/tickets/<id>. */
export function ticketUrl(subdomain: string, ticketId: number): string {
  return `https://${encodeURIComponent(subdomain)}.zendesk.com/agent/tickets/${ticketId}`;
}

const displayName = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim().slice(0, 200);
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
};

/** What the proxy needs to know about the ticket: display names only, nothing else about people. */
export function escalationTicket(ticket: TicketSnapshot, subdomain: string): CreateEscalationRequest['ticket'] {
  return {
    id: ticket.id,
    subject: ticket.subject.slice(0, 1000),
    url: ticketUrl(subdomain, ticket.id),
    organization: displayName(ticket.organization?.name),
    requester: displayName(ticket.requester?.name),
  };
}

/** The body of POST /api/escalations (createEscalationRequestSchema). */
export function createEscalationBody(
  ticket: TicketSnapshot,
  issueType: IssueType,
  checklist: ChecklistResult,
  host: { subdomain: string; agent: Agent },
  /** Why the agent escalates with required items missing (one line); the Jira issue the work is already on. */
  extra: { overrideReason?: string; boardKey?: string } = {},
): CreateEscalationRequest {
  const body: CreateEscalationRequest = { ticket: escalationTicket(ticket, host.subdomain), issueType, checklist, agent: host.agent };
  return {
    ...body,
    ...(extra.overrideReason === undefined ? {} : { overrideReason: extra.overrideReason }),
    ...(extra.boardKey === undefined ? {} : { boardKey: extra.boardKey }),
  };
}

/** The body of POST /api/escalations/:id/tickets (linkTicketRequestSchema). */
export function linkTicketBody(ticket: TicketSnapshot, host: { subdomain: string; agent: Agent }): LinkTicketRequest {
  return { ticket: escalationTicket(ticket, host.subdomain), agent: host.agent };
}
