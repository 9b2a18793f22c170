// GET /metrics as Prometheus reads it: behind METRICS_TOKEN, with the families an operator alerts on,
// counted by the real proxy against the stand-ins (escalation, retried step, inbound deliveries,
// reminders), and the job-queue gauges read from the store.
import { ProxyMetrics } from './metrics';
import type { Harness } from './testing/harness';
import { escalationRequest, startHarness } from './testing/harness';
import { escalatedHarness, messageEvent, slackSend, zendeskSend } from './testing/inbound';
import { waitFor } from './testing/waitFor';
import { enqueueJob } from './store/jobs';
import { createTestStore, testDialects } from './store/testStores';

jest.setTimeout(30_000);

const METRICS_TOKEN = 'metrics-token-0123456789';

async function scrape(h: Harness, token: string | null = METRICS_TOKEN): Promise<{ status: number; text: string }> {
  const res = await fetch(h.proxy.url + '/metrics', { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, text: await res.text() };
}

/** The value of one sample, e.g. sample(text, 'escalation_escalations{issue_type="outage",state="active"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(testDialects)('GET /metrics on %s', (dialect) => {
  let h: Harness;
  let now: number;
  afterEach(() => h.close());

  it('refuses without the token or with a wrong one', async () => {
    h = await startHarness(dialect, { metricsToken: METRICS_TOKEN });
    expect((await scrape(h, null)).status).toBe(401);
    const wrong = await scrape(h, 'metrics-token-0123456780');
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('escalation_');
  });

  it('does not exist without METRICS_TOKEN', async () => {
    h = await startHarness(dialect);
    expect((await scrape(h)).status).toBe(404);
  });

  it('counts an escalation, its steps and calls, inbound deliveries by outcome, and reminders', async () => {
    now = Date.now();
    let channel: string;
    ({ h, channel } = await escalatedHarness(dialect, { metricsToken: METRICS_TOKEN, now: () => new Date(now) }));

    const event = messageEvent(channel, 'Looking into it', {}, 'EvMetrics1');
    expect((await slackSend(h, '/slack/events', event)).status).toBe(200);
    expect((await slackSend(h, '/slack/events', event)).status).toBe(200);
    expect((await slackSend(h, '/slack/events', event, { secret: 'not-the-secret' })).status).toBe(401);
    const webhook = JSON.stringify({ ticket: { id: 1001, status: 'open' } });
    expect((await zendeskSend(h, webhook, { headers: { 'x-zendesk-webhook-invocation-id': 'inv-1' } })).status).toBe(200);
    expect((await zendeskSend(h, webhook, { headers: { 'x-zendesk-webhook-invocation-id': 'inv-1' } })).status).toBe(200);

    // Sixteen quiet minutes later the reminder job posts.
    now += 16 * 60_000;
    h.proxy.worker.wake();
    const { text } = await waitFor(() => scrape(h), (r) => (sample(r.text, 'escalation_reminders_sent_total{issue_type="outage"}') ?? 0) >= 1, 'a reminder counted');

    expect(sample(text, 'escalation_escalations{issue_type="outage",state="active"}')).toBe(1);
    for (const step of ['create_channel', 'invite', 'post_card', 'bookmark', 'zendesk_note', 'reminder']) {
      expect(sample(text, `escalation_step_attempts_total{step="${step}",outcome="done"}`)).toBeGreaterThanOrEqual(1);
    }
    expect(sample(text, 'escalation_step_duration_seconds_count{step="create_channel",outcome="done"}')).toBe(1);
    expect(sample(text, 'escalation_outside_calls_total{service="slack",method="conversations.create",code="ok"}')).toBe(1);
    expect(sample(text, 'escalation_outside_calls_total{service="zendesk",method="ticket update",code="ok"}')).toBe(1);
    expect(sample(text, 'escalation_inbound_deliveries_total{kind="slack_event",outcome="accepted"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'escalation_inbound_deliveries_total{kind="slack_event",outcome="duplicate"}')).toBe(1);
    expect(sample(text, 'escalation_inbound_deliveries_total{kind="slack_event",outcome="refused"}')).toBe(1);
    expect(sample(text, 'escalation_inbound_deliveries_total{kind="zendesk_webhook",outcome="accepted"}')).toBe(1);
    expect(sample(text, 'escalation_inbound_deliveries_total{kind="zendesk_webhook",outcome="duplicate"}')).toBe(1);
    expect(text).toMatch(/^escalation_job_oldest_waiting_age_seconds \d/m);
    expect(text).toContain('# TYPE escalation_jobs_waiting gauge');
    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
  });

  it('counts a retried step and the Slack error that caused it', async () => {
    h = await startHarness(dialect, { metricsToken: METRICS_TOKEN });
    h.slack.inject({ kind: 'error500', method: 'chat.postMessage', times: 1 });
    expect((await h.post('/api/escalations', escalationRequest())).status).toBe(201);
    const { text } = await waitFor(() => scrape(h), (r) => sample(r.text, 'escalation_step_attempts_total{step="post_card",outcome="done"}') === 1, 'the card posted');
    expect(sample(text, 'escalation_step_attempts_total{step="post_card",outcome="retry"}')).toBe(1);
    expect(sample(text, 'escalation_step_duration_seconds_count{step="post_card",outcome="error"}')).toBe(1);
    expect(sample(text, 'escalation_outside_calls_total{service="slack",method="chat.postMessage",code="http_500"}')).toBe(1);
  });
});

describe.each(testDialects)('job queue gauges on %s', (dialect) => {
  it('count due, scheduled and failed jobs by kind, and the oldest due job’s age', async () => {
    const handle = await createTestStore(dialect);
    const store = await handle.open();
    try {
      const now = new Date('2026-03-01T12:00:00Z');
      const at = (min: number) => new Date(now.getTime() + min * 60_000);
      await enqueueJob(store.db, { kind: 'escalation_step', payload: {}, runAt: at(-10), maxAttempts: 3 }, now);
      await enqueueJob(store.db, { kind: 'escalation_step', payload: {}, runAt: at(-2), maxAttempts: 3 }, now);
      await enqueueJob(store.db, { kind: 'loop_task', payload: {}, runAt: at(15), maxAttempts: 3 }, now);
      const failed = await enqueueJob(store.db, { kind: 'loop_task', payload: {}, runAt: at(-60), maxAttempts: 3 }, now);
      await store.db.updateTable('jobs').set({ state: 'failed' }).where('id', '=', failed).execute();

      const { body } = await new ProxyMetrics(store, () => now).scrape();
      expect(sample(body, 'escalation_jobs_waiting{kind="escalation_step"}')).toBe(2);
      expect(sample(body, 'escalation_jobs_scheduled{kind="loop_task"}')).toBe(1);
      expect(sample(body, 'escalation_jobs_failed{kind="loop_task"}')).toBe(1);
      expect(sample(body, 'escalation_job_oldest_waiting_age_seconds')).toBe(600);
    } finally {
      await handle.dispose();
    }
  });
});
