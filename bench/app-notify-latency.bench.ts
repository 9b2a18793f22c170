// How soon the sidebar hears of a channel update: from an engineer's message in the Slack stand-in
// (delivered to POST /slack/events, signed) to Zendesk's Apps API notify call at the Zendesk stand-in
// (the time it recorded). The bar is 200 ms. Two paths: the message posted in the Slack
// stand-in (as a person does), and the signed event sent straight to the proxy. Prints figures;
// asserts nothing. Run: npx tsx bench/app-notify-latency.bench.ts [runs=30] [sqlite|postgres]
import { escalatedHarness, messageEvent, slackSend } from '../src/proxy/testing/inbound';
import type { Harness } from '../src/proxy/testing/harness';
import { median, percentile } from './stats';

const RUNS = Number(process.argv[2] ?? 30);
const DIALECT = (process.argv[3] ?? 'sqlite') as 'sqlite' | 'postgres';

/** Resolves with the time (ms since the epoch) the Zendesk stand-in recorded the next notification. */
async function nextNotification(h: Harness, before: number, timeoutMs = 5000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (h.zendesk.appNotifications.length <= before) {
    if (Date.now() > until) throw new Error('no notification within 5 s');
    await new Promise((r) => setTimeout(r, 1));
  }
  return Date.parse(h.zendesk.appNotifications[before]!.at);
}

async function measure(h: Harness, send: (text: string) => Promise<unknown>): Promise<number[]> {
  const figures: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await new Promise((r) => setTimeout(r, 30)); // let the previous notify job finish
    const before = h.zendesk.appNotifications.length;
    const t0 = Date.now();
    await send(`update ${i}: rolled back, watching error rates`);
    figures.push((await nextNotification(h, before)) - t0);
  }
  return figures;
}

const line = (name: string, ms: number[]) =>
  `${name.padEnd(44)} median ${median(ms).toFixed(0).padStart(4)} ms   p95 ${percentile(ms, 95).toFixed(0).padStart(4)} ms   max ${Math.max(...ms).toFixed(0).padStart(4)} ms   (budget 200 ms)`;

async function main(): Promise<void> {
  const { h, channel } = await escalatedHarness(DIALECT, { zendeskAppId: 'sandbox' });
  try {
    await new Promise((r) => setTimeout(r, 300));
    const posted = await measure(h, (text) => h.slack.postAsUser(channel, 'U0ENG00001', text));
    const direct = await measure(h, (text) => slackSend(h, '/slack/events', messageEvent(channel, text)));
    console.log(`channel update → Apps API notify, ${RUNS} runs on ${DIALECT}`);
    console.log(line('posted in the Slack stand-in', posted));
    console.log(line('signed event sent to /slack/events', direct));
  } finally {
    await h.close();
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
