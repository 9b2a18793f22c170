// Which steps an escalation has and what each waits for, all derived from the step registry. Pure: the
// service stores the plan, the lifecycle queues a step once everything it waits for is done.
import type { StepName } from '../../core/api';
import type { InternalStepStatus, StoredMode } from '../store/tables';
import { STEPS, stepSpec } from './steps/registry';
import type { PlanKind } from './steps/types';

export interface PlannedStep {
  name: StepName;
  ticketId: number | null;
}

/** The step after which the escalation has its place in Slack (the POST waits for it). */
export function primaryStep(mode: StoredMode): StepName {
  return mode === 'thread' ? 'post_card' : 'create_channel';
}

/**
 * The steps of a new escalation (kind = its mode) or of a ticket linked to one (kind = 'link'); the
 * board steps only when the escalation has a board.
 */
export function planFor(kind: PlanKind, ticketId: number, opts: { board?: boolean } = {}): PlannedStep[] {
  return STEPS.filter((s) => s.plans.includes(kind) && (!s.board || opts.board)).map((s) => ({ name: s.name, ticketId: s.perTicket ? ticketId : null }));
}

/** The board steps of an escalation that had none (an item linked later): its own, and one per linked ticket. */
/** The steps that make and keep the board item (Jira). */
export const BOARD_STEPS: readonly StepName[] = STEPS.filter((s) => s.board).map((s) => s.name);

export function boardPlan(mode: StoredMode, ticketIds: readonly number[]): PlannedStep[] {
  const own = STEPS.filter((s) => s.board && s.plans.includes(mode)).map((s) => ({ name: s.name, ticketId: s.perTicket ? (ticketIds[0] ?? null) : null }));
  const linked = ticketIds.slice(1).flatMap((id) => STEPS.filter((s) => s.board && s.perTicket && s.plans.includes('link')).map((s) => ({ name: s.name, ticketId: id })));
  return [...own, ...linked];
}

export function stepKey(name: StepName, ticketId: number | null = null): string {
  return ticketId === null ? name : `${name}:${ticketId}`;
}

export interface StepState {
  name: StepName;
  ticketId: number | null;
  status: InternalStepStatus;
  /** The stored key, when it says more than name and ticket (a customer update's names the update too). */
  key?: string;
}

/**
 * Ready when every step it depends on is done (or, for one it runs after the failure of, failed): for a
 * per-ticket dependency of a per-ticket step, the same ticket's; otherwise every step of that name.
 */
export function isReady(mode: StoredMode, step: Pick<StepState, 'name' | 'ticketId'>, steps: readonly StepState[]): boolean {
  const own = stepSpec(step.name);
  return own.dependsOn(mode).every((dep) => {
    const sameTicket = own.perTicket && stepSpec(dep).perTicket;
    const settled = (status: InternalStepStatus) => status === 'done' || (status === 'failed' && !!own.runsAfterFailureOf?.includes(dep));
    const matching = steps.filter((s) => s.name === dep && (!sameTicket || s.ticketId === step.ticketId));
    return matching.length > 0 && matching.every((s) => settled(s.status));
  });
}

/** The order steps are shown in: the registry's. */
export function stepOrder(name: StepName): number {
  return STEPS.findIndex((s) => s.name === name);
}
