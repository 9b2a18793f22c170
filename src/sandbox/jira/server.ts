// The Jira stand-in: a local HTTP server that the real jira.js Version3Client talks to (its `host`
// pointed here), a page listing the issues that moves one through To Do → In Progress → Done, and
// the signed issue webhook to the proxy. Faults (429 with Retry-After, 5xx, optionally after the
// effect) are injected by tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readState, StateWriter } from '../stateFile';
import { authorized, handleJiraApi, routeOf, UNAUTHORIZED, unknownRequest } from './api';
import type { ApiContext, ApiResponse, Operation } from './api';
import { renderPage } from './page';
import { DEFAULT_PROJECTS, JiraSite, STATUSES } from './site';
import type { JiraIssue, JiraProject, SiteState, StatusName } from './site';
import { deliverJiraWebhook, issueUpdatedBody } from './webhook';
import type { JiraWebhookDelivery, JiraWebhookTarget } from './webhook';
import { readBody } from '../readBody';

export { signJiraWebhook } from './webhook';
export type { JiraIssue } from './site';

export const SANDBOX_JIRA_EMAIL = 'escalations-bot@sandbox.example';
export const SANDBOX_JIRA_TOKEN = 'sandbox-jira-api-token';

/** What a test makes the next matching calls answer instead (or, with only delayMs, how long they take). */
export interface JiraFault {
  op?: Operation;
  status?: 429 | 500 | 502 | 503;
  /** Wait this long before answering (a slow Jira). */
  delayMs?: number;
  retryAfterSec?: number;
  /** How many calls it hits (default: until cleared). */
  times?: number;
  /** The call does its work, then answers with the error (a lost response). */
  afterEffect?: boolean;
}

export interface JiraCall {
  op: Operation;
  method: string;
  path: string;
  status: number;
  body?: unknown;
}

export interface JiraStandInOptions {
  port?: number;
  host?: string;
  email?: string;
  apiToken?: string;
  projects?: JiraProject[];
  /** Where jira:issue_updated goes; set later with setWebhook when the proxy's URL is not known yet. */
  webhook?: JiraWebhookTarget;
  latencyMs?: number;
  /** 'legacy': a site that only has the older /rest/api/3/search (see ApiContext.searchApi). */
  searchApi?: 'enhanced' | 'legacy';
  statePath?: string;
  log?: (line: string) => void;
}

export interface JiraStandIn {
  /** The site's base URL: jira.js's `host`, and the page. */
  url: string;
  email: string;
  apiToken: string;
  issues(): JiraIssue[];
  calls(): JiraCall[];
  inject(fault: JiraFault): void;
  clearFaults(): void;
  setWebhook(target: JiraWebhookTarget | null): void;
  /** Moves an issue as a person on the page does, and sends the webhook; answers its delivery. */
  move(key: string, to: StatusName): Promise<JiraWebhookDelivery | null>;
  deliveries(): JiraWebhookDelivery[];
  close(): Promise<void>;
}

function send(res: ServerResponse, r: ApiResponse): void {
  const headers = { ...(r.body === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' }), ...r.headers };
  res.writeHead(r.status, headers);
  res.end(r.body === undefined ? undefined : JSON.stringify(r.body));
}

export async function startJiraStandIn(opts: JiraStandInOptions = {}): Promise<JiraStandIn> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const site = new JiraSite(opts.projects ?? DEFAULT_PROJECTS);
  const saved = opts.statePath ? readState<SiteState>(opts.statePath) : null;
  if (saved) site.state = saved;
  const writer = opts.statePath ? new StateWriter(opts.statePath, () => site.state) : null;
  writer?.flush();
  let webhook: JiraWebhookTarget | null = opts.webhook ?? null;
  let faults: JiraFault[] = [];
  const calls: JiraCall[] = [];
  const deliveries: JiraWebhookDelivery[] = [];
  const pending = new Set<Promise<unknown>>();
  let baseUrl = '';

  const sendWebhook = (issue: JiraIssue, from: string): Promise<JiraWebhookDelivery | null> => {
    if (!webhook) return Promise.resolve(null);
    const p = deliverJiraWebhook(webhook, issueUpdatedBody(issue, from, baseUrl, new Date())).then((d) => {
      deliveries.push(d);
      if (d.status === null || d.status >= 300) log(`[jira-stand-in] webhook to ${webhook?.url}: ${d.status ?? d.error}`);
      return d;
    });
    pending.add(p);
    void p.finally(() => pending.delete(p));
    return p;
  };

  const ctx: ApiContext = {
    site,
    get baseUrl() {
      return baseUrl;
    },
    credentials: { email: opts.email ?? SANDBOX_JIRA_EMAIL, apiToken: opts.apiToken ?? SANDBOX_JIRA_TOKEN },
    onTransition: (issue, from) => void sendWebhook(issue, from),
    searchApi: opts.searchApi ?? 'enhanced',
  };

  const takeFault = (op: Operation): JiraFault | null => {
    const i = faults.findIndex((f) => f.op === undefined || f.op === op);
    const f = faults[i];
    if (!f) return null;
    if (f.times !== undefined) {
      if (f.times <= 1) faults.splice(i, 1);
      else faults[i] = { ...f, times: f.times - 1 };
    }
    return f;
  };

  const faultResponse = (f: JiraFault): ApiResponse =>
    f.status === 429
      ? { status: 429, headers: { 'retry-after': String(f.retryAfterSec ?? 1) }, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } }
      : { status: f.status ?? 500, body: { errorMessages: ['Internal server error'], errors: {} } };

  async function api(req: IncomingMessage, url: URL, raw: string): Promise<ApiResponse> {
    const route = routeOf(req.method ?? 'GET', url.pathname);
    if (!route) {
      log(`[jira-stand-in] unknown request ${req.method} ${url.pathname}: the stand-in does not implement it`);
      return unknownRequest({ method: req.method ?? 'GET', path: url.pathname });
    }
    if (!authorized(req.headers, ctx.credentials)) return UNAUTHORIZED;
    let body: unknown = undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return { status: 400, body: { errorMessages: ['Unexpected character in the request body: it is not JSON.'], errors: {} } };
      }
    }
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    const taken = takeFault(route.op);
    if (taken?.delayMs) await new Promise((r) => setTimeout(r, taken.delayMs));
    const fault = taken?.status ? taken : null;
    if (fault && !fault.afterEffect) return faultResponse(fault);
    const answer = handleJiraApi(ctx, route.op, route.issueKey, { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body });
    calls.push({ op: route.op, method: req.method ?? 'GET', path: url.pathname + url.search, status: fault?.status ?? answer.status, ...(body === undefined ? {} : { body }) });
    return fault ? faultResponse(fault) : answer;
  }

  async function control(req: IncomingMessage, res: ServerResponse, url: URL, raw: string): Promise<void> {
    if (req.method === 'GET' && url.pathname === '/') {
      const last = deliveries.at(-1);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(renderPage(site.state.issues, last ? (last.status === null ? `failed (${last.error})` : `HTTP ${last.status}`) : null));
      return;
    }
    const move = /^\/_stand-in\/issues\/([^/]+)\/move$/.exec(url.pathname);
    if (req.method === 'POST' && move) {
      const to = new URLSearchParams(raw).get('to') as StatusName | null;
      const issue = site.issue(decodeURIComponent(move[1]!));
      if (!issue || !to || !(to in STATUSES)) return send(res, { status: 400, body: { errorMessages: ['unknown issue or status'], errors: {} } });
      if (issue.status !== to) {
        const { from } = site.transition(issue, to);
        await sendWebhook(issue, from);
      }
      res.writeHead(303, { location: `/#${encodeURIComponent(issue.key)}` });
      res.end();
      return;
    }
    send(res, { status: 404, body: { errorMessages: [`no page ${url.pathname}`], errors: {} } });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://jira-stand-in.local');
      try {
        const raw = await readBody(req);
        if (url.pathname.startsWith('/rest/')) send(res, await api(req, url, raw));
        else await control(req, res, url, raw);
        if (req.method !== 'GET') writer?.changed();
      } catch (err) {
        log(`[jira-stand-in] ${req.method} ${url.pathname} failed: ${err instanceof Error ? err.message : String(err)}`);
        if (!res.headersSent) send(res, { status: 500, body: { errorMessages: ['Internal server error'], errors: {} } });
        else res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  baseUrl = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;

  return {
    url: baseUrl,
    email: ctx.credentials.email,
    apiToken: ctx.credentials.apiToken,
    issues: () => structuredClone(site.state.issues),
    calls: () => structuredClone(calls),
    inject: (f) => void faults.push({ ...f }),
    clearFaults: () => void (faults = []),
    setWebhook: (t) => void (webhook = t),
    async move(key, to) {
      const issue = site.issue(key);
      if (!issue) throw new Error(`no issue ${key}`);
      if (issue.status === to) return null;
      const { from } = site.transition(issue, to);
      writer?.changed();
      return sendWebhook(issue, from);
    },
    deliveries: () => structuredClone(deliveries),
    async close() {
      webhook = null;
      await Promise.allSettled([...pending]);
      await new Promise<void>((resolve, reject) => {
        server.close((err) => {
          writer?.flush();
          return err ? reject(err) : resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
