// Counts for /metrics, read at scrape time: escalations by type and state, and the jobs table's queue.
// Both dialects run the same queries; with several instances on one Postgres every instance reports
// the shared totals (alert on max(), not sum()).
import type { Db } from './escalations';

export interface EscalationCount {
  issueType: string;
  state: string;
  count: number;
}

export interface JobQueueStats {
  kind: string;
  /** Queued and due (run_at passed): waiting for a worker, or running now. */
  due: number;
  /** Queued for later (a reminder, a retry's backoff). */
  scheduled: number;
  /** Given up after their attempts. */
  failed: number;
  /** run_at of the oldest due job, or null. */
  oldestDueAt: Date | null;
}

export async function escalationCounts(db: Db): Promise<EscalationCount[]> {
  const rows = await db
    .selectFrom('escalations')
    .select(['issue_type', 'state', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['issue_type', 'state'])
    .execute();
  return rows.map((r) => ({ issueType: r.issue_type, state: r.state, count: Number(r.n) }));
}

export async function jobQueueStats(db: Db, now: Date): Promise<JobQueueStats[]> {
  const nowIso = now.toISOString();
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => [
      'kind',
      'state',
      eb.case().when('run_at', '<=', nowIso).then(1).else(0).end().as('is_due'),
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.min('run_at').as('oldest'),
    ])
    .groupBy(['kind', 'state', 'is_due'])
    .execute();
  const byKind = new Map<string, JobQueueStats>();
  for (const r of rows) {
    const s = byKind.get(r.kind) ?? { kind: r.kind, due: 0, scheduled: 0, failed: 0, oldestDueAt: null };
    byKind.set(r.kind, s);
    const n = Number(r.n);
    if (r.state === 'failed') s.failed += n;
    else if (Number(r.is_due) === 1) {
      s.due += n;
      const oldest = r.oldest ? new Date(r.oldest) : null;
      if (oldest && (!s.oldestDueAt || oldest < s.oldestDueAt)) s.oldestDueAt = oldest;
    } else s.scheduled += n;
  }
  return [...byKind.values()];
}
