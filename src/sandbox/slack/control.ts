// The stand-in's own routes (not Slack's): the page, its state feed, faults over HTTP, and the
// actions a person takes on the page (post as a user, run a slash command, submit a modal).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { faultSchema, type FaultTable } from './faults';
import type { Outbound } from './outbound';
import { escapeTyped } from './mrkdwn';
import { PAGE_HTML } from './page';
import type { Message } from './types';
import { SlackApiError, type Workspace } from './workspace';

export interface ControlContext {
  ws: Workspace;
  faults: FaultTable;
  outbound: Outbound;
  postAsUser: (channelId: string, userId: string, text: string, o?: { threadTs?: string }) => Promise<Message>;
  /** Ticket links on cards that point at the sandbox's made-up Zendesk, and the local page to open instead. */
  ticketLinks?: { from: string; to: string };
}

const postSchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  text: z.string().min(1).max(40000),
  thread_ts: z.string().optional(),
});
const commandSchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  command: z.string().regex(/^\/[a-z0-9_-]+$/),
  text: z.string().max(4000).default(''),
});
const submitSchema = z.object({ values: z.record(z.string(), z.record(z.string(), z.string())) });

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function parse<T>(schema: z.ZodType<T>, body: string): T {
  let value: unknown;
  try {
    value = JSON.parse(body || '{}');
  } catch {
    throw new BadRequest('body is not JSON');
  }
  const r = schema.safeParse(value);
  if (!r.success) throw new BadRequest(r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return r.data;
}

class BadRequest extends Error {}

function state(ctx: ControlContext): Record<string, unknown> {
  const { ws } = ctx;
  return {
    users: ws.users.map((u) => ({ id: u.id, name: u.name, isBot: u.isBot ?? false })),
    channels: ws.channels,
    views: [...ws.views.values()].filter((v) => !v.closed && v.view.type === 'modal'),
    faults: ctx.faults.list(),
    deliveries: ctx.outbound.deliveries.slice(-20),
    connected: ctx.outbound.connected,
    ticketLinks: ctx.ticketLinks ?? null,
  };
}

export async function handleControl(
  ctx: ControlContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  try {
    if (route === 'GET /') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
      });
      res.end(PAGE_HTML);
      return;
    }
    if (route === 'GET /_stand-in/state') return json(res, 200, state(ctx));
    if (route === 'GET /_stand-in/faults') return json(res, 200, { faults: ctx.faults.list() });
    if (route === 'POST /_stand-in/faults') {
      ctx.faults.add(parse(faultSchema, body));
      return json(res, 201, { faults: ctx.faults.list() });
    }
    if (route === 'DELETE /_stand-in/faults') {
      ctx.faults.clear();
      return json(res, 200, { faults: [] });
    }
    if (route === 'POST /_stand-in/post') {
      const p = parse(postSchema, body);
      // What a person types reaches the API escaped, as Slack sends it: "<b> & co" is text, not markup.
      return json(res, 201, { message: await ctx.postAsUser(p.channel, p.user, escapeTyped(p.text), { threadTs: p.thread_ts }) });
    }
    if (route === 'POST /_stand-in/command') {
      const c = parse(commandSchema, body);
      if (!ctx.outbound.connected) throw new BadRequest('no proxyUrl/signingSecret configured: nothing receives commands');
      return json(res, 200, { delivery: await ctx.outbound.slashCommand(c.channel, c.user, c.command, c.text) });
    }
    const submit = /^POST \/_stand-in\/views\/([A-Z0-9]+)\/submit$/.exec(route);
    if (submit?.[1]) {
      const s = parse(submitSchema, body);
      if (!ctx.outbound.connected) throw new BadRequest('no proxyUrl/signingSecret configured: nothing receives submissions');
      return json(res, 200, { delivery: await ctx.outbound.submitView(submit[1], s.values) });
    }
    const close = /^POST \/_stand-in\/views\/([A-Z0-9]+)\/close$/.exec(route);
    if (close?.[1]) {
      const v = ctx.ws.views.get(close[1]);
      if (!v) return json(res, 404, { ok: false, error: 'not_found' });
      v.closed = true;
      return json(res, 200, { ok: true });
    }
    // response_url of a slash command: the proxy may answer the command later through it.
    const respond = /^POST \/_stand-in\/respond\/([A-Z0-9]+)\/([A-Z0-9]+)$/.exec(route);
    if (respond?.[1] && respond[2]) {
      ctx.outbound.showReply(ctx.ws.channel(respond[1]), respond[2], body);
      return json(res, 200, { ok: true });
    }
    json(res, 404, { ok: false, error: `no route ${route}` });
  } catch (err) {
    if (err instanceof BadRequest) return json(res, 400, { ok: false, error: err.message });
    if (err instanceof SlackApiError) return json(res, 400, { ok: false, error: err.code });
    if (err instanceof z.ZodError) return json(res, 400, { ok: false, error: err.issues.map((i) => i.message).join('; ') });
    throw err;
  }
}
