// The checklist's first call in a fresh process: what a sidebar pays on its first ticket (module
// load aside). The engine is bundled the way the app's build ships it (its compiled lexicon checked
// at build time, build/checked-lexicon.ts); each run is a new Node process that imports the bundle,
// then times two calls on a corpus email of ordinary size. Then the same in Chromium, where the sidebar
// runs: each run a new browser (a new renderer, nothing compiled or cached) loads the bundle in a page
// and times the same two calls (skipped when there is no Chromium: CHROMIUM_PATH, else /usr/bin/chromium).
// Prints figures, asserts nothing.
// Budget: first call under 15 ms. Run: npx tsx bench/checklist-first-call.bench.ts [runs]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/browser';
import { bundleEngine } from './engineBundle';
import { serveFolder } from './static-server';
import { median } from './stats';

const RUNS = Number(process.argv[2] ?? 15);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'checklist-first-call-'));
const engine = join(dir, 'engine.mjs');
await bundleEngine(engine);
const EMAILS = fileURLToPath(new URL('../src/core/fixtures/corpus/emails.json', import.meta.url));
const child = `
import { evaluateChecklist } from ${JSON.stringify(engine)};
import { readFileSync } from 'node:fs';
const ticket = JSON.parse(readFileSync(${JSON.stringify(EMAILS)}, 'utf8'))[1].ticket;
const c0 = process.cpuUsage();
let t = performance.now(); evaluateChecklist(ticket, 'outage'); const first = performance.now() - t;
const c = process.cpuUsage(c0);
t = performance.now(); evaluateChecklist(ticket, 'outage'); const second = performance.now() - t;
console.log(JSON.stringify({ first, firstCpu: (c.user + c.system) / 1000, second }));
`;
const firsts: number[] = [];
const firstCpus: number[] = [];
const seconds: number[] = [];
let inChromium: Awaited<ReturnType<typeof firstCallsInChromium>> | null = null;
try {
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
    const { first, firstCpu, second } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { first: number; firstCpu: number; second: number };
    firsts.push(first);
    firstCpus.push(firstCpu);
    seconds.push(second);
  }
  inChromium = existsSync(CHROMIUM) ? await firstCallsInChromium() : null;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// CPU time too: on a busy machine the wall time includes waiting for a core (the process's other
// threads, the compiler's and the GC's, count in it as well).
console.log(
  `evaluateChecklist in a fresh process, ${RUNS} processes: first call median ${median(firsts).toFixed(2)} ms (min ${Math.min(...firsts).toFixed(2)}; ` +
    `CPU median ${median(firstCpus).toFixed(2)} ms), second call median ${median(seconds).toFixed(2)} ms (budget: first under 15 ms)`,
);
if (inChromium === null) console.log(`in Chromium: skipped (no browser at ${CHROMIUM})`);
else
  console.log(
    `evaluateChecklist in Chromium, ${RUNS} fresh browsers: first call median ${median(inChromium.firsts).toFixed(2)} ms ` +
      `(min ${Math.min(...inChromium.firsts).toFixed(2)}), second call median ${median(inChromium.seconds).toFixed(2)} ms; ` +
      `loading the bundle (fetch, compile, evaluate) median ${median(inChromium.imports).toFixed(2)} ms`,
  );

/** The same two calls in a page of a new Chromium each run: the bundle, the ticket and a page served from dir. */
async function firstCallsInChromium(): Promise<{ firsts: number[]; seconds: number[]; imports: number[] }> {
  copyFileSync(engine, join(dir, 'engine.js')); // served as JavaScript, which a module script must be
  copyFileSync(EMAILS, join(dir, 'emails.json'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><script type="module">
const ticket = (await (await fetch('emails.json')).json())[1].ticket;
let t = performance.now();
const { evaluateChecklist } = await import('./engine.js');
const load = performance.now() - t;
t = performance.now(); evaluateChecklist(ticket, 'outage'); const first = performance.now() - t;
t = performance.now(); evaluateChecklist(ticket, 'outage'); const second = performance.now() - t;
window.firstCall = { load, first, second };
</script>`,
  );
  const server = await serveFolder(dir);
  const out = { firsts: [] as number[], seconds: [] as number[], imports: [] as number[] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await launchBrowser();
      try {
        await browser.page.goto(server.url);
        const handle = await browser.page.waitForFunction(() => (window as unknown as { firstCall?: unknown }).firstCall);
        const { load, first, second } = (await handle.jsonValue()) as { load: number; first: number; second: number };
        out.imports.push(load);
        out.firsts.push(first);
        out.seconds.push(second);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}
