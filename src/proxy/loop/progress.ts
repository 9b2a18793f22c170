// Queuing the loop's jobs. State changes (reminders starting, the summary asked for, the close) are the
// lifecycle's (escalations/lifecycle.ts), applied by escalations/transitions.ts.
import type { Db } from '../store/escalations';
import { enqueueJob } from '../store/jobs';
import { LOOP_JOB } from './tasks';
import type { LoopTask } from './tasks';

export async function enqueueTask(db: Db, task: LoopTask, now: Date, maxAttempts: number, runAt: Date = now): Promise<void> {
  await enqueueJob(db, { kind: LOOP_JOB, payload: task, runAt, maxAttempts }, now);
}
