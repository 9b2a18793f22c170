// Budget: evaluateChecklist under 10 ms median on a ticket with 500 comments and 200 KB of text.
// Each case runs twice: on the source as tsx runs it (what the tests and the proxy's dev mode run),
// then on the engine bundled as the app ships it (bench/engineBundle.ts: minified, no tsx wrappers).
// Run: npx tsx bench/checklist.bench.ts  (prints figures, asserts nothing)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateChecklist } from '../src/core/checklist';
import type { TicketComment, TicketSnapshot } from '../src/core/types';
import { bundleEngine } from './engineBundle';

const SENTENCES = [
  'The teacher reports that the gradebook spins for a long time before it shows anything at all.',
  '<p>We checked the roster sync logs and nothing stands out for this section.</p>',
  'Customer says it started after the <strong>weekend</strong> maintenance &amp; has not stopped.',
  'Still waiting for the district admin to confirm which browsers they use on the Chromebooks.',
  'Please see https://learn.example.com/courses/8812/lessons/4 for the page in question.',
  '<ul><li>Open the gradebook</li><li>Pick period 3</li></ul>',
];

function buildTicket(comments: number, targetChars: number): TicketSnapshot {
  const perComment = Math.floor(targetChars / comments);
  const list: TicketComment[] = [];
  for (let i = 0; i < comments; i++) {
    // Numbered so that no comment repeats another (a repeat of the description is skipped).
    let body = `Update ${i + 1} from the support team:\n`;
    for (let j = i; body.length < perComment; j++) body += `${SENTENCES[j % SENTENCES.length]}\n`;
    list.push({ id: i + 1, body: body.slice(0, perComment), public: i % 3 === 0, attachments: i % 50 === 49 ? [{ fileName: 'log.har', contentType: 'application/json' }] : [] });
  }
  return {
    id: 1, subject: 'Gradebook slow for the district', description: list[0]?.body ?? '', status: 'open', tags: [],
    organization: null, customFields: {}, comments: list,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

type Evaluate = typeof evaluateChecklist;

function run(label: string, ticket: TicketSnapshot, runs: number, evaluate: Evaluate = evaluateChecklist): void {
  const chars = ticket.comments.reduce((n, c) => n + c.body.length, 0);
  for (let i = 0; i < 20; i++) evaluate(ticket, 'outage'); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    evaluate(ticket, 'outage');
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // CPU time is printed too: on a busy 2-core machine wall time includes waiting for a core.
  console.log(
    `${label}: ${ticket.comments.length} comments, ${(chars / 1024).toFixed(0)} KB, ${runs} runs: ` +
      `median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, min ${(times[0] ?? NaN).toFixed(2)} ms ` +
      `(CPU median ${percentile(cpu, 50).toFixed(2)} ms, p95 ${percentile(cpu, 95).toFixed(2)} ms)`,
  );
}

// What a detector that compares every match with every other, or rescans a whole line per match,
// makes slow: one 100 KB line dense with the phrases the detectors look for.
const DENSE = 'It affects my class and one of my students; she signs in, opens her Reading unit, presses Begin and the page goes blank, we cleared the cache, same. ';
const dense = DENSE.repeat(Math.ceil((100 * 1024) / DENSE.length));

function runAll(evaluate: Evaluate, suffix: string): void {
  run(`evaluateChecklist${suffix}`, buildTicket(500, 200 * 1024), 200, evaluate);
  run(`evaluateChecklist${suffix}, one 200 KB comment (its first 120,000 chars are read)`, buildTicket(1, 200 * 1024), 200, evaluate);
  run(`evaluateChecklist${suffix}, typical ticket`, buildTicket(8, 6 * 1024), 200, evaluate);
  // The description is also the first comment, as ZAF lists it: read once.
  run(`evaluateChecklist${suffix}, 100 KB of checklist phrases on one line`, { ...buildTicket(1, 1024), description: dense, comments: [{ id: 1, body: dense, public: true, attachments: [] }] }, 50, evaluate);
}

runAll(evaluateChecklist, '');
const dir = mkdtempSync(join(tmpdir(), 'checklist-bench-'));
try {
  const bundle = join(dir, 'engine.mjs');
  await bundleEngine(bundle);
  const shipped = (await import(bundle)) as { evaluateChecklist: Evaluate };
  runAll(shipped.evaluateChecklist, ' (bundled as shipped)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
