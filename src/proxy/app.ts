// startProxy(config): everything the proxy runs, in order (store, gateways, service, worker, HTTP),
// and one close() that undoes it in reverse: stop taking requests, let running steps finish, close
// the store. main.ts and `npm start` call it; tests call it with a fast retry policy.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { StepName } from '../core/api';
import { JIRA_VARIABLES_TEXT, type ProxyConfig } from './config';
import { AppNotifier, NOTIFY_JOB } from './escalations/appNotify';
import { BoardService } from './escalations/board';
import { JiraGateway } from './jira/gateway';
import { createStepHandler } from './escalations/stepRunner';
import { STEP_JOB } from './escalations/transitions';
import { EscalationService } from './escalations/service';
import { retryPolicies } from './jobs/retryPolicies';
import type { RetryPolicy } from './jobs/retryPolicies';
import { JobWorker } from './jobs/worker';
import type { JobHandler, Logger } from './jobs/worker';
import { createLoopHandler } from './loop/jobs';
import { LoopService } from './loop/service';
import { LOOP_JOB } from './loop/tasks';
import type { LoopTask } from './loop/tasks';
import { ProxyMetrics } from './metrics';
import { buildServer } from './server';
import { SlackGateway } from './slack/gateway';
import { openStore } from './store/db';
import type { Store } from './store/db';
import { ZendeskGateway } from './zendesk/gateway';

export interface StartOptions {
  retryPolicy?: RetryPolicy;
  /** Base of channel links (default: the workspace URL from auth.test). */
  slackWorkspaceUrl?: string;
  logger?: FastifyServerOptions['logger'];
  workerId?: string;
  /** Store options (tests: a Postgres schema). */
  searchPath?: string;
  /** Test seam: how often running steps' leases are extended; a crash test stretches it (a hung process renews nothing). */
  renewEveryMs?: number;
  /** Test seam: crash simulation after a Slack/Zendesk effect. */
  afterEffect?: (step: StepName, escalationId: string) => Promise<void>;
  /** How long close() may take in all (default config.shutdownMs, else 10 s). */
  drainMs?: number;
  /** The clock of the workflow, reminders and jobs (tests move it); signatures and tokens use real time. */
  now?: () => Date;
}

export interface RunningProxy {
  url: string;
  app: FastifyInstance;
  store: Store;
  service: EscalationService;
  /** The board (Jira): key checks, /outage-board, status from the webhook and reads. */
  board: BoardService;
  loop: LoopService;
  /** Pushes escalation_updated to the sidebar (Zendesk Apps API notify); its counts say how it went. */
  notifier: AppNotifier;
  worker: JobWorker;
  metrics: ProxyMetrics;
  close(): Promise<void>;
}

export async function startProxy(config: ProxyConfig, opts: StartOptions = {}): Promise<RunningProxy> {
  const policy = opts.retryPolicy ?? retryPolicies[config.worker.retryPolicy];
  // The pool's connection errors are logged once the logger exists; the pool reconnects by itself.
  let log: Logger | null = null;
  const store = await openStore(config.databaseUrl, {
    searchPath: opts.searchPath,
    onConnectionError: (e) => log?.warn({ err: e.message }, 'database connection lost; the pool will reconnect'),
  });
  const now = opts.now ?? (() => new Date());
  const metrics = new ProxyMetrics(store, now);
  const slack = new SlackGateway({
    botToken: config.slack.botToken,
    apiUrl: config.slack.apiUrl,
    workspaceUrl: opts.slackWorkspaceUrl,
    onCall: (method, code, seconds) => metrics.outsideCall('slack', method, code, seconds),
  });
  const zendesk = new ZendeskGateway({
    apiUrl: config.zendesk.apiUrl,
    email: config.zendesk.email,
    apiToken: config.zendesk.apiToken,
    onCall: (operation, code, seconds) => metrics.outsideCall('zendesk', operation, code, seconds),
  });

  const jira = config.jira
    ? new JiraGateway({
        baseUrl: config.jira.baseUrl,
        email: config.jira.email,
        apiToken: config.jira.apiToken,
        onCall: (operation, code, seconds) => metrics.outsideCall('jira', operation, code, seconds),
      })
    : null;

  let worker: JobWorker | null = null;
  // Board status changes reach the sidebar through the same notifyChange as everything else.
  let notifyChange = (_id: string) => {};
  const board = new BoardService({ store, routing: config.routing, jira, maxAttempts: policy.maxAttempts, now, wake: () => worker?.wake(), onChange: (id) => notifyChange(id) });
  const service = new EscalationService({ store, routing: config.routing, maxAttempts: policy.maxAttempts, now, wake: () => worker?.wake(), ticketUrl: (id) => zendesk.ticketUrl(id), board });
  notifyChange = service.notifyChange;
  const silentLog: Logger = { info() {}, warn() {}, error() {} };
  const notifier = new AppNotifier({ store, zendesk, appId: config.zendesk.appId ?? null, now, wake: () => worker?.wake(), log: () => log ?? silentLog });
  // Every change of an escalation's stored view goes through notifyChange: the one place to push from.
  service.events.on('change', notifier.changed);
  const loopDeps = { store, slack, routing: config.routing, maxAttempts: policy.maxAttempts, now, onChange: service.notifyChange };
  const loop = new LoopService({ ...loopDeps, wake: () => worker?.wake() });
  let draining = false;
  const app = await buildServer({
    draining: () => draining,
    store,
    service,
    zafSharedSecret: config.zafSharedSecret,
    rateLimitPerMinute: config.rateLimitPerMinute,
    bodyLimitBytes: config.bodyLimitBytes,
    respondWithinMs: config.respondWithinMs,
    logger: opts.logger ?? { level: config.logLevel },
    inbound: { loop, board, slackSigningSecret: config.slack.signingSecret, zendeskWebhookSecret: config.zendesk.webhookSecret, jiraWebhookSecret: config.jira?.webhookSecret ?? null },
    metrics,
    metricsToken: config.metricsToken,
  });
  log = app.log;
  const stepHandler = createStepHandler({ store, slack, zendesk, jira, routing: config.routing, maxAttempts: policy.maxAttempts, now, onChange: service.notifyChange, afterEffect: opts.afterEffect });
  const loopHandler = createLoopHandler({ ...loopDeps, zendesk, jira, onReminderSent: (issueType) => metrics.reminderSent(issueType) });
  worker = new JobWorker({
    store,
    handlers: {
      // A step key is the step's name, ':<ticket id>' added for a linked ticket's steps.
      [STEP_JOB]: metrics.instrument(stepHandler, (p) => p.stepKey.split(':')[0] ?? p.stepKey) as JobHandler<never>,
      [LOOP_JOB]: metrics.instrument(loopHandler, (p: LoopTask) => p.task) as JobHandler<never>,
      [NOTIFY_JOB]: notifier.handler() as JobHandler<never>,
    },
    policy,
    concurrency: config.worker.concurrency,
    leaseMs: config.worker.leaseMs,
    renewEveryMs: opts.renewEveryMs,
    pollMs: config.worker.pollMs,
    log: app.log,
    workerId: opts.workerId,
    now,
  });
  if (!jira) app.log.info(`${JIRA_VARIABLES_TEXT} are not set: no board items (Jira) are made or linked`);
  if (!notifier.enabled) app.log.info('ZENDESK_APP_ID is not set: the sidebar follows escalations by polling only (no app notifications)');
  // Ask Slack who we are now, so the first escalation does not pay for it; failure is retried later.
  slack.identity().catch((e: unknown) => app.log.warn({ err: (e as Error).message }, 'Slack auth.test failed at start'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await store.close();
    throw e;
  }
  worker.start();
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const running = worker;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    app,
    store,
    service,
    board,
    loop,
    notifier,
    worker: running,
    metrics,
    close() {
      closing ??= (async () => {
        const deadline = Date.now() + (opts.drainMs ?? config.shutdownMs ?? 10_000);
        const left = () => Math.max(0, deadline - Date.now());
        draining = true;
        // Take no new step at once; HTTP stops taking requests (503 on kept-alive sockets) meanwhile.
        const stopped = running.stopClaiming();
        const httpClosed = app.close();
        await within(stopped, left());
        await running.drain(left());
        await within(httpClosed, left());
        await within(notifier.settled(), left());
        // Past the deadline: whatever request is still open is cut; the store goes last.
        app.server.closeAllConnections();
        await within(store.close(), 1000);
      })();
      return closing;
    },
  };
}

/** Waits for p, but no longer than ms. */
async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
