// The Web API endpoint: POST (form or JSON) or GET /api/<method>, token check, faults, and a record
// of every call so tests can prove what happened exactly once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultTable } from './faults';
import { isRecord, type Args } from './methods/args';
import { METHODS } from './methods';
import type { CallRecord } from './types';
import { SlackApiError, type Workspace } from './workspace';

export interface ApiContext {
  ws: Workspace;
  faults: FaultTable;
  botToken: string;
  /** Granted to the bot token; every authenticated answer lists them in x-oauth-scopes, as Slack does. */
  scopes: readonly string[];
  calls: CallRecord[];
  log: (line: string) => void;
}

type Parsed = { ok: true; args: Args } | { ok: false; error: string };

/** Arguments from the query string and the body, as Slack reads them for each content type. */
export function parseArgs(contentType: string | undefined, rawBody: string, query: URLSearchParams): Parsed {
  const args: Args = Object.fromEntries(query);
  if (rawBody.trim() === '') return { ok: true, args };
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { ok: false, error: 'invalid_json' };
    }
    if (!isRecord(body)) return { ok: false, error: 'json_not_object' };
    return { ok: true, args: { ...args, ...body } };
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, args: { ...args, ...Object.fromEntries(new URLSearchParams(rawBody)) } };
  }
  return { ok: false, error: type ? 'invalid_post_type' : 'missing_post_type' };
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  rawBody: string,
  query: URLSearchParams,
): Promise<void> {
  const at = Date.now();
  const parsed = parseArgs(req.headers['content-type'], rawBody, query);
  const args = parsed.ok ? parsed.args : {};
  const { token: bodyToken, ...recorded } = args;
  const plan = ctx.faults.take(method);
  const record = (outcome: string) =>
    ctx.calls.push({ method, args: recorded, at, respondedAt: Date.now(), delayMs: plan.delayMs, outcome });

  if (plan.delayMs > 0) await sleep(plan.delayMs);
  const failure = plan.failure;
  if (failure?.kind === 'drop') {
    record('dropped');
    req.socket.destroy();
    return;
  }
  if (failure?.kind === 'ratelimit') {
    record('ratelimited');
    send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfterSec) });
    return;
  }
  if (failure?.kind === 'error') {
    record(failure.error);
    send(res, 200, { ok: false, error: failure.error });
    return;
  }
  if (failure?.kind === 'error500' && !failure.afterEffect) {
    record('http_500');
    send(res, 500, { ok: false, error: 'internal_error' });
    return;
  }

  const handler = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (!handler) {
    // A method the stand-in lacks is a gap in the stand-in, not a Slack answer: say so on stderr.
    ctx.log(`[slack-stand-in] unknown method called: ${method}`);
    record('unknown_method');
    send(res, 404, { ok: false, error: 'unknown_method', req_method: method });
    return;
  }
  if (!parsed.ok) {
    record(parsed.error);
    send(res, 200, { ok: false, error: parsed.error });
    return;
  }
  const token = bearer(req) ?? (typeof bodyToken === 'string' ? bodyToken : undefined);
  if (!token || token !== ctx.botToken) {
    const error = token ? 'invalid_auth' : 'not_authed';
    record(error);
    send(res, 200, { ok: false, error });
    return;
  }
  const scopes = { 'x-oauth-scopes': ctx.scopes.join(',') };
  try {
    const result = handler(ctx.ws, recorded);
    if (failure?.kind === 'error500') {
      // Done, but the answer says otherwise: the caller must find its effect on the next attempt.
      record('ok_then_http_500');
      send(res, 500, { ok: false, error: 'internal_error' });
      return;
    }
    record('ok');
    send(res, 200, { ok: true, ...result }, scopes);
  } catch (err) {
    if (err instanceof SlackApiError) {
      record(err.code);
      send(res, 200, { ok: false, error: err.code, ...err.extra }, scopes);
      return;
    }
    ctx.log(`[slack-stand-in] ${method} failed: ${err instanceof Error ? err.message : String(err)}`);
    record('internal_error');
    send(res, 500, { ok: false, error: 'internal_error' });
  }
}
