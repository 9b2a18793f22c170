// Chaos on Postgres: proxy instances as real processes on one database, one killed (SIGKILL) in the
// middle of escalations, every database connection terminated, Slack and Zendesk failing (some after
// doing the work) and recovering, operators retrying concurrently. Each ticket ends with one channel,
// one card, one bookmark and one note, and every escalation active. Skipped without TEST_DATABASE_URL.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Escalation } from '../core/api';
import { startSlackStandIn } from '../sandbox/slack/server';
import type { SlackStandIn } from '../sandbox/slack/server';
import { startZendeskSandbox } from '../sandbox/zendesk/server';
import type { ZendeskSandbox } from '../sandbox/zendesk/server';
import { escalationRequest, ROUTING, SECRET, token } from './testing/harness';
import { waitFor } from './testing/waitFor';

const databaseUrl = process.env.TEST_DATABASE_URL;
const onPostgres = databaseUrl ? describe : describe.skip;
const root = join(__dirname, '..', '..');
const TICKETS = Array.from({ length: 8 }, (_, i) => 4000 + i);

jest.setTimeout(180_000);

interface Instance {
  url: string;
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

onPostgres('chaos on Postgres', () => {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const appName = `chaos-${schema}`;
  const dir = mkdtempSync(join(tmpdir(), 'proxy-chaos-'));
  const instances: Instance[] = [];
  let slack: SlackStandIn;
  let zendesk: ZendeskSandbox;

  beforeAll(async () => {
    await admin((c) => c.query(`create schema ${schema}`));
    slack = await startSlackStandIn({ port: 0, host: '127.0.0.1' });
    zendesk = await startZendeskSandbox({ port: 0, host: '127.0.0.1' });
    const base = zendesk.tickets.get(1001)!;
    for (const id of TICKETS) zendesk.tickets.add({ ...base, id, subject: `Chaos outage ${id}`, comments: [] });
    writeFileSync(join(dir, 'routing.jsonc'), ROUTING);
  });
  afterAll(async () => {
    for (const i of instances) i.child.kill('SIGKILL');
    await Promise.all(instances.map((i) => i.exited));
    await slack?.close();
    await zendesk?.close();
    await admin((c) => c.query(`drop schema ${schema} cascade`));
    rmSync(dir, { recursive: true, force: true });
  });

  async function startInstance(): Promise<Instance> {
    const url = new URL(databaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    url.searchParams.set('application_name', appName);
    const env = {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url.toString(),
      ZAF_SHARED_SECRET: SECRET,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: 'chaos-signing',
      SLACK_API_URL: slack.apiUrl,
      ZENDESK_API_URL: zendesk.apiUrl,
      ZENDESK_EMAIL: zendesk.apiEmail,
      ZENDESK_API_TOKEN: zendesk.apiToken,
      ZENDESK_WEBHOOK_SECRET: 'chaos-webhook',
      ESCALATION_CONFIG: join(dir, 'routing.jsonc'),
      JOB_LEASE_SECONDS: '5',
      LOG_LEVEL: 'info',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/main.ts'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const listening = await waitFor(() => /"url":"(http:\/\/127\.0\.0\.1:\d+)","msg":"escalation proxy listening"/.exec(out)?.[1] ?? null, (u) => u !== null, 'instance listening', 30_000);
    const instance = { url: listening!, child, exited };
    instances.push(instance);
    return instance;
  }

  const call = async (base: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${await token({ expInS: 600 })}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  };

  it('one channel, card, bookmark and note per ticket, and every escalation active', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    // Slack is slow to create channels (so a kill lands mid-step) and fails in every way, some after
    // doing the work; Zendesk answers 503s and writes a note it then reports as failed.
    slack.inject({ kind: 'latency', ms: 800, method: 'conversations.create' });
    slack.inject({ kind: 'error500', method: 'chat.postMessage', afterEffect: true, times: 3 });
    slack.inject({ kind: 'ratelimit', retryAfterSec: 1, method: 'bookmarks.add', times: 2 });
    slack.inject({ kind: 'error500', method: 'conversations.invite', afterEffect: true, times: 2 });
    slack.inject({ kind: 'drop', method: 'users.lookupByEmail', times: 2 });
    zendesk.faults.add({ status: 500, method: 'PUT', afterEffect: true, times: 3 });
    zendesk.faults.add({ status: 503, retryAfter: 1, method: 'GET', times: 3 });

    const posted = TICKETS.map((ticketId, i) => call(i % 2 ? b.url : a.url, 'POST', '/api/escalations', escalationRequest({ ticketId })));
    // A dies while channels are being created: its running steps are taken over when their leases end.
    await waitFor(() => slack.calls().filter((c) => c.method === 'conversations.create').length, (n) => n >= 3, 'channels being created', 30_000);
    a.child.kill('SIGKILL');
    await a.exited;
    const answers = await Promise.allSettled(posted);
    expect(answers.filter((r) => r.status === 'fulfilled' && (r.value.status === 201 || r.value.status === 200)).length).toBeGreaterThanOrEqual(TICKETS.length / 2);

    // The database drops every connection of every instance (a restart or failover).
    await admin((c) => c.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [appName]));
    const c = await startInstance();
    // A request that reached only A before it died is sent again, as the sidebar would.
    for (const ticketId of TICKETS) await call(c.url, 'POST', '/api/escalations', escalationRequest({ ticketId }));
    await admin((cl) => cl.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [appName]));

    // Operators press retry everywhere at once, whatever state each escalation is in.
    const ids = await Promise.all(TICKETS.map(async (t) => (await call(c.url, 'GET', `/api/escalations/by-ticket/${t}`)).body.id as string));
    await Promise.all(ids.flatMap((id) => Array.from({ length: 5 }, (_, i) => call(i % 2 ? b.url : c.url, 'POST', `/api/escalations/${id}/retry`))));

    const all = await waitFor(
      async () => ((await call(b.url, 'GET', '/api/escalations')).body.escalations as Escalation[] | undefined) ?? [],
      (escs) => escs.length === TICKETS.length && escs.every((e) => e.steps.every((s) => s.status === 'done') || e.state === 'failed'),
      'every escalation settled',
      150_000,
    );
    // A step that ran out of attempts under the faults is retried once more, now that they are over.
    for (const e of all.filter((x) => x.state === 'failed')) await call(b.url, 'POST', `/api/escalations/${e.id}/retry`);
    const settled = await waitFor(
      async () => ((await call(b.url, 'GET', '/api/escalations')).body.escalations as Escalation[] | undefined) ?? [],
      (escs) => escs.every((e) => e.steps.every((s) => s.status === 'done')),
      'every escalation complete',
      60_000,
    );

    for (const esc of settled) {
      const ticketId = esc.ticketIds[0]!;
      expect(esc.state).toBe('active');
      const channels = slack.channels().filter((ch) => ch.name.startsWith(`outage-${ticketId}-`));
      expect(channels).toHaveLength(1);
      const ch = channels[0]!;
      expect(esc.slack.channelId).toBe(ch.id);
      expect(ch.messages.filter((m) => JSON.stringify(m.blocks ?? []).includes(`esc-card-${esc.id}`))).toHaveLength(1);
      expect(ch.bookmarks.filter((bm) => bm.link.endsWith(`/agent/tickets/${ticketId}`))).toHaveLength(1);
      expect(zendesk.tickets.get(ticketId)!.comments.filter((cm) => cm.plainBody.includes(`[escalation ${esc.id}]`))).toHaveLength(1);
    }
    // The survivors are still up.
    expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${c.url}/readyz`)).status).toBe(200);
  });
});
