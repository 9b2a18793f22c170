// When an escalation may close. Pure: the linked tickets' statuses, whether the summary exists and
// whether we already asked for it in; the new state and what to do out. A ticket whose status we have
// not heard yet counts as open.
import type { EscalationState } from '../../core/api';

export type ResolutionAction = 'close' | 'ask_summary' | 'resume_reminders';

export interface ResolutionInput {
  state: EscalationState;
  ticketStatuses: Array<string | null>;
  hasSummary: boolean;
  summaryRequested: boolean;
}

export interface ResolutionDecision {
  state: EscalationState;
  actions: ResolutionAction[];
}

const DONE = new Set(['solved', 'closed']);

export function allTicketsSolved(statuses: Array<string | null>): boolean {
  return statuses.length > 0 && statuses.every((s) => s !== null && DONE.has(s));
}

export function decideResolution(i: ResolutionInput): ResolutionDecision {
  // Pending and failed escalations have no channel to close; archived is final.
  if (i.state !== 'active' && i.state !== 'resolved') return { state: i.state, actions: [] };
  if (allTicketsSolved(i.ticketStatuses)) {
    if (i.hasSummary) return { state: 'resolved', actions: ['close'] };
    return { state: 'resolved', actions: i.summaryRequested ? [] : ['ask_summary'] };
  }
  // A ticket reopened before the channel was archived: the escalation is live again.
  if (i.state === 'resolved') return { state: 'active', actions: ['resume_reminders'] };
  return { state: i.state, actions: [] };
}
