// Moving an escalation through the end of its life inside one transaction: reminders start when it
// goes active, a stored summary or a ticket status re-runs the resolution decision, and each action
// becomes a job. Shared by the routes' service and the jobs themselves.
import type { EscalationState } from '../../core/api';
import type { Db } from '../store/escalations';
import { getEscalationRow, updateEscalation } from '../store/escalations';
import { enqueueJob } from '../store/jobs';
import { ensureJob, ticketStatuses } from '../store/loop';
import { decideResolution } from './resolution';
import type { ResolutionDecision } from './resolution';
import { LOOP_JOB } from './tasks';
import type { LoopTask } from './tasks';

export async function enqueueTask(db: Db, task: LoopTask, now: Date, maxAttempts: number, runAt: Date = now): Promise<void> {
  await enqueueJob(db, { kind: LOOP_JOB, payload: task, runAt, maxAttempts }, now);
}

/** Starts the reminder chain (one queued reminder job per escalation at most). */
export async function startReminders(db: Db, escalationId: string, now: Date, maxAttempts: number): Promise<void> {
  await ensureJob(db, LOOP_JOB, { task: 'reminder', escalationId } satisfies LoopTask, now, maxAttempts, now);
}

/** Called when an escalation's state changes to active: the cadence starts now (first time only). */
export async function onActive(db: Db, escalationId: string, activeSince: string | null | undefined, now: Date, maxAttempts: number): Promise<void> {
  if (!activeSince) await updateEscalation(db, escalationId, { active_since: now.toISOString() });
  await startReminders(db, escalationId, now, maxAttempts);
}

/** Re-decides whether the escalation closes, stores the new state and queues what follows. */
export async function applyResolution(db: Db, escalationId: string, now: Date, maxAttempts: number): Promise<ResolutionDecision | null> {
  const row = await getEscalationRow(db, escalationId);
  if (!row) return null;
  const statuses = await ticketStatuses(db, escalationId);
  const decision = decideResolution({
    state: row.state as EscalationState,
    ticketStatuses: statuses.map((s) => s.status),
    hasSummary: row.summary_json !== null,
    summaryRequested: Boolean(row.summary_requested_at),
  });
  const iso = now.toISOString();
  if (decision.state !== row.state) await updateEscalation(db, escalationId, { state: decision.state, updated_at: iso });
  for (const action of decision.actions) {
    if (action === 'ask_summary') {
      await updateEscalation(db, escalationId, { summary_requested_at: iso });
      await enqueueTask(db, { task: 'ask_summary', escalationId }, now, maxAttempts);
    } else if (action === 'close') {
      await ensureJob(db, LOOP_JOB, { task: 'close', escalationId } satisfies LoopTask, now, maxAttempts, now);
    } else {
      await startReminders(db, escalationId, now, maxAttempts);
    }
  }
  return decision;
}
