import { createTestStore, testDialects } from '../store/testStores';
import type { TestStoreHandle } from '../store/testStores';
import type { Store } from '../store/db';
import { enqueueJob } from '../store/jobs';
import { retryPolicies } from './retryPolicies';
import { JobWorker } from './worker';
import type { JobContext, JobHandler, WorkerOptions } from './worker';
import { waitFor } from '../testing/waitFor';

describe.each(testDialects)('JobWorker on %s', (dialect) => {
  let handle: TestStoreHandle;
  let store: Store;
  const workers: JobWorker[] = [];

  beforeEach(async () => {
    handle = await createTestStore(dialect);
    store = await handle.open();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop(1000)));
    await handle.dispose();
  });

  function worker(handlers: Record<string, JobHandler<never>>, over: Partial<WorkerOptions> = {}): JobWorker {
    const w = new JobWorker({ store, handlers, policy: retryPolicies.fast, concurrency: 4, leaseMs: 10_000, pollMs: 50, ...over });
    workers.push(w);
    w.start();
    return w;
  }
  const enqueue = (kind: string, payload: unknown, maxAttempts = 5) => enqueueJob(store.db, { kind, payload, runAt: new Date(), maxAttempts }, new Date());
  const jobRows = () => store.db.selectFrom('jobs').selectAll().execute();

  it('runs a job once, stores its result and removes it in one transaction', async () => {
    const seen: unknown[] = [];
    const w = worker({
      note: {
        run: async (job, ctx) => {
          seen.push(job.payload);
          await ctx.finish((trx) => trx.insertInto('inbound_events').values({ id: 'e1', source: 'test', received_at: 'now' }).execute().then(() => undefined));
        },
      },
    });
    await enqueue('note', { n: 1 });
    w.wake();
    await waitFor(jobRows, (r) => r.length === 0, 'job removed');
    expect(seen).toEqual([{ n: 1 }]);
    expect(await store.db.selectFrom('inbound_events').select('id').execute()).toEqual([{ id: 'e1' }]);
  });

  it('retries a failing job and succeeds, counting attempts', async () => {
    const attempts: number[] = [];
    worker({
      flaky: {
        run: async (job) => {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new Error('boom');
        },
      },
    });
    await enqueue('flaky', {});
    await waitFor(jobRows, (r) => r.length === 0, 'job done');
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('honours Retry-After when rescheduling', async () => {
    const before = Date.now();
    worker({ limited: { run: async () => { throw Object.assign(new Error('ratelimited'), { retryAfterMs: 60_000 }); } } });
    await enqueue('limited', {});
    const [row] = await waitFor(jobRows, (r) => r[0]?.last_error === 'ratelimited', 'rescheduled');
    expect(new Date(row!.run_at).getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(row!.attempts).toBe(1);
    expect(row!.locked_by).toBeNull();
  });

  it('fails a job at once on a non-retryable error, and after max attempts otherwise; onError sees which', async () => {
    const calls: Array<[string, boolean]> = [];
    const onError: JobHandler['onError'] = async (_trx, job, _e, willRetry) => { calls.push([job.kind, willRetry]); };
    worker({
      fatal: { run: async () => { throw Object.assign(new Error('channel_not_found'), { retryable: false }); }, onError },
      always: { run: async () => { throw new Error('down'); }, onError },
    });
    await enqueue('fatal', {});
    await enqueue('always', {}, 3);
    const rows = await waitFor(jobRows, (r) => r.length === 2 && r.every((j) => j.state === 'failed'), 'both failed');
    expect(rows.find((r) => r.kind === 'fatal')).toMatchObject({ attempts: 1, last_error: 'channel_not_found' });
    expect(rows.find((r) => r.kind === 'always')).toMatchObject({ attempts: 3, last_error: 'down' });
    expect(calls.filter(([k]) => k === 'fatal')).toEqual([['fatal', false]]);
    expect(calls.filter(([k]) => k === 'always')).toEqual([['always', true], ['always', true], ['always', false]]);
  });

  it('fails a job of an unknown kind instead of retrying it forever', async () => {
    worker({});
    await enqueue('mystery', {});
    const [row] = await waitFor(jobRows, (r) => r[0]?.state === 'failed', 'failed');
    expect(row!.last_error).toMatch(/no handler for job kind "mystery"/);
  });

  it('runs each job exactly once across two workers', async () => {
    const runs = new Map<number, number>();
    const count: JobHandler<{ i: number }> = { run: async (job) => { runs.set(job.payload.i, (runs.get(job.payload.i) ?? 0) + 1); } };
    // Two instances on one SQLite file would be two processes; in one process they share the connection.
    const other = dialect === 'postgres' ? await handle.open() : store;
    worker({ count: count as JobHandler<never> });
    worker({ count: count as JobHandler<never> }, { store: other });
    for (let i = 0; i < 30; i++) await enqueue('count', { i });
    await waitFor(jobRows, (r) => r.length === 0, 'all done');
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(30);
  });

  it('lets another worker take a job whose lease expired (a frozen process renews nothing), and fences the stale one out', async () => {
    let release: () => void = () => {};
    const stuck = new Promise<void>((r) => (release = r));
    const mark = (id: string) => async (trx: Parameters<NonNullable<Parameters<JobContext['finish']>[0]>>[0]) => {
      await trx.insertInto('inbound_events').values({ id, source: 'test', received_at: 'now' }).execute();
    };
    const slow: JobHandler = {
      run: async (_job, ctx) => {
        await stuck;
        await ctx.finish(mark('stale'));
      },
    };
    const a = worker({ work: slow }, { leaseMs: 150, renewEveryMs: 60_000, workerId: 'A', concurrency: 1 });
    await enqueue('work', {});
    await waitFor(jobRows, (r) => r[0]?.locked_by === 'A', 'claimed by A');
    const other = dialect === 'postgres' ? await handle.open() : store;
    worker({ work: { run: async (_job, ctx) => ctx.finish(mark('B')) } }, { workerId: 'B', store: other });
    await waitFor(jobRows, (r) => r.length === 0, 'done by B');
    release();
    await a.stop(1000);
    // A's write was rolled back with its fenced completion; only B's stands.
    expect(await store.db.selectFrom('inbound_events').select('id').execute()).toEqual([{ id: 'B' }]);
  });

  it('stop() lets a running job finish and claims nothing more', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const done: number[] = [];
    const w = worker({ gated: { run: async (job: { payload: { i: number } }) => { await gate; done.push(job.payload.i); } } as JobHandler<never> }, { concurrency: 1 });
    await enqueue('gated', { i: 1 });
    await waitFor(jobRows, (r) => r[0]?.locked_by === w.workerId, 'claimed');
    await enqueue('gated', { i: 2 });
    const stopping = w.stop(5000);
    release();
    await stopping;
    expect(done).toEqual([1]);
    expect((await jobRows()).map((r) => r.payload_json)).toEqual(['{"i":2}']);
  });

  it('renews the lease while a job runs: a slow job is never taken over and run twice', async () => {
    let runs = 0;
    let running = 0;
    let overlap = false;
    const slow: JobHandler<never> = {
      run: async () => {
        runs++;
        running++;
        if (running > 1) overlap = true;
        await new Promise((r) => setTimeout(r, 900));
        running--;
      },
    };
    // Leases of 150 ms: without renewal the second worker would take the job over five times.
    worker({ slow }, { leaseMs: 150, pollMs: 20, workerId: 'a' });
    worker({ slow }, { leaseMs: 150, pollMs: 20, workerId: 'b' });
    await enqueue('slow', {});
    await waitFor(jobRows, (r) => r.length === 0, 'job done', 5000);
    expect(runs).toBe(1);
    expect(overlap).toBe(false);
  });

  it('stops claiming at once: jobs queued after stopClaiming wait for another worker', async () => {
    const seen: string[] = [];
    const w = worker({ note: { run: async (job) => void seen.push(String((job.payload as { n: number }).n)) } });
    await w.stopClaiming();
    await enqueue('note', { n: 1 });
    w.wake();
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual([]);
    expect(await jobRows()).toHaveLength(1);
    expect(await w.drain(100)).toBe(true);
  });
});
