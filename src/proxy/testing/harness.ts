// Integration harness: the real proxy over HTTP against the Slack and Zendesk stand-ins, on a test
// store (SQLite, or a Postgres schema), with the fast retry policy.
import { SignJWT } from 'jose';
import { startSlackStandIn } from '../../sandbox/slack/server';
import type { SlackStandIn } from '../../sandbox/slack/server';
import { startZendeskSandbox, SANDBOX_API_EMAIL, SANDBOX_API_TOKEN } from '../../sandbox/zendesk/server';
import { startJiraStandIn } from '../../sandbox/jira/server';
import { freePorts, startOnFreePorts } from '../../sandbox/ports';
import type { JiraStandIn } from '../../sandbox/jira/server';
import type { CreateEscalationRequest } from '../../core/api';
import { startProxy } from '../app';
import type { RunningProxy, StartOptions } from '../app';
import type { ProxyConfig } from '../config';
import { parseRouting } from '../config';
import { retryPolicies } from '../jobs/retryPolicies';
import type { Dialect } from '../store/db';
import { createTestStore } from '../store/testStores';
import type { TestStoreHandle } from '../store/testStores';

export const SECRET = 'test-shared-secret-0123456789abcdef';

/** What the wired stand-ins sign with (the proxy's SLACK_SIGNING_SECRET and ZENDESK_WEBHOOK_SECRET). */
export const SLACK_SIGNING_SECRET = 'test-signing';
export const ZENDESK_WEBHOOK_SECRET = 'wh';
export const JIRA_WEBHOOK_SECRET = 'test-jira-webhook-secret';

export const ROUTING = `{
  "triageChannel": "eng-triage",
  "supportChannel": "support-escalations",
  "issueTypes": {
    "outage": { "mode": "channel", "channelNameTemplate": "outage-{ticketId}-{slug}",
      "invitees": { "users": ["U0ONCALL1"], "usergroups": ["S0INCIDENT"], "emails": [] }, "maskIds": true },
    "problem": { "mode": "thread" }
  },
  "products": { "gradebook": { "invitees": { "users": ["U0GRADEBK"] } } }
}`;

/** ROUTING with outages and problems on the board (project ENG of the Jira stand-in). */
export const BOARD_ROUTING = ROUTING.replace('"maskIds": true }', '"maskIds": true, "board": { "project": "ENG", "issueType": "Bug" } }').replace(
  '"problem": { "mode": "thread" }',
  '"problem": { "mode": "thread", "board": { "project": "ENG", "issueType": "Task" } }',
);

export type Zendesk = Awaited<ReturnType<typeof startZendeskSandbox>>;

export interface Harness {
  slack: SlackStandIn;
  zendesk: Zendesk;
  /** The Jira stand-in, when started with `jira: true`. */
  jira: JiraStandIn | null;
  store: TestStoreHandle;
  proxy: RunningProxy;
  config: ProxyConfig;
  /** Starts another proxy instance on the same store (a restart after a crash, or a second instance). */
  startInstance(opts?: StartOptions & { leaseMs?: number }): Promise<RunningProxy>;
  post(path: string, body: unknown, token?: string | null): Promise<{ status: number; body: Record<string, unknown> }>;
  get(path: string, token?: string | null): Promise<{ status: number; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

export async function token(opts: { secret?: string; expInS?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: 'sandbox.zendesk.com' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.expInS ?? 300))
    .sign(new TextEncoder().encode(opts.secret ?? SECRET));
}

export function escalationRequest(over: Partial<CreateEscalationRequest> & { ticketId?: number; subject?: string } = {}): CreateEscalationRequest {
  const id = over.ticketId ?? 1001;
  return {
    ticket: { id, subject: over.subject ?? 'Gradebook not loading for the whole school', url: `https://sandbox.zendesk.com/agent/tickets/${id}`, organization: 'Lincoln High School', requester: 'Maria Alvarez' },
    issueType: 'outage',
    checklist: {
      issueType: over.issueType ?? 'outage',
      items: [
        { key: 'school', status: 'present', required: true, evidence: ['field 360001'] },
        { key: 'userIds', status: 'present', required: false, evidence: ['description: SID 4481923'] },
        { key: 'visuals', status: 'missing', required: true, evidence: [] },
      ],
      scopeLevel: 'school',
      complete: false,
      missingRequired: ['visuals'],
    },
    agent: { name: 'Sandbox Agent', email: 'agent@sandbox.example.com' },
    ...over,
  };
}

export type HarnessOptions = StartOptions & {
  respondWithinMs?: number;
  rateLimitPerMinute?: number;
  leaseMs?: number;
  wired?: boolean;
  /** Reach the test database another way (through a relay a test can cut). */
  databaseUrlVia?: (url: string) => string;
  metricsToken?: string;
  /** ZENDESK_APP_ID: 'sandbox' for the Zendesk stand-in's app id; default none (polling only). */
  zendeskAppId?: number | 'sandbox' | null;
  /**
   * Start the Jira stand-in and configure the proxy with it (the routing then defaults to BOARD_ROUTING);
   * `{ searchApi: 'legacy' }` plays a site with only the older issue search.
   */
  jira?: boolean | { searchApi: 'legacy' };
  /** The routing file's text (default ROUTING, or BOARD_ROUTING with jira). */
  routing?: string;
};

export async function startHarness(dialect: Dialect, opts: HarnessOptions = {}): Promise<Harness> {
  // Wired: the stand-ins send signed Slack events/commands/interactions and Zendesk webhooks to the
  // first proxy instance, so it listens on a port known before they start.
  return opts.wired ? startOnFreePorts(async () => startHarnessOn((await freePorts(1))[0]!, dialect, opts)) : startHarnessOn(0, dialect, opts);
}

async function startHarnessOn(port: number, dialect: Dialect, opts: HarnessOptions): Promise<Harness> {
  const proxyUrl = `http://127.0.0.1:${port}`;
  const slack = await startSlackStandIn({ port: 0, host: '127.0.0.1', ...(opts.wired ? { proxyUrl, signingSecret: SLACK_SIGNING_SECRET } : {}) });
  const zendesk = await startZendeskSandbox({ port: 0, host: '127.0.0.1', ...(opts.wired ? { webhook: { url: `${proxyUrl}/zendesk/events`, secret: ZENDESK_WEBHOOK_SECRET } } : {}) });
  const jira = opts.jira ? await startJiraStandIn({ log: () => {}, ...(typeof opts.jira === 'object' ? opts.jira : {}), ...(opts.wired ? { webhook: { url: `${proxyUrl}/jira/events`, secret: JIRA_WEBHOOK_SECRET } } : {}) }) : null;
  const store = await createTestStore(dialect);
  const routing = parseRouting(opts.routing ?? (opts.jira ? BOARD_ROUTING : ROUTING), 'test');
  if (!routing.ok) throw new Error(routing.errors.join('\n'));
  const config: ProxyConfig = {
    port,
    host: '127.0.0.1',
    databaseUrl: opts.databaseUrlVia ? opts.databaseUrlVia(store.url) : store.url,
    zafSharedSecret: SECRET,
    slack: { botToken: slack.botToken, signingSecret: SLACK_SIGNING_SECRET, apiUrl: slack.apiUrl },
    zendesk: {
      apiUrl: zendesk.apiUrl,
      email: SANDBOX_API_EMAIL,
      apiToken: SANDBOX_API_TOKEN,
      webhookSecret: ZENDESK_WEBHOOK_SECRET,
      appId: opts.zendeskAppId === 'sandbox' ? zendesk.appId : (opts.zendeskAppId ?? null),
    },
    routing: routing.routing,
    logLevel: 'silent',
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 10_000,
    bodyLimitBytes: 65536,
    // A lease far longer than any step even on a loaded machine, so no step runs twice concurrently.
    worker: { concurrency: 8, leaseMs: 15_000, pollMs: 100, retryPolicy: 'fast' },
    respondWithinMs: opts.respondWithinMs ?? 3000,
    metricsToken: opts.metricsToken ?? null,
    jira: jira ? { baseUrl: jira.url, email: jira.email, apiToken: jira.apiToken, webhookSecret: JIRA_WEBHOOK_SECRET } : null,
  };
  const instances: RunningProxy[] = [];
  const closed = new WeakSet<RunningProxy>();
  let wiredHolder: RunningProxy | null = null;
  const startInstance = async ({ leaseMs, ...o }: StartOptions & { leaseMs?: number } = {}) => {
    // One instance at a time holds the wired port (where the stand-ins send): the first, or the one
    // started after it closed (a restart keeps its address); the others listen anywhere.
    const takesWiredPort = !wiredHolder || closed.has(wiredHolder);
    const cfg = { ...config, port: takesWiredPort ? config.port : 0, ...(leaseMs ? { worker: { ...config.worker, leaseMs } } : {}) };
    const p = await startProxy(cfg, { retryPolicy: retryPolicies.fast, logger: false, searchPath: store.searchPath, drainMs: 2000, ...o });
    const close = p.close.bind(p);
    p.close = () => {
      closed.add(p);
      return close();
    };
    if (takesWiredPort) wiredHolder = p;
    instances.push(p);
    return p;
  };
  const { leaseMs: firstLease, respondWithinMs: _r, rateLimitPerMinute: _l, wired: _w, databaseUrlVia: _d, metricsToken: _m, zendeskAppId: _z, jira: _j, routing: _rt, ...firstOpts } =
    opts;
  let proxy: RunningProxy;
  try {
    proxy = await startInstance({ ...firstOpts, leaseMs: firstLease });
  } catch (e) {
    // A proxy that cannot start must not leave the stand-ins listening (Jest would never exit).
    await Promise.allSettled([store.dispose(), slack.close(), zendesk.close(), jira?.close()]);
    throw e;
  }
  let closing: Promise<void> | null = null;
  const call = async (method: string, path: string, body: unknown, tok: string | null | undefined) => {
    const headers: Record<string, string> = {};
    if (tok !== null) headers.authorization = `Bearer ${tok ?? (await token())}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(proxy.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    slack,
    zendesk,
    jira,
    store,
    proxy,
    config,
    startInstance,
    post: (path, body, tok) => call('POST', path, body, tok),
    get: (path, tok) => call('GET', path, undefined, tok),
    close() {
      // Once: a test whose next harness failed to start closes the last one again in its afterEach.
      closing ??= (async () => {
        // The stand-ins stop sending first: the proxies' last steps may post, and their events would go
        // to a proxy that no longer listens.
        await slack.disconnect();
        await Promise.all(instances.map((p) => p.close()));
        await store.dispose();
        await slack.close();
        await zendesk.close();
        await jira?.close();
      })();
      return closing;
    },
  };
}
