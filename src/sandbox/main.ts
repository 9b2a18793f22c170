import { randomBytes } from 'node:crypto';
import { startProxy } from '../proxy/app';
import { loadConfig } from '../proxy/config';
import { startSlackStandIn } from './slack/server';
import { SANDBOX_API_EMAIL, SANDBOX_API_TOKEN, startZendeskSandbox } from './zendesk/server';

// What `npm start` runs after the build: the Slack stand-in, the Zendesk sandbox (host page + API) and
// the proxy on SQLite, wired to each other; closed in reverse on SIGINT/SIGTERM. The shared secret and
// the signing secrets are made fresh at each start and handed over in-process: none is printed or stored.

type Service = { name: string; close(): Promise<void> };

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
  }
  return port;
}

const secret = () => randomBytes(24).toString('base64url');

async function main(): Promise<void> {
  const started: Service[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const service of started.reverse()) {
      await service.close().catch((e: Error) => console.error(`${service.name} did not close cleanly: ${e.message}`));
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const ports = {
      zendesk: portFromEnv('SANDBOX_PORT', 4567),
      slack: portFromEnv('SLACK_STANDIN_PORT', 8790),
      proxy: portFromEnv('PROXY_PORT', 8787),
    };
    const proxyUrl = `http://127.0.0.1:${ports.proxy}`;
    const secrets = { zaf: secret(), slackSigning: secret(), zendeskWebhook: secret() };

    const slack = await startSlackStandIn({ port: ports.slack, proxyUrl, signingSecret: secrets.slackSigning });
    started.push({ name: 'Slack stand-in', close: slack.close });

    const zendesk = await startZendeskSandbox({
      port: ports.zendesk,
      settings: { proxy_url: proxyUrl, shared_secret: secrets.zaf },
      webhook: { url: `${proxyUrl}/zendesk/events`, secret: secrets.zendeskWebhook },
    });
    started.push({ name: 'Zendesk sandbox', close: zendesk.close });

    const config = loadConfig({
      PORT: String(ports.proxy),
      HOST: '127.0.0.1',
      DATABASE_URL: process.env.DATABASE_URL ?? './data/sandbox.sqlite',
      ZAF_SHARED_SECRET: secrets.zaf,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: secrets.slackSigning,
      SLACK_API_URL: slack.apiUrl,
      ZENDESK_API_URL: zendesk.apiUrl,
      ZENDESK_EMAIL: SANDBOX_API_EMAIL,
      ZENDESK_API_TOKEN: SANDBOX_API_TOKEN,
      ZENDESK_WEBHOOK_SECRET: secrets.zendeskWebhook,
      ESCALATION_CONFIG: process.env.ESCALATION_CONFIG,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    if (!config.ok) throw new Error(`proxy configuration: ${config.errors.join('; ')}`);
    const proxy = await startProxy(config.config, { slackWorkspaceUrl: slack.url });
    started.push({ name: 'proxy', close: proxy.close });

    console.log(`Sandbox ready: open ${zendesk.url}  (Slack stand-in: ${slack.url}, proxy: ${proxy.url})`);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const reason =
      error.code === 'EADDRINUSE'
        ? 'a port is in use (set SANDBOX_PORT, SLACK_STANDIN_PORT or PROXY_PORT to free ones)'
        : error.message;
    console.error(`Sandbox could not start: ${reason}`);
    await stop(1);
  }
}

void main();
