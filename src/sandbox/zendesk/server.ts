import Fastify from 'fastify';
import { join, resolve } from 'node:path';
import { zendeskApi } from './api';
import { ApiFaults } from './faults';
import { hostRoutes, type SandboxContext } from './hostRoutes';
import { AppNotifications, SANDBOX_APP_ID, type AppNotification } from './notifications';
import { loadPageAssets } from './pageAssets';
import { sampleTickets } from './sampleTickets';
import { defaultSettings, readManifest } from './settings';
import { readState, StateWriter } from '../stateFile';
import { SandboxRules, type RulesState } from './rules';
import { SandboxTickets, type TicketsState } from './tickets';
import { deliverWebhook, statusChangedBody, type WebhookDelivery, type WebhookTarget } from './webhook';

export { SandboxTickets } from './tickets';
export type { WebhookDelivery } from './webhook';
export type { ApiFault } from './faults';
export type { AppNotification } from './notifications';
export { SANDBOX_APP_ID } from './notifications';

export const SANDBOX_API_EMAIL = 'agent@sandbox.example.com';
export const SANDBOX_API_TOKEN = 'sandbox-api-token';

export type ZendeskSandboxOptions = {
  /** 0 picks a free port (tests). */
  port?: number;
  /** Interface to listen on; the page uses http://localhost and the app http://127.0.0.1 on it. */
  host?: string;
  /** Default <cwd>/dist. */
  appDist?: string;
  /** Installation settings, merged over the defaults. */
  settings?: Record<string, string>;
  /** What the API accepts as Basic `{email}/token:{apiToken}`. */
  apiEmail?: string;
  apiToken?: string;
  /** Where a ticket status change is posted, signed as Zendesk signs webhooks. */
  webhook?: WebhookTarget;
  /** Where manifest.json is read from (domainWhitelist, secure parameters); default <cwd>. */
  manifestDir?: string;
  /** Timeout for client.request forwarding, in ms (default 15 s). */
  requestTimeoutMs?: number;
  /** A JSON file the tickets, webhooks and triggers are read from at start and kept in (`npm start -- --keep`). */
  statePath?: string;
  /** The installed app's id: metadata.appId, and the `app_id` the notify endpoint accepts (default SANDBOX_APP_ID). */
  appId?: number;
};

type SavedState = { tickets: TicketsState; rules: RulesState };

export type ZendeskSandbox = {
  /** The host page (agent workspace). */
  url: string;
  /** Use in place of https://<subdomain>.zendesk.com; clients append /api/v2/... */
  apiUrl: string;
  apiEmail: string;
  apiToken: string;
  tickets: SandboxTickets;
  /** Webhooks and triggers created through the API. */
  rules: SandboxRules;
  /** Faults the API answers with next (429 + Retry-After, 5xx, dropped connection, delay). */
  faults: ApiFaults;
  /** The live installation settings (secure ones included); change them to reconfigure the app. */
  settings: Record<string, string>;
  /** The installed app's id (ZENDESK_APP_ID for a proxy pointed here). */
  appId: number;
  /** Apps API notifications accepted so far, oldest first (each also delivered to the open app iframes). */
  appNotifications: AppNotification[];
  /** Webhook posts made so far, oldest first. */
  webhookDeliveries: WebhookDelivery[];
  /** Resolves once every webhook started so far has been delivered or has failed. */
  webhooksSettled(): Promise<void>;
  close(): Promise<void>;
};

export async function startZendeskSandbox(opts: ZendeskSandboxOptions = {}): Promise<ZendeskSandbox> {
  const cwd = process.cwd();
  const apiEmail = opts.apiEmail ?? SANDBOX_API_EMAIL;
  const apiToken = opts.apiToken ?? SANDBOX_API_TOKEN;
  const saved = opts.statePath ? readState<SavedState>(opts.statePath) : null;
  const tickets = new SandboxTickets(saved?.tickets ?? sampleTickets());
  let writer: StateWriter<SavedState> | null = null;
  const rules = new SandboxRules(saved?.rules ?? null, () => writer?.changed());
  if (opts.statePath) {
    writer = new StateWriter(opts.statePath, () => ({ tickets: tickets.snapshot(), rules: rules.snapshot() }));
    tickets.subscribe(() => writer?.changed());
    writer.flush();
  }
  const settings = { ...defaultSettings(), ...opts.settings };
  const appId = opts.appId ?? SANDBOX_APP_ID;
  const notifications = new AppNotifications();
  let pageAssets: ReturnType<typeof loadPageAssets> | undefined;
  const ctx: SandboxContext = {
    tickets,
    settings,
    manifest: readManifest(opts.manifestDir ?? cwd),
    hostOrigin: '',
    appOrigin: '',
    apiUrl: '',
    appDist: resolve(opts.appDist ?? join(cwd, 'dist')),
    alwaysAllowed: [],
    apiAuthorization: `Basic ${Buffer.from(`${apiEmail}/token:${apiToken}`).toString('base64')}`,
    requestTimeoutMs: opts.requestTimeoutMs ?? 15_000,
    pageAssets: () => (pageAssets ??= loadPageAssets(join(cwd, 'src/sandbox/zendesk/page'))),
    streams: new Set(),
    appId,
    notifications,
  };

  const faults = new ApiFaults();
  // Browsers keep sockets open (SSE, keep-alive, preconnects): close must not wait for them.
  const app = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024, forceCloseConnections: true });
  await app.register(zendeskApi, { prefix: '/api/v2', tickets, apiEmail, apiToken, baseUrl: () => ctx.apiUrl, faults, rules, appId, notifications });
  await app.register(hostRoutes, ctx);

  const webhookDeliveries: WebhookDelivery[] = [];
  const pending = new Set<Promise<void>>();
  const stopWebhooks = tickets.subscribe(({ ticket, previous }) => {
    if (!opts.webhook || ticket.status === previous.status) return;
    const delivery = deliverWebhook(opts.webhook, statusChangedBody(ticket, previous.status)).then((d) => {
      webhookDeliveries.push(d);
    });
    pending.add(delivery);
    void delivery.finally(() => pending.delete(delivery));
  });

  await app.listen({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  // Two origins on one port, so the SDK's origin checks run for real.
  ctx.hostOrigin = `http://localhost:${port}`;
  ctx.appOrigin = `http://127.0.0.1:${port}`;
  ctx.apiUrl = `http://127.0.0.1:${port}`;
  ctx.alwaysAllowed = [ctx.apiUrl, ctx.hostOrigin, settings.proxy_url ?? ''].filter(Boolean);
  tickets.attachmentBaseUrl = ctx.apiUrl;
  // Warm the page in the background; a broken page file shows up on the page request, not here.
  ctx.pageAssets().catch(() => undefined);

  return {
    url: `${ctx.hostOrigin}/`,
    apiUrl: ctx.apiUrl,
    apiEmail,
    apiToken,
    tickets,
    rules,
    faults,
    settings,
    appId,
    appNotifications: notifications.received,
    webhookDeliveries,
    webhooksSettled: async () => {
      await Promise.all([...pending]);
    },
    close: async () => {
      stopWebhooks();
      for (const stream of ctx.streams) stream.end();
      await app.close();
      writer?.flush();
    },
  };
}
