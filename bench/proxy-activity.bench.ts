// From a signed Slack message event arriving at the proxy to GET /api/escalations/by-ticket showing it.
// The sidebar refreshes every 10 s, so the agent sees an update at most REFRESH + (time until the GET
// shows it) after it was posted: budget REFRESH + 100 ms, i.e. the update must be readable within
// 100 ms. Also prints the event's answer time against Slack's 3 s. Prints figures; asserts nothing.
// Run: npx tsx bench/proxy-activity.bench.ts [events per path=50]   (TEST_DATABASE_URL adds Postgres)
import { startHarness, token } from '../src/proxy/testing/harness';
import type { Harness } from '../src/proxy/testing/harness';
import { activeEscalation, messageEvent, slackSend } from '../src/proxy/testing/inbound';
import type { Escalation } from '../src/core/api';
import type { Dialect } from '../src/proxy/store/db';
import { median, percentile } from './stats';

const REFRESH_MS = 10_000;
const BUDGET_MS = REFRESH_MS + 100;
const RUNS = Number(process.argv[2] ?? 50);
const WARMUP = 5;
const dialects: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

async function visibleAfter(h: Harness, tok: string, text: string): Promise<void> {
  for (;;) {
    const res = await fetch(`${h.proxy.url}/api/escalations/by-ticket/1001`, { headers: { authorization: `Bearer ${tok}` } });
    if (res.status !== 200) throw new Error(`GET by-ticket answered ${res.status}: ${await res.text()}`);
    const esc = (await res.json()) as Escalation;
    if (esc.latestUpdate?.text === text) return;
  }
}

type Sample = { ack: number; visible: number };

async function measure(dialect: Dialect, path: 'signed' | 'stand-in'): Promise<Sample[]> {
  const h = await startHarness(dialect, { wired: true, rateLimitPerMinute: 1_000_000 });
  const out: Sample[] = [];
  try {
    await (await fetch(h.zendesk.url)).text(); // let the sandbox page compile first
    const channel = (await activeEscalation(h, 1001)).slack.channelId!;
    const tok = await token({ expInS: 300 });
    for (let i = -WARMUP; i < RUNS; i++) {
      const text = `update ${path} ${i} ${Date.now()}`;
      const t0 = performance.now();
      if (path === 'signed') {
        const r = await slackSend(h, '/slack/events', messageEvent(channel, text));
        if (r.status !== 200) throw new Error(`event answered ${r.status}: ${r.text}`);
      } else {
        await h.slack.postAsUser(channel, 'U0ENG00002', text);
      }
      const t1 = performance.now();
      await visibleAfter(h, tok, text);
      const t2 = performance.now();
      if (i >= 0) out.push({ ack: t1 - t0, visible: t2 - t0 });
    }
  } finally {
    await h.close();
  }
  return out;
}

const f = (n: number) => n.toFixed(1).padStart(7);
console.log(`Slack message -> sidebar: ${RUNS} events per row after ${WARMUP} warm-ups; sidebar refresh ${REFRESH_MS} ms, budget ${BUDGET_MS} ms`);
console.log('  store     path      | event answered: median     p90     max (Slack 3000) | readable via GET: median     p90     max | worst case shown  budget');
for (const dialect of dialects) {
  for (const path of ['signed', 'stand-in'] as const) {
    const s = await measure(dialect, path);
    const ack = s.map((x) => x.ack);
    const vis = s.map((x) => x.visible);
    const worst = REFRESH_MS + Math.max(...vis);
    console.log(
      `  ${dialect.padEnd(9)} ${path.padEnd(9)} |                ${f(median(ack))} ${f(percentile(ack, 90))} ${f(Math.max(...ack))} ${Math.max(...ack) <= 3000 ? 'ok  ' : 'OVER'}        ` +
        `|                  ${f(median(vis))} ${f(percentile(vis, 90))} ${f(Math.max(...vis))} | ${f(worst)}          ${worst <= BUDGET_MS ? 'ok' : 'OVER'}`,
    );
  }
}
