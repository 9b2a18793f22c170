// The durable job worker: polls the jobs table (and is woken at once on enqueue), runs each claimed job
// under a lease it renews while the job runs (so a slow Slack call is never taken over and run twice),
// retries with backoff honouring Retry-After, and marks a job failed after its attempts.
// stopClaiming() stops taking work at once; drain() waits for running jobs (bounded).
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Store } from '../store/db';
import { runTransaction } from '../store/db';
import type { Database, JobRow } from '../store/tables';
import { claimJobs, completeJob, failJob, LostLeaseError, nextDueAt, renewLease, rescheduleJob } from '../store/jobs';
import { backoffMs } from './retryPolicies';
import type { RetryPolicy } from './retryPolicies';

export interface Job<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export interface JobContext {
  /** Stores the job's results and removes the job in one transaction; fenced by the lease. */
  finish(write?: (trx: Transaction<Database>) => Promise<void>): Promise<void>;
}

export interface JobHandler<P = unknown> {
  run(job: Job<P>, ctx: JobContext): Promise<void>;
  /** Called in the same transaction that reschedules (willRetry) or fails the job. */
  onError?(trx: Transaction<Database>, job: Job<P>, error: unknown, willRetry: boolean): Promise<void>;
}

/** What an error may say about retrying (gateway errors carry these). */
export interface RetryHint {
  retryable?: boolean;
  retryAfterMs?: number;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WorkerOptions {
  store: Store;
  handlers: Record<string, JobHandler<never>>;
  policy: RetryPolicy;
  concurrency: number;
  leaseMs: number;
  /** How often a running job's lease is extended (default a third of it); tests stretch it to play a frozen process. */
  renewEveryMs?: number;
  pollMs: number;
  now?: () => Date;
  log?: Logger;
  workerId?: string;
}

const silent: Logger = { info() {}, warn() {}, error() {} };
const MIN_IDLE_MS = 10;

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class JobWorker {
  readonly workerId: string;
  private running = new Set<Promise<void>>();
  private stopped = true;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private readonly now: () => Date;
  private readonly log: Logger;

  constructor(private readonly opts: WorkerOptions) {
    this.workerId = opts.workerId ?? `w-${randomUUID().slice(0, 8)}`;
    this.now = opts.now ?? (() => new Date());
    this.log = opts.log ?? silent;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.runLoop();
  }

  /** Look for work now (after an enqueue) instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Takes no new job from now on (a claim under way finishes, its jobs run). */
  async stopClaiming(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  /** Jobs running now. */
  get inFlight(): number {
    return this.running.size;
  }

  /**
   * Waits up to ms for running jobs; answers whether all finished. A job still running past it keeps
   * its lease until the process exits, then another instance takes it up once the lease runs out.
   */
  async drain(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
    const done = Promise.allSettled([...this.running]).then(() => true as const);
    const finished = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return finished;
  }

  /** Stops claiming, then waits up to drainMs for running jobs. */
  async stop(drainMs = 30_000): Promise<void> {
    await this.stopClaiming();
    await this.drain(drainMs);
  }

  private async runLoop(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      const free = this.opts.concurrency - this.running.size;
      let claimed = 0;
      if (free > 0) {
        try {
          const jobs = await claimJobs(this.opts.store, this.workerId, free, this.now(), this.opts.leaseMs);
          claimed = jobs.length;
          for (const row of jobs) this.track(this.execute(row));
        } catch (e) {
          this.log.error({ err: errorText(e) }, 'job claim failed');
        }
      }
      if (this.stopped) break;
      // Claimed a full batch: there may be more, look again at once.
      if (claimed > 0 && claimed === free) continue;
      await this.sleep(await this.idleDelay(free));
    }
  }

  private async idleDelay(free: number): Promise<number> {
    if (this.woken) return 0;
    // No free slot: a finishing job wakes the loop; until then there is nothing to claim.
    if (free <= 0) return this.opts.pollMs;
    try {
      const next = await nextDueAt(this.opts.store.db, this.now());
      if (!next) return this.opts.pollMs;
      // A job due now that we could not claim is held by another worker: look again soon, not in a spin.
      return Math.max(MIN_IDLE_MS, Math.min(this.opts.pollMs, next.getTime() - this.now().getTime()));
    } catch {
      return this.opts.pollMs;
    }
  }

  private sleep(ms: number): Promise<void> {
    // Even "at once" goes through the event loop, so a store answering from memory (SQLite) cannot
    // starve timers and sockets.
    if (ms <= 0 || this.woken) return new Promise((resolve) => setImmediate(resolve));
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private track(p: Promise<void>): void {
    this.running.add(p);
    // A free slot is a reason to look for more work.
    void p.finally(() => {
      this.running.delete(p);
      this.wake();
    });
  }

  private async execute(row: JobRow): Promise<void> {
    const handler = this.opts.handlers[row.kind] as JobHandler<unknown> | undefined;
    const job: Job<unknown> = { id: row.id, kind: row.kind, payload: JSON.parse(row.payload_json), attempt: row.attempts, maxAttempts: row.max_attempts };
    const { db } = this.opts.store;
    let finished = false;
    const ctx: JobContext = {
      finish: async (write) => {
        await runTransaction(db, async (trx) => {
          if (write) await write(trx);
          await completeJob(trx, job.id, this.workerId);
        });
        finished = true;
      },
    };
    const renewal = this.renewWhileRunning(job);
    try {
      if (!handler) throw Object.assign(new Error(`no handler for job kind "${row.kind}"`), { retryable: false });
      await handler.run(job, ctx);
      if (!finished) await ctx.finish();
    } catch (e) {
      if (e instanceof LostLeaseError) {
        this.log.warn({ jobId: job.id, kind: job.kind }, e.message);
        return;
      }
      await this.handleFailure(job, handler, e);
    } finally {
      clearInterval(renewal);
    }
  }

  /** Extends the job's lease every third of it while the job runs; a database hiccup is retried next tick. */
  private renewWhileRunning(job: Job<unknown>): NodeJS.Timeout {
    const timer = setInterval(() => {
      renewLease(this.opts.store.db, job.id, this.workerId, new Date(this.now().getTime() + this.opts.leaseMs)).then(
        (held) => held || this.log.warn({ jobId: job.id, kind: job.kind }, 'lease lost while the job ran'),
        (e: unknown) => this.log.warn({ jobId: job.id, err: errorText(e) }, 'lease renewal failed'),
      );
    }, this.opts.renewEveryMs ?? Math.max(50, Math.floor(this.opts.leaseMs / 3)));
    timer.unref();
    return timer;
  }

  private async handleFailure(job: Job<unknown>, handler: JobHandler<unknown> | undefined, e: unknown): Promise<void> {
    const hint = (e ?? {}) as RetryHint;
    const willRetry = hint.retryable !== false && job.attempt < job.maxAttempts;
    const text = errorText(e);
    try {
      await runTransaction(this.opts.store.db, async (trx) => {
        if (handler?.onError) await handler.onError(trx, job, e, willRetry);
        if (willRetry) {
          const delay = backoffMs(this.opts.policy, job.attempt, hint.retryAfterMs);
          await rescheduleJob(trx, job.id, this.workerId, new Date(this.now().getTime() + delay), text);
        } else {
          await failJob(trx, job.id, this.workerId, text);
        }
      });
      this.log[willRetry ? 'warn' : 'error']({ jobId: job.id, kind: job.kind, attempt: job.attempt, err: text }, willRetry ? 'job will be retried' : 'job failed');
    } catch (err) {
      // The lease then expires and another attempt follows: nothing is lost.
      this.log.error({ jobId: job.id, err: errorText(err) }, 'could not record job failure');
    }
  }
}
