// Which steps an escalation has and what each waits for. Pure: the service stores the plan, the
// worker runs a step once everything it waits for is done.
import type { StepName } from '../../core/api';
import type { EscalationMode } from '../../core/types';

/** The step after which the escalation has its place in Slack (the POST waits for it). */
export function primaryStep(mode: EscalationMode): StepName {
  return mode === 'thread' ? 'post_card' : 'create_channel';
}

export function initialSteps(mode: EscalationMode): StepName[] {
  return mode === 'thread'
    ? ['find_triage_channel', 'post_card', 'zendesk_note']
    : ['create_channel', 'invite', 'post_card', 'bookmark', 'zendesk_note'];
}

/** Steps for a ticket joining an existing escalation. */
export const LINK_STEPS: readonly StepName[] = ['zendesk_note', 'announce_ticket'];

export function dependsOn(mode: EscalationMode, step: StepName): StepName[] {
  if (mode === 'thread') {
    if (step === 'find_triage_channel') return [];
    if (step === 'post_card') return ['find_triage_channel'];
    return ['post_card'];
  }
  return step === 'create_channel' ? [] : ['create_channel'];
}

/** Steps that touch one ticket carry its id; a ticket's own steps are keyed by it. */
export function isPerTicket(step: StepName): boolean {
  return step === 'zendesk_note' || step === 'announce_ticket';
}
