// Escalation latency against the stand-ins with L ms added to every Slack call: time until the POST
// answers with the channel link (budget 2L + 30 ms) and until every step is done (budget 4L + 60 ms).
// Prints figures; asserts nothing. Run: npx tsx bench/proxy-escalation.bench.ts
import { escalationRequest, startHarness, token } from '../src/proxy/testing/harness';
import type { Escalation } from '../src/core/api';
import { median, percentile } from './stats';

const LATENCIES = [0, 50, 100];
const TICKETS = [1001, 1002, 1003, 1004, 1005, 1006]; // the Zendesk sandbox's sample tickets
const WARMUP_TICKET = 1006;

async function runAt(latencyMs: number): Promise<{ link: number[]; all: number[] }> {
  const h = await startHarness('sqlite', { respondWithinMs: 10_000, rateLimitPerMinute: 1_000_000 });
  const link: number[] = [];
  const all: number[] = [];
  try {
    // Warm up once (JIT, auth.test, first connections) with no latency, on a ticket not measured.
    const tok = await token();
    const post = (ticketId: number) =>
      fetch(h.proxy.url + '/api/escalations', {
        method: 'POST',
        headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
        body: JSON.stringify(escalationRequest({ ticketId, subject: `Bench outage ${ticketId}` })),
      });
    // Resolves when the escalation's last step is stored: checked on each change the service reports.
    const done = (id: string) =>
      new Promise<void>((resolve, reject) => {
        const check = async () => {
          const e = await h.proxy.service.get(id);
          if (e && e.steps.every((s) => s.status === 'done')) finish();
          else if (e?.state === 'failed') finish(new Error(`escalation failed: ${JSON.stringify(e.steps)}`));
        };
        const onChange = (changed: string) => void (changed === id && check());
        const finish = (err?: Error) => {
          h.proxy.service.events.off('change', onChange);
          if (err) reject(err);
          else resolve();
        };
        h.proxy.service.events.on('change', onChange);
        void check();
      });
    const warm = await post(WARMUP_TICKET);
    await done(((await warm.json()) as Escalation).id);
    if (latencyMs > 0) h.slack.inject({ kind: 'latency', ms: latencyMs });
    for (const ticketId of TICKETS.filter((t) => t !== WARMUP_TICKET)) {
      const t0 = performance.now();
      const res = await post(ticketId);
      const esc = (await res.json()) as Escalation;
      const t1 = performance.now();
      if (!esc.slack.url) throw new Error(`no channel link in the answer (state ${esc.state})`);
      await done(esc.id);
      const t2 = performance.now();
      link.push(t1 - t0);
      all.push(t2 - t0);
    }
  } finally {
    await h.close();
  }
  return { link, all };
}

const fmt = (n: number) => n.toFixed(1).padStart(7);
console.log('proxy escalation latency (SQLite, stand-ins on loopback, 5 escalations per L)');
console.log('   L ms | link median    max | budget | all steps median    max | budget');
for (const L of LATENCIES) {
  const { link, all } = await runAt(L);
  const linkMax = Math.max(...link);
  const allMax = Math.max(...all);
  const ok = (v: number, b: number) => (v <= b ? 'ok ' : 'OVER');
  console.log(
    `${String(L).padStart(7)} | ${fmt(median(link))} ${fmt(linkMax)} | ${String(2 * L + 30).padStart(4)} ${ok(linkMax, 2 * L + 30)}` +
      `| ${fmt(median(all))}     ${fmt(allMax)} | ${String(4 * L + 60).padStart(4)} ${ok(allMax, 4 * L + 60)} (p90 ${percentile(all, 90).toFixed(1)})`,
  );
}
