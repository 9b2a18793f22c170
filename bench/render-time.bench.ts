import { execFileSync } from 'node:child_process';
import { startZendeskSandbox } from '../src/sandbox/zendesk/server';
import type { Locator } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { serveFolder } from './static-server';
import { median, percentile } from './stats';

// Budget (issue 10; 1.5x in issue 2): the completeness card is visible in headless Chromium within 1.3x the time a bare
// Garden page (React 18 + Garden, a Well and a Button) takes in the same run.
//
// The baseline is the bare page loaded where the app loads: as the sidebar iframe of the sandbox's
// Zendesk host page. There it pays what any app pays in that slot (a renderer process for the
// cross-site iframe, a host page loading beside it), so the ratio measures what the app adds: its
// bundle, the ZAF handshake, the ticket read, the checklist and the card. The bare page on its own
// (a top-level tab, nothing around it) is printed too, with the ratio against it.
//
// Each time runs in its own document, from its navigation start (performance.now() in that frame) to
// the element entering its DOM. The three loads take turns, so drift hits them alike.
// Run after `npm run build`: `npx tsx bench/render-time.bench.ts [runs]`.
const RUNS = Number(process.argv[2] ?? 15);

execFileSync('npx', ['vite', 'build', '-c', 'bench/vite.bare-garden.config.ts'], { stdio: 'inherit' });
const bareTab = await serveFolder('dist-bench/bare-garden/assets');
const bareSlot = await startZendeskSandbox({ port: 0, appDist: 'dist-bench/bare-garden' });
const sandbox = await startZendeskSandbox({ port: 0, appDist: 'dist' });
const browser = await launchBrowser();
const { page } = browser;

// Each document notes, itself, when a watched element first enters its DOM (a MutationObserver
// installed before any script runs): polling from outside would add the latency of reaching into a
// cross-origin iframe.
await browser.context.addInitScript(() => {
  const watched = ['bare-card', 'completeness-summary'];
  const seen: Record<string, number> = {};
  (window as unknown as { __seenAt: Record<string, number> }).__seenAt = seen;
  new MutationObserver(() => {
    for (const id of watched) {
      if (seen[id] === undefined && document.querySelector(`[data-testid="${id}"]`)) seen[id] = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
});

/** Navigates, waits for the element, and returns [ms in the element's own document, ms for the page]. */
async function timeToVisible(url: string, element: Locator, testId: string): Promise<[number, number]> {
  await page.goto('about:blank');
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await element.waitFor();
  const pageMs = performance.now() - start;
  const documentMs = await element.evaluate((_, id) => (window as unknown as { __seenAt: Record<string, number> }).__seenAt[id]!, testId);
  return [documentMs, pageMs];
}

const inSlot = (testId: string) => page.frameLocator('[data-testid="app-iframe"]').getByTestId(testId);
const times = { tab: [] as number[], slot: [] as number[], card: [] as number[], hostPage: [] as number[] };
try {
  for (let run = 0; run < RUNS + 2; run++) {
    const [tabMs] = await timeToVisible(bareTab.url, page.getByTestId('bare-card'), 'bare-card');
    const [slotMs] = await timeToVisible(`${bareSlot.url}#ticket-1001`, inSlot('bare-card'), 'bare-card');
    const [cardMs, hostPageMs] = await timeToVisible(`${sandbox.url}#ticket-1001`, inSlot('completeness-summary'), 'completeness-summary');
    if (run < 2) continue; // the first two runs warm the browser's caches and the servers
    times.tab.push(tabMs);
    times.slot.push(slotMs);
    times.card.push(cardMs);
    times.hostPage.push(hostPageMs);
  }
} finally {
  await browser.close();
  await Promise.all([sandbox.close(), bareSlot.close(), bareTab.close()]);
}

const line = (label: string, values: number[]) =>
  `  ${label.padEnd(34)} median ${median(values).toFixed(1)} ms, p90 ${percentile(values, 90).toFixed(1)} ms`;
console.log(`render time over ${RUNS} runs (navigation start -> element in the DOM, in its own document)`);
console.log(line('bare Garden page, sidebar slot:', times.slot));
console.log(line('sidebar card:', times.card));
console.log(line('bare Garden page, own tab:', times.tab));
console.log(`  host page + app: median ${median(times.hostPage).toFixed(1)} ms (for reference)`);
console.log(`  ratio ${(median(times.card) / median(times.slot)).toFixed(2)}x against the bare page in the slot (budget 1.3x)`);
console.log(`  ratio ${(median(times.card) / median(times.tab)).toFixed(2)}x against the bare page in its own tab (for reference)`);
