// Moving an escalation forward inside one transaction: a step is done -> the steps waiting on it get
// their jobs -> the escalation's state follows. Shared by the step runner, retry and linking.
import type { Transaction } from 'kysely';
import type { EscalationState, StepName } from '../../core/api';
import type { EscalationMode } from '../../core/types';
import { getEscalationRow, getSteps, updateEscalation, updateStep } from '../store/escalations';
import { enqueueJob } from '../store/jobs';
import type { Database, StepRow } from '../store/tables';
import { dependsOn, primaryStep } from './plan';
import { onActive } from '../loop/progress';

export const STEP_JOB = 'escalation_step';
export interface StepJobPayload {
  escalationId: string;
  stepKey: string;
}

/** Internal step statuses: 'waiting' (for another step, no job yet) shows as 'pending' on the wire. */
export type InternalStepStatus = 'waiting' | 'pending' | 'done' | 'failed';

export function stateFor(mode: EscalationMode, steps: Pick<StepRow, 'name' | 'status'>[], current: EscalationState): EscalationState {
  if (current === 'resolved' || current === 'archived') return current;
  if (steps.some((s) => s.status === 'failed')) return 'failed';
  return steps.some((s) => s.name === primaryStep(mode) && s.status === 'done') ? 'active' : 'pending';
}

export function isReady(mode: EscalationMode, step: Pick<StepRow, 'name'>, steps: Pick<StepRow, 'name' | 'status'>[]): boolean {
  return dependsOn(mode, step.name as StepName).every((dep) => steps.some((s) => s.name === dep && s.status === 'done'));
}

/** Gives every waiting step whose dependencies are done a job, then recomputes the state. */
export async function advance(trx: Transaction<Database>, escalationId: string, now: Date, maxAttempts: number): Promise<void> {
  const row = await getEscalationRow(trx, escalationId);
  if (!row) return;
  const mode = row.mode as EscalationMode;
  const steps = await getSteps(trx, escalationId);
  const iso = now.toISOString();
  for (const s of steps) {
    if (s.status === 'waiting' && isReady(mode, s, steps)) {
      await updateStep(trx, escalationId, s.key, { status: 'pending', updated_at: iso });
      s.status = 'pending';
      await enqueueJob(trx, { kind: STEP_JOB, payload: { escalationId, stepKey: s.key } satisfies StepJobPayload, runAt: now, maxAttempts }, now);
    }
  }
  const state = stateFor(mode, steps, row.state as EscalationState);
  await updateEscalation(trx, escalationId, { state, updated_at: iso });
  // Going active starts the "don't go dark" reminders (issue 4).
  if (state === 'active' && row.state !== 'active') await onActive(trx, escalationId, row.active_since, now, maxAttempts);
}

export async function completeStep(trx: Transaction<Database>, escalationId: string, stepKey: string, result: unknown, now: Date, maxAttempts: number): Promise<void> {
  await updateStep(trx, escalationId, stepKey, { status: 'done', last_error: null, result_json: result === undefined ? null : JSON.stringify(result), updated_at: now.toISOString() });
  await advance(trx, escalationId, now, maxAttempts);
}
