// The Slack stand-in: a local HTTP server that the real @slack/web-api WebClient talks to through
// `slackApiUrl`, plus a page where a person watches channels and posts as an engineer.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi, type ApiContext } from './api';
import { handleControl } from './control';
import { FaultTable } from './faults';
import { Outbound, type Delivery } from './outbound';
import type {
  CallRecord,
  ChannelSeed,
  ChannelView,
  Message,
  SlackFault,
  SlackUserSeed,
  StoredView,
  UsergroupSeed,
} from './types';
import { BOT_SCOPES } from '../../proxy/slack/scopes';
import { readState, StateWriter } from '../stateFile';
import { BOT_USER_ID, SlackApiError, Workspace, type WorkspaceState } from './workspace';
import { readBody } from '../readBody';

export type { CallRecord, ChannelView, Message, SlackFault, StoredView } from './types';
export type { Delivery } from './outbound';
export { signSlackRequest } from './signing';
export { BOT_USER_ID, DEFAULT_CHANNELS, DEFAULT_USERGROUPS, DEFAULT_USERS, SlackApiError, TEAM_ID } from './workspace';

export interface SlackStandInOptions {
  port?: number;
  host?: string;
  /** Default 'xoxb-sandbox-token'. */
  botToken?: string;
  /** Signs what the page sends to the proxy. */
  signingSecret?: string;
  /** Where /slack/events, /slack/commands and /slack/interactions go. */
  proxyUrl?: string;
  users?: SlackUserSeed[];
  usergroups?: UsergroupSeed[];
  channels?: ChannelSeed[];
  /** Added to every Web API call, on top of injected latency faults. */
  latencyMs?: number;
  /**
   * Ticket links on cards that the page should open in the local Zendesk sandbox instead, e.g.
   * { from: 'https://sandbox.zendesk.com', to: 'http://localhost:4567' }.
   */
  ticketLinks?: { from: string; to: string };
  /** Where loud lines go (unknown methods, failed deliveries). Default: stderr. */
  log?: (line: string) => void;
  /** A JSON file the workspace is read from at start and kept in (`npm start -- --keep`). */
  statePath?: string;
  /** The bot token's scopes (default: every scope slack-app-manifest.yaml asks for). */
  botScopes?: readonly string[];
}

export interface SlackStandIn {
  /** The page, e.g. http://127.0.0.1:PORT */
  url: string;
  /** url + '/api/': pass as WebClient's slackApiUrl. */
  apiUrl: string;
  botToken: string;
  botUserId: string;
  inject(fault: SlackFault): void;
  clearFaults(): void;
  calls(): ReadonlyArray<CallRecord>;
  channels(): ReadonlyArray<ChannelView>;
  views(): ReadonlyArray<StoredView>;
  /** What the stand-in sent to the proxy, and how the proxy answered. */
  deliveries(): ReadonlyArray<Delivery>;
  /**
   * A human message. With proxyUrl and signingSecret set, and the bot in the channel, the proxy gets
   * the signed message event; the promise settles once the proxy has answered it.
   */
  postAsUser(channelId: string, userId: string, text: string, opts?: { threadTs?: string }): Promise<Message>;
  /** Sends Slack's url_verification challenge to /slack/events; verified when the proxy echoes it. */
  verifyEventsUrl(): Promise<{ delivery: Delivery; verified: boolean }>;
  /** Runs a slash command as `userId` in a channel, as Slack would POST it to the proxy. */
  runSlashCommand(channelId: string, userId: string, command: string, text?: string): Promise<Delivery>;
  /** Submits an open modal with these input values ({ block_id: { action_id: value } }). */
  submitView(viewId: string, values: Record<string, Record<string, string>>): Promise<Delivery>;
  /** Stops sending anything to the proxy and waits for deliveries in flight (call before stopping the proxy). */
  disconnect(): Promise<void>;
  close(): Promise<void>;
}

export async function startSlackStandIn(opts: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const saved = opts.statePath ? readState<WorkspaceState>(opts.statePath) : null;
  const ws = new Workspace({ users: opts.users, usergroups: opts.usergroups, channels: opts.channels, ...(saved ? { state: saved } : {}) });
  const writer = opts.statePath ? new StateWriter(opts.statePath, () => ws.snapshot()) : null;
  writer?.flush();
  const ctx: ApiContext = {
    ws,
    faults: new FaultTable(opts.latencyMs ?? 0),
    botToken: opts.botToken ?? 'xoxb-sandbox-token',
    scopes: opts.botScopes ?? BOT_SCOPES,
    calls: [],
    log,
  };
  const outbound = new Outbound(ws, { proxyUrl: opts.proxyUrl, signingSecret: opts.signingSecret, log });
  // The Web API answers at once; the event about the bot's message follows on its own, as in Slack.
  ws.onBotMessage = (ch, m) => void outbound.messageEvent(ch, m);

  const postAsUser = async (channelId: string, userId: string, text: string, o: { threadTs?: string } = {}) => {
    const ch = ws.channel(channelId);
    if (!ws.user(userId) || userId === BOT_USER_ID) throw new SlackApiError('user_not_found');
    if (ch.isArchived) throw new SlackApiError('is_archived');
    if (text.trim() === '') throw new SlackApiError('no_text');
    // A person who writes in a public channel joins it, as in the Slack client.
    if (!ch.members.includes(userId)) ch.members.push(userId);
    const message = ws.post(ch, { user: userId, text, thread_ts: o.threadTs || undefined });
    await outbound.messageEvent(ch, message);
    return structuredClone(message);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in.local');
      try {
        const body = await readBody(req);
        const api = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
        if (api?.[1]) await handleApi(ctx, req, res, api[1], body, url.searchParams);
        else await handleControl({ ws, faults: ctx.faults, outbound, postAsUser, ticketLinks: opts.ticketLinks }, req, res, url, body);
        // Every change to the workspace comes through a request (the Web API or the page).
        if (req.method !== 'GET' || api) writer?.changed();
      } catch (err) {
        log(`[slack-stand-in] ${req.method} ${url.pathname} failed: ${err instanceof Error ? err.message : String(err)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'internal_error' }));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;
  outbound.baseUrl = url;

  return {
    url,
    apiUrl: `${url}/api/`,
    botToken: ctx.botToken,
    botUserId: BOT_USER_ID,
    inject: (fault) => ctx.faults.add(fault),
    clearFaults: () => ctx.faults.clear(),
    calls: () => structuredClone(ctx.calls),
    channels: () => structuredClone(ws.channels),
    views: () => structuredClone([...ws.views.values()]),
    deliveries: () => structuredClone(outbound.deliveries),
    postAsUser,
    verifyEventsUrl: () => outbound.urlVerification(),
    runSlashCommand: (channelId, userId, command, text = '') => outbound.slashCommand(channelId, userId, command, text),
    submitView: (viewId, values) => outbound.submitView(viewId, values),
    disconnect: () => outbound.detach(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          writer?.flush();
          return err ? reject(err) : resolve();
        });
        server.closeAllConnections();
      }),
  };
}
