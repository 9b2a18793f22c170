// Applies a lifecycle decision inside the caller's transaction: the state with a compare-and-set on the
// escalation's version (a stale writer throws VersionConflict and its whole transaction is run again
// by runTransaction), the step statuses, and the jobs that follow. The only writer of `state`.
import type { Db } from '../store/escalations';
import { getEscalationRow, getSteps } from '../store/escalations';
import { VersionConflict } from '../store/db';
import { enqueueJob } from '../store/jobs';
import { ensureJob, ticketStatuses } from '../store/loop';
import { LOOP_JOB } from '../loop/tasks';
import type { LoopTask } from '../loop/tasks';
import { decide } from './lifecycle';
import type { LifecycleDecision, LifecycleEvent } from './lifecycle';

export const STEP_JOB = 'escalation_step';
export interface StepJobPayload {
  escalationId: string;
  stepKey: string;
}

export async function applyEvent(trx: Db, escalationId: string, event: LifecycleEvent, now: Date, maxAttempts: number): Promise<LifecycleDecision | null> {
  const row = await getEscalationRow(trx, escalationId);
  if (!row) return null;
  const [steps, statuses] = await Promise.all([getSteps(trx, escalationId), ticketStatuses(trx, escalationId)]);
  const decision = decide(
    {
      state: row.state,
      mode: row.mode,
      steps: steps.map((s) => ({ name: s.name, ticketId: s.ticket_id, status: s.status, key: s.key })),
      ticketStatuses: statuses.map((s) => s.status),
      hasSummary: row.summary_json !== null,
      summaryRequested: row.summary_requested_at != null,
    },
    event,
  );
  const iso = now.toISOString();
  const asks = decision.effects.some((e) => e.type === 'ask_summary');
  const starts = decision.effects.some((e) => e.type === 'start_reminders');
  // First, so a concurrent writer waits on this row and then finds the version moved.
  const cas = await trx
    .updateTable('escalations')
    .set({
      state: decision.state,
      version: row.version + 1,
      updated_at: iso,
      ...(asks ? { summary_requested_at: iso } : {}),
      // The reminder cadence starts when the escalation first goes active.
      ...(starts && !row.active_since ? { active_since: iso } : {}),
    })
    .where('id', '=', escalationId)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(cas.numUpdatedRows) !== 1) throw new VersionConflict(escalationId);

  for (const key of Object.keys(decision.steps).sort()) {
    await trx.updateTable('steps').set({ status: decision.steps[key], updated_at: iso }).where('escalation_id', '=', escalationId).where('key', '=', key).execute();
  }
  for (const effect of decision.effects) {
    if (effect.type === 'queue_step') {
      await enqueueJob(trx, { kind: STEP_JOB, payload: { escalationId, stepKey: effect.key } satisfies StepJobPayload, runAt: now, maxAttempts }, now);
    } else if (effect.type === 'ask_summary') {
      await enqueueJob(trx, { kind: LOOP_JOB, payload: { task: 'ask_summary', escalationId } satisfies LoopTask, runAt: now, maxAttempts }, now);
    } else {
      // One reminder chain and one close per escalation: queued only if none is waiting already.
      const task: LoopTask = effect.type === 'start_reminders' ? { task: 'reminder', escalationId } : { task: 'close', escalationId };
      await ensureJob(trx, LOOP_JOB, task, now, maxAttempts, now);
    }
  }
  return decision;
}
