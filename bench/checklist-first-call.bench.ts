// The checklist's first call in a fresh process: what a sidebar pays on its first ticket (module
// load aside). Each run is a new Node process that imports the engine, then times two calls on a
// corpus email of ordinary size. Prints figures, asserts nothing. Budget: first call under 15 ms.
// Run: npx tsx bench/checklist-first-call.bench.ts [runs]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats';

const RUNS = Number(process.argv[2] ?? 15);
const child = `
import { evaluateChecklist } from ${JSON.stringify(fileURLToPath(new URL('../src/core/checklist.ts', import.meta.url)))};
import { readFileSync } from 'node:fs';
const ticket = JSON.parse(readFileSync(${JSON.stringify(fileURLToPath(new URL('../src/core/fixtures/corpus/emails.json', import.meta.url)))}, 'utf8'))[1].ticket;
const c0 = process.cpuUsage();
let t = performance.now(); evaluateChecklist(ticket, 'outage'); const first = performance.now() - t;
const c = process.cpuUsage(c0);
t = performance.now(); evaluateChecklist(ticket, 'outage'); const second = performance.now() - t;
console.log(JSON.stringify({ first, firstCpu: (c.user + c.system) / 1000, second }));
`;
const firsts: number[] = [];
const firstCpus: number[] = [];
const seconds: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // As the built sidebar runs it: NODE_ENV=production, which the app's bundle has in place (Vite writes it in).
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const { first, firstCpu, second } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { first: number; firstCpu: number; second: number };
  firsts.push(first);
  firstCpus.push(firstCpu);
  seconds.push(second);
}
// CPU time too: on a busy machine the wall time includes waiting for a core (the process's other
// threads, the compiler's and the GC's, count in it as well).
console.log(
  `evaluateChecklist in a fresh process, ${RUNS} processes: first call median ${median(firsts).toFixed(2)} ms (min ${Math.min(...firsts).toFixed(2)}; ` +
    `CPU median ${median(firstCpus).toFixed(2)} ms), second call median ${median(seconds).toFixed(2)} ms (budget: first under 15 ms)`,
);
