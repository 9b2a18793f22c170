// The one place that decides an escalation's state. Pure: what is stored about the escalation and what
// just happened in, the new state, the step statuses that change and what must follow out. The caller
// (transitions.ts) stores the decision with the step's own result in one transaction, with a
// compare-and-set on the escalation's version, so two writers can never overwrite each other.
import type { EscalationState, StepName } from '../../core/api';
import type { InternalStepStatus, StoredMode } from '../store/tables';
import { isReady, primaryStep, stepKey } from './plan';
import type { StepState } from './plan';
import { stepSpec } from './steps/registry';

export interface LifecycleView {
  state: EscalationState;
  mode: StoredMode;
  steps: readonly StepState[];
  /** Zendesk statuses of the linked tickets; null until the webhook told us. */
  ticketStatuses: ReadonlyArray<string | null>;
  hasSummary: boolean;
  summaryRequested: boolean;
}

export type LifecycleEvent =
  /** The escalation was created or a ticket linked: new steps wait to be queued. */
  | { type: 'planned' }
  | { type: 'step_done'; key: string }
  /** Out of attempts, or an error retrying will not change. */
  | { type: 'step_failed'; key: string }
  /** An operator asked to resume: the failed steps run again (and look for their earlier effect first). */
  /** Failed steps run again: all of them (the agent's Retry), or only these (a board item linked later). */
  | { type: 'retry_requested'; only?: readonly StepName[] }
  | { type: 'summary_stored' }
  | { type: 'ticket_status_changed' }
  /** The closing message is posted and the channel archived. */
  | { type: 'archived' };

export type LifecycleEffect =
  | { type: 'queue_step'; key: string }
  | { type: 'start_reminders' }
  | { type: 'ask_summary' }
  | { type: 'close' };

export interface LifecycleDecision {
  state: EscalationState;
  /** Step statuses that change, by step key. */
  steps: Record<string, InternalStepStatus>;
  effects: LifecycleEffect[];
}

const SOLVED = new Set(['solved', 'closed']);

export function allTicketsSolved(statuses: ReadonlyArray<string | null>): boolean {
  return statuses.length > 0 && statuses.every((s) => s !== null && SOLVED.has(s));
}

/** Whether a resolved escalation may be closed now (re-checked by the close job before it archives). */
export function mayClose(view: Pick<LifecycleView, 'state' | 'ticketStatuses' | 'hasSummary'>): boolean {
  return view.state === 'resolved' && view.hasSummary && allTicketsSolved(view.ticketStatuses);
}

export function decide(view: LifecycleView, event: LifecycleEvent): LifecycleDecision {
  // Archived is final: the channel is gone, nothing runs again. A step that was already running (a
  // customer update setting the last ticket to solved) still records how it ended.
  if (view.state === 'archived' || event.type === 'archived') {
    const ended = event.type === 'step_done' ? { [event.key]: 'done' as const } : event.type === 'step_failed' ? { [event.key]: 'failed' as const } : {};
    return { state: 'archived', steps: ended, effects: [] };
  }

  const steps = view.steps.map((s) => ({ ...s, key: s.key ?? stepKey(s.name, s.ticketId) }));
  const changed: Record<string, InternalStepStatus> = {};
  const set = (key: string, status: InternalStepStatus) => {
    const s = steps.find((x) => x.key === key);
    if (s && s.status !== status) {
      s.status = status;
      changed[key] = status;
    }
  };
  if (event.type === 'step_done') {
    set(event.key, 'done');
    // A step that ran after this one had failed (to say it was missing) runs again now that it is done.
    const name = steps.find((s) => s.key === event.key)?.name;
    for (const s of steps) if (name && s.status === 'done' && stepSpec(s.name).runsAfterFailureOf?.includes(name)) set(s.key, 'waiting');
  }
  if (event.type === 'step_failed') set(event.key, 'failed');
  if (event.type === 'retry_requested') for (const s of steps) if (s.status === 'failed' && (!event.only || event.only.includes(s.name))) set(s.key, 'waiting');

  const effects: LifecycleEffect[] = [];
  for (const s of steps) {
    if (s.status === 'waiting' && isReady(view.mode, s, steps)) {
      set(s.key, 'pending');
      effects.push({ type: 'queue_step', key: s.key });
    }
  }

  const state = nextState(view, steps);
  // Going active (first time, after a retry, or a ticket reopened) starts the "don't go dark" reminders.
  if (state === 'active' && view.state !== 'active') effects.push({ type: 'start_reminders' });
  if (state === 'resolved') {
    if (view.hasSummary) effects.push({ type: 'close' });
    else if (!view.summaryRequested) effects.push({ type: 'ask_summary' });
  }
  return { state, steps: changed, effects };
}

function nextState(view: LifecycleView, steps: readonly StepState[]): EscalationState {
  // A customer update that Zendesk refused for one ticket (closed, deleted), or a board step while Jira
  // stays down, fails that step, not the escalation: the channel and its loop go on.
  const failed = steps.some((s) => s.status === 'failed' && stepSpec(s.name).failsEscalation !== false);
  // A resolved escalation stays resolved when a late step (a linked ticket's note) fails: its channel
  // is open and its summary flow must not stop; the step shows failed and can be retried.
  if (failed) return view.state === 'resolved' ? 'resolved' : 'failed';
  const placed = steps.some((s) => s.name === primaryStep(view.mode) && s.status === 'done');
  if (!placed) return 'pending';
  return allTicketsSolved(view.ticketStatuses) ? 'resolved' : 'active';
}
