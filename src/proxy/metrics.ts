// Every metric the proxy exposes on GET /metrics (Prometheus text format, prom-client), defined here
// and nowhere else. Code elsewhere calls the small hooks below (one line each); counts that live in
// the store (escalations by type and state, the job queue) are read when Prometheus scrapes.
// One registry per running proxy, so several proxies in one test process never share counts.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobHandler } from './jobs/worker';
import type { Store } from './store/db';
import { escalationCounts, jobQueueStats } from './store/stats';

export type OutsideService = 'slack' | 'zendesk' | 'jira';
export type InboundKind = 'slack_event' | 'slack_command' | 'slack_interaction' | 'zendesk_webhook' | 'jira_webhook';
/** accepted: verified and handled; duplicate: a delivery id seen before; refused: bad signature or body. */
export type InboundOutcome = 'accepted' | 'duplicate' | 'refused';
export type StepOutcome = 'done' | 'retry' | 'failed';

export const METRIC_PREFIX = 'escalation_';

export class ProxyMetrics {
  readonly registry = new Registry();
  private readonly stepDuration: Histogram<'step' | 'outcome'>;
  private readonly stepAttempts: Counter<'step' | 'outcome'>;
  private readonly outsideCalls: Counter<'service' | 'method' | 'code'>;
  private readonly outsideCallDuration: Histogram<'service' | 'method'>;
  private readonly reminders: Counter<'issue_type'>;
  private readonly inboundDeliveries: Counter<'kind' | 'outcome'>;

  constructor(store: Store, now: () => Date = () => new Date()) {
    const registers = [this.registry];
    const name = (n: string) => METRIC_PREFIX + n;
    collectDefaultMetrics({ register: this.registry });

    const escalations = new Gauge({
      name: name('escalations'),
      help: 'Escalations in the store, by issue type and state',
      labelNames: ['issue_type', 'state'],
      registers,
      async collect() {
        escalations.reset();
        for (const c of await escalationCounts(store.db)) escalations.set({ issue_type: c.issueType, state: c.state }, c.count);
      },
    });

    // The three job gauges come from one query per scrape, shared through this promise.
    let queue: ReturnType<typeof jobQueueStats> | null = null;
    const readQueue = () => (queue ??= jobQueueStats(store.db, now()).finally(() => setImmediate(() => (queue = null))));
    // One gauge per count the queue query gives, by job kind.
    const jobGauge = (gaugeName: string, help: string, count: 'due' | 'scheduled' | 'failed') => {
      const gauge: Gauge<'kind'> = new Gauge({
        name: name(gaugeName),
        help,
        labelNames: ['kind'],
        registers,
        async collect() {
          gauge.reset();
          for (const s of await readQueue()) gauge.set({ kind: s.kind }, s[count]);
        },
      });
    };
    jobGauge('jobs_waiting', 'Queued jobs that are due (waiting for a worker or running), by job kind', 'due');
    jobGauge('jobs_scheduled', 'Queued jobs due later (reminders, retries in backoff), by job kind', 'scheduled');
    jobGauge('jobs_failed', 'Jobs that used up their attempts (their step shows the error), by job kind', 'failed');
    const oldestWaiting = new Gauge({
      name: name('job_oldest_waiting_age_seconds'),
      help: 'How long the oldest due job has been waiting since it fell due (0 when none)',
      registers,
      async collect() {
        const dues = (await readQueue()).map((s) => s.oldestDueAt).filter((d): d is Date => d !== null);
        const oldest = dues.length ? Math.min(...dues.map((d) => d.getTime())) : null;
        oldestWaiting.set(oldest === null ? 0 : Math.max(0, (now().getTime() - oldest) / 1000));
      },
    });

    this.stepDuration = new Histogram({
      name: name('step_duration_seconds'),
      help: 'Time one attempt of a step or loop task took, by step and outcome',
      labelNames: ['step', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.stepAttempts = new Counter({
      name: name('step_attempts_total'),
      help: 'Attempts of steps and loop tasks, by step and outcome (done, retry, failed)',
      labelNames: ['step', 'outcome'],
      registers,
    });
    this.outsideCalls = new Counter({
      name: name('outside_calls_total'),
      help: 'Slack, Zendesk and Jira API calls, by service, method and result code (ok, or the error code)',
      labelNames: ['service', 'method', 'code'],
      registers,
    });
    this.outsideCallDuration = new Histogram({
      name: name('outside_call_duration_seconds'),
      help: 'Slack, Zendesk and Jira API call time, by service and method',
      labelNames: ['service', 'method'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.reminders = new Counter({
      name: name('reminders_sent_total'),
      help: 'Reminders posted in quiet escalation channels, by issue type',
      labelNames: ['issue_type'],
      registers,
    });
    this.inboundDeliveries = new Counter({
      name: name('inbound_deliveries_total'),
      help: 'Deliveries from Slack and Zendesk, by kind and outcome (accepted, duplicate, refused)',
      labelNames: ['kind', 'outcome'],
      registers,
    });
  }

  /** A Slack or Zendesk call ended: code is 'ok' or the error code (e.g. channel_not_found, http_429). */
  outsideCall(service: OutsideService, method: string, code: string, seconds: number): void {
    this.outsideCalls.inc({ service, method, code });
    this.outsideCallDuration.observe({ service, method }, seconds);
  }

  /** One attempt of a step ended: done, or failed and retried later, or failed for good. */
  stepAttempt(step: string, outcome: StepOutcome, seconds?: number): void {
    this.stepAttempts.inc({ step, outcome });
    if (seconds !== undefined) this.stepDuration.observe({ step, outcome: outcome === 'done' ? 'done' : 'error' }, seconds);
  }

  reminderSent(issueType: string): void {
    this.reminders.inc({ issue_type: issueType });
  }

  inbound(kind: InboundKind, outcome: InboundOutcome): void {
    this.inboundDeliveries.inc({ kind, outcome });
  }

  /** The Prometheus text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /**
   * The same handler, counted: each attempt's duration and outcome under the step name `stepOf`
   * reads from the job. The worker and the handler stay unaware of metrics.
   */
  instrument<P>(handler: JobHandler<P>, stepOf: (payload: P) => string): JobHandler<P> {
    const errorSeconds = new WeakMap<object, number>();
    return {
      run: async (job, ctx) => {
        const started = performance.now();
        try {
          await handler.run(job, ctx);
        } catch (e) {
          if (e !== null && typeof e === 'object') errorSeconds.set(e, (performance.now() - started) / 1000);
          throw e;
        }
        this.stepAttempt(stepOf(job.payload), 'done', (performance.now() - started) / 1000);
      },
      onError: async (trx, job, error, willRetry) => {
        const seconds = error !== null && typeof error === 'object' ? errorSeconds.get(error) : undefined;
        this.stepAttempt(stepOf(job.payload), willRetry ? 'retry' : 'failed', seconds);
        await handler.onError?.(trx, job, error, willRetry);
      },
    };
  }
}

/** Wraps an outside call so it is counted under its method, with `codeOf` naming the error. */
export async function countCall<T>(
  observe: ((method: string, code: string, seconds: number) => void) | undefined,
  method: string,
  codeOf: (e: unknown) => string,
  fn: () => Promise<T>,
): Promise<T> {
  if (!observe) return fn();
  const started = performance.now();
  try {
    const result = await fn();
    observe(method, 'ok', (performance.now() - started) / 1000);
    return result;
  } catch (e) {
    observe(method, codeOf(e), (performance.now() - started) / 1000);
    throw e;
  }
}
