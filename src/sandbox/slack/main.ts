// Runs the Slack stand-in alone: `npx tsx src/sandbox/slack/main.ts`.
// SLACK_STANDIN_PORT (default 8790), SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, PROXY_URL (e.g.
// http://127.0.0.1:8787: where events, commands and modal submissions go), SLACK_STANDIN_LATENCY_MS.
import { startSlackStandIn } from './server';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`${name} must be a whole number, got "${raw}"\n`);
    process.exit(1);
  }
  return n;
}

const standIn = await startSlackStandIn({
  port: intEnv('SLACK_STANDIN_PORT', 8790),
  botToken: process.env.SLACK_BOT_TOKEN || undefined,
  signingSecret: process.env.SLACK_SIGNING_SECRET || undefined,
  proxyUrl: process.env.PROXY_URL || undefined,
  latencyMs: intEnv('SLACK_STANDIN_LATENCY_MS', 0),
});
process.stdout.write(`Slack stand-in: page ${standIn.url}  Web API ${standIn.apiUrl}\n`);
if (!process.env.PROXY_URL || !process.env.SLACK_SIGNING_SECRET) {
  process.stdout.write('PROXY_URL or SLACK_SIGNING_SECRET not set: nothing is sent to a proxy.\n');
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => void standIn.close().then(() => process.exit(0)));
}
