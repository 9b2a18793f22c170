// The jobs table: durable work with a lease. Claiming is one statement on both dialects; Postgres adds
// FOR UPDATE SKIP LOCKED so several instances never wait on or take each other's rows.
import { randomUUID } from 'node:crypto';
import type { Store } from './db';
import type { Db } from './escalations';
import type { JobRow } from './tables';

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
}

export async function enqueueJob(db: Db, job: NewJob, now: Date): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('jobs')
    .values({
      id,
      kind: job.kind,
      payload_json: JSON.stringify(job.payload),
      state: 'queued',
      run_at: job.runAt.toISOString(),
      locked_by: null,
      locked_until: null,
      attempts: 0,
      max_attempts: job.maxAttempts,
      last_error: null,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

/** Takes up to `limit` due jobs whose lease is free or expired, and counts the attempt. */
export async function claimJobs(store: Store, workerId: string, limit: number, now: Date, leaseMs: number): Promise<JobRow[]> {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const { db } = store;
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'queued')
    .where('run_at', '<=', nowIso)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
    .orderBy('run_at')
    .limit(limit);
  if (store.dialect === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('jobs')
    .set((eb) => ({ locked_by: workerId, locked_until: until, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    // Repeated so SQLite's single statement cannot take a row another worker claimed in between.
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
    .returningAll()
    .execute();
}

export class LostLeaseError extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} is no longer held by this worker (its lease expired)`);
    this.name = 'LostLeaseError';
  }
}

/** Deletes a finished job; throws LostLeaseError (rolling back the caller's transaction) if another worker took it. */
export async function completeJob(db: Db, id: string, workerId: string): Promise<void> {
  const r = await db.deleteFrom('jobs').where('id', '=', id).where('locked_by', '=', workerId).executeTakeFirst();
  if (Number(r.numDeletedRows) !== 1) throw new LostLeaseError(id);
}

/** Extends a held lease; false when another worker holds the job now (or it is gone). */
export async function renewLease(db: Db, id: string, workerId: string, until: Date): Promise<boolean> {
  const r = await db.updateTable('jobs').set({ locked_until: until.toISOString() }).where('id', '=', id).where('locked_by', '=', workerId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function rescheduleJob(db: Db, id: string, workerId: string, runAt: Date, error: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ locked_by: null, locked_until: null, run_at: runAt.toISOString(), last_error: error })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

export async function failJob(db: Db, id: string, workerId: string, error: string): Promise<void> {
  await db.updateTable('jobs').set({ state: 'failed', locked_by: null, locked_until: null, last_error: error }).where('id', '=', id).where('locked_by', '=', workerId).execute();
}

/** When the next queued job falls due (or its lease runs out), so an idle worker can sleep until then. */
export async function nextDueAt(db: Db, now: Date): Promise<Date | null> {
  const nowIso = now.toISOString();
  const [free, leased] = await Promise.all([
    db.selectFrom('jobs').select((eb) => eb.fn.min('run_at').as('next')).where('state', '=', 'queued')
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)])).executeTakeFirst(),
    db.selectFrom('jobs').select((eb) => eb.fn.min('locked_until').as('next')).where('state', '=', 'queued')
      .where('locked_until', '>=', nowIso).executeTakeFirst(),
  ]);
  const times = [free?.next, leased?.next].filter((t): t is string => typeof t === 'string').map((t) => new Date(t).getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
