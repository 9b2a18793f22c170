// Escalation latency against the stand-ins with L ms added to every Slack call: time until the POST
// answers with the channel link (budget 2L + 30 ms) and until every step is done (budget 2L + 40 ms:
// the steps that need only the channel run side by side, and who to invite is found beside it).
// Prints figures; asserts nothing. Run: npx tsx bench/proxy-escalation.bench.ts [runs per L=15]
import { escalationRequest, startHarness, token } from '../src/proxy/testing/harness';
import type { Harness } from '../src/proxy/testing/harness';
import type { Escalation } from '../src/core/api';
import { median, percentile } from './stats';

const LATENCIES = [0, 50, 100];
const RUNS = Number(process.argv[2] ?? 15);
const WARMUP = 5;
const TICKETS = [1001, 1002, 1003, 1004, 1005, 1006]; // the Zendesk sandbox's sample tickets

/** Resolves when the escalation's last step is stored: checked on each change the service reports. */
function allDone(h: Harness, id: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
}

/** Frees the ticket for the next run (the sandbox has six tickets). */
async function forget(h: Harness, id: string): Promise<void> {
  const { db } = h.proxy.store;
  await db.deleteFrom('steps').where('escalation_id', '=', id).execute();
  await db.deleteFrom('escalation_tickets').where('escalation_id', '=', id).execute();
  await db.deleteFrom('escalations').where('id', '=', id).execute();
}

async function runAt(latencyMs: number): Promise<{ link: number[]; all: number[] }> {
  const h = await startHarness('sqlite', { respondWithinMs: 10_000, rateLimitPerMinute: 1_000_000 });
  const link: number[] = [];
  const all: number[] = [];
  try {
    // The Zendesk sandbox compiles its page in the background after start (a second of blocking work in
    // this process): let that finish before measuring.
    await (await fetch(h.zendesk.url)).text();
    const tok = await token({ expInS: 600 });
    const once = async (i: number) => {
      const ticketId = TICKETS[(i + TICKETS.length * 10) % TICKETS.length]!;
      // The channel is named from Zendesk's subject: a new one per run gives a new channel name.
      h.zendesk.tickets.update(ticketId, { subject: `Bench outage ${latencyMs} ${i}` });
      const t0 = performance.now();
      const res = await fetch(h.proxy.url + '/api/escalations', {
        method: 'POST',
        headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
        body: JSON.stringify(escalationRequest({ ticketId })),
      });
      const esc = (await res.json()) as Escalation;
      const t1 = performance.now();
      if (!esc.slack.url) throw new Error(`no channel link in the answer (state ${esc.state})`);
      await allDone(h, esc.id);
      const t2 = performance.now();
      await forget(h, esc.id);
      return { link: t1 - t0, all: t2 - t0 };
    };
    // Warm-up (JIT, auth.test, connections) without the added latency.
    for (let i = 0; i < WARMUP; i++) await once(-1 - i);
    if (latencyMs > 0) h.slack.inject({ kind: 'latency', ms: latencyMs });
    for (let i = 0; i < RUNS; i++) {
      const r = await once(i);
      link.push(r.link);
      all.push(r.all);
    }
  } finally {
    await h.close();
  }
  return { link, all };
}

const f = (n: number) => n.toFixed(1).padStart(6);
console.log(`proxy escalation latency (SQLite, stand-ins on loopback, ${RUNS} escalations per L after ${WARMUP} warm-ups)`);
console.log('  L ms |  link: median    p90    max  budget     | all steps: median    p90    max  budget');
for (const L of LATENCIES) {
  const { link, all } = await runAt(L);
  const verdict = (v: number, b: number) => (v <= b ? 'ok  ' : 'OVER');
  const [lm, l90, lx] = [median(link), percentile(link, 90), Math.max(...link)];
  const [am, a90, ax] = [median(all), percentile(all, 90), Math.max(...all)];
  console.log(
    `${String(L).padStart(6)} |        ${f(lm)} ${f(l90)} ${f(lx)}  ${String(2 * L + 30).padStart(4)} p90 ${verdict(l90, 2 * L + 30)}` +
      ` |            ${f(am)} ${f(a90)} ${f(ax)}  ${String(2 * L + 40).padStart(4)} p90 ${verdict(a90, 2 * L + 40)}`,
  );
}
