// `npm run bench` (after the build): every bench in this folder, one after another, each in its own
// process (so one bench's server or browser never measures another's), then one line per bench.
// A bench is bundle-size.ts or any *.bench.ts here; a new one is picked up without touching this file.
// `npm run bench -- checklist render` runs only the benches whose file name contains one of the words.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const filters = process.argv.slice(2);

function benchFiles(names: string[]): string[] {
  return names.filter((f) => f === 'bundle-size.ts' || f.endsWith('.bench.ts')).sort();
}

const files = benchFiles(readdirSync(here)).filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)));
if (files.length === 0) {
  console.error(`no bench matches ${filters.join(', ')}; benches: ${benchFiles(readdirSync(here)).join(', ')}`);
  process.exit(1);
}

const results: Array<{ file: string; ok: boolean; seconds: number }> = [];
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], { cwd: root, stdio: 'inherit' });
  results.push({ file, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ran   ' : 'FAILED'} bench/${r.file} (${r.seconds.toFixed(1)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
