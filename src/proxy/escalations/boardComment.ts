// When the engineering summary goes on the board as a comment: once the escalation has both a board
// item and a summary, whichever came second queues the comment of the latest summary (one waiting job
// per summary). Called inside the transaction that stored the second, after its compare-and-set, so
// of two writers racing the later one sees the other's row.
import type { Db } from '../store/escalations';
import { getEscalationRow } from '../store/escalations';
import { ensureJob } from '../store/loop';
import { LOOP_JOB } from '../loop/tasks';
import type { LoopTask } from '../loop/tasks';

export async function queueBoardComment(trx: Db, escalationId: string, at: Date, maxAttempts: number): Promise<void> {
  const row = await getEscalationRow(trx, escalationId);
  if (!row?.board_key || !row.summary_json) return;
  const latest = await trx.selectFrom('summaries').select('id').where('escalation_id', '=', escalationId).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  if (!latest) return;
  await ensureJob(trx, LOOP_JOB, { task: 'board_comment', escalationId, summaryId: latest.id } satisfies LoopTask, at, maxAttempts, at);
}
