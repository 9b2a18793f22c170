import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startProxy, type RunningProxy } from '../proxy/app';
import { loadConfig } from '../proxy/config';
import { startJiraStandIn, type JiraStandIn } from './jira/server';
import { startSlackStandIn, type SlackStandIn } from './slack/server';
import { freePorts, startOnFreePorts } from './ports';
import { SANDBOX_API_EMAIL, SANDBOX_API_TOKEN, startZendeskSandbox } from './zendesk/server';

// The whole story on one machine: the Slack stand-in, the Zendesk sandbox (host page + API) and the
// proxy, wired to each other. `npm start` and the browser tests both start it. The shared secret and
// the signing secrets are made fresh at each start and handed over in-process: none is printed or stored.
//
// All three start from the same state: fresh by default (the proxy's store in a temporary folder,
// removed at close; the stand-ins in memory), or, with `keep`, all three kept under dataDir
// (sandbox.sqlite, sandbox/zendesk.json, sandbox/slack.json), so a restart finds what it left.

export type LocalStack = {
  zendesk: Awaited<ReturnType<typeof startZendeskSandbox>>;
  slack: SlackStandIn;
  jira: JiraStandIn;
  proxy: RunningProxy;
  close(): Promise<void>;
};

export type LocalStackOptions = {
  /** 0 or absent: a free port. */
  ports?: { zendesk?: number; slack?: number; proxy?: number; jira?: number };
  /** Keep every part's state under dataDir across restarts (default: fresh each start). */
  keep?: boolean;
  /** Where kept state lives (default ./data). */
  dataDir?: string;
  /** The proxy's store; overrides the one keep/fresh would choose. */
  databaseUrl?: string;
  escalationConfig?: string;
  logLevel?: string;
  appDist?: string;
};

const secret = () => randomBytes(24).toString('base64url');

/** Kept state is all three parts' or none: a proxy store without the stand-ins' files (an older npm start left it) would contradict them. */
function assertKeptTogether(kept: { db: string; zendesk: string; slack: string }): void {
  const present = [kept.db, kept.zendesk, kept.slack].filter((f) => existsSync(f));
  if (present.length === 0 || present.length === 3) return;
  const missing = [kept.db, kept.zendesk, kept.slack].filter((f) => !existsSync(f));
  throw new Error(`--keep found ${present.join(', ')} but not ${missing.join(', ')}: delete the data/sandbox* files to begin afresh, or start without --keep`);
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const wanted = options.ports ?? {};
  const allGiven = Boolean(wanted.zendesk && wanted.slack && wanted.proxy && wanted.jira);
  // Given ports are not probed: a taken one is the caller's to know about.
  return allGiven ? startStack(options) : startOnFreePorts(() => startStack(options));
}

async function startStack(options: LocalStackOptions): Promise<LocalStack> {
  const [zendeskPort, slackPort, proxyPort, jiraPort] = await freePorts(4);
  const wanted = options.ports ?? {};
  const ports = { zendesk: wanted.zendesk || zendeskPort!, slack: wanted.slack || slackPort!, proxy: wanted.proxy || proxyPort!, jira: wanted.jira || jiraPort! };
  const proxyUrl = `http://127.0.0.1:${ports.proxy}`;
  const secrets = { zaf: secret(), slackSigning: secret(), zendeskWebhook: secret(), jiraWebhook: secret() };

  const dataDir = resolve(options.dataDir ?? 'data');
  const kept = options.keep ? { db: join(dataDir, 'sandbox.sqlite'), zendesk: join(dataDir, 'sandbox/zendesk.json'), slack: join(dataDir, 'sandbox/slack.json') } : null;
  if (kept && !options.databaseUrl) assertKeptTogether(kept);
  const scratch = kept || options.databaseUrl ? null : mkdtempSync(join(tmpdir(), 'escalation-sandbox-'));
  const started: Array<() => Promise<void>> = [];
  if (scratch) started.push(async () => rmSync(scratch, { recursive: true, force: true }));
  let slackStandIn: SlackStandIn | null = null;
  const close = async () => {
    // The Slack stand-in stops sending first: the proxy's last steps may post while it drains, and
    // their message events would go to a proxy that no longer listens.
    await slackStandIn?.disconnect();
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  try {
    // The app builds ticket links from the sandbox's subdomain ("sandbox"): the Slack page opens them here.
    const ticketLinks = { from: 'https://sandbox.zendesk.com', to: `http://localhost:${ports.zendesk}` };
    const slack = await startSlackStandIn({
      port: ports.slack,
      proxyUrl,
      signingSecret: secrets.slackSigning,
      ticketLinks,
      ...(kept ? { statePath: kept.slack } : {}),
    });
    slackStandIn = slack;
    started.push(slack.close);

    const zendesk = await startZendeskSandbox({
      port: ports.zendesk,
      appDist: options.appDist,
      settings: { proxy_url: proxyUrl, shared_secret: secrets.zaf },
      webhook: { url: `${proxyUrl}/zendesk/events`, secret: secrets.zendeskWebhook },
      ...(kept ? { statePath: kept.zendesk } : {}),
    });
    started.push(zendesk.close);

    // The board: Jira's REST API for the proxy, and a page that moves issues and sends the signed webhook.
    // Its kept state is optional: a data/ folder from before the board simply starts with no issues.
    const jira = await startJiraStandIn({
      port: ports.jira,
      webhook: { url: `${proxyUrl}/jira/events`, secret: secrets.jiraWebhook },
      ...(kept ? { statePath: join(dataDir, 'sandbox/jira.json') } : {}),
    });
    started.push(jira.close);

    const config = loadConfig({
      PORT: String(ports.proxy),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl ?? kept?.db ?? join(scratch!, 'sandbox.sqlite'),
      ZAF_SHARED_SECRET: secrets.zaf,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: secrets.slackSigning,
      SLACK_API_URL: slack.apiUrl,
      ZENDESK_API_URL: zendesk.apiUrl,
      ZENDESK_EMAIL: SANDBOX_API_EMAIL,
      ZENDESK_API_TOKEN: SANDBOX_API_TOKEN,
      ZENDESK_WEBHOOK_SECRET: secrets.zendeskWebhook,
      // The sandbox's installed app: the proxy pushes escalation_updated to it, so the sidebar follows live.
      ZENDESK_APP_ID: String(zendesk.appId),
      JIRA_BASE_URL: jira.url,
      JIRA_EMAIL: jira.email,
      JIRA_API_TOKEN: jira.apiToken,
      JIRA_WEBHOOK_SECRET: secrets.jiraWebhook,
      ESCALATION_CONFIG: options.escalationConfig,
      LOG_LEVEL: options.logLevel ?? 'warn',
    });
    if (!config.ok) throw new Error(`proxy configuration: ${config.errors.join('; ')}`);
    const proxy = await startProxy(config.config, { slackWorkspaceUrl: slack.url });
    started.push(proxy.close);

    return { zendesk, slack, jira, proxy, close };
  } catch (e) {
    await close();
    throw e;
  }
}
