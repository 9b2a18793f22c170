// Checklist accuracy on labelled tickets: tickets fully right, item accuracy, scope level, and per
// item precision and recall of "present". Prints figures, asserts nothing.
// Run: npx tsx bench/checklist-accuracy.bench.ts [file.json|folder ...]   (default: the dev corpus and the
// held-out test split; add --misses to list every wrong judgment)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { precision, recall, scoreTickets, type LabelledTicket } from '../src/core/checklist/accuracy';

const FIXTURES = join(import.meta.dirname, '../src/core/fixtures');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const paths = args.filter((a) => !a.startsWith('--'));
const targets = paths.length > 0 ? paths : [join(FIXTURES, 'corpus'), join(FIXTURES, 'heldout')];

function jsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

for (const target of targets) {
  const cases = jsonFiles(target).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as LabelledTicket[]);
  const r = scoreTickets(cases);
  console.log(`\n${target}: ${r.tickets} tickets`);
  console.log(`  fully right ${r.fullyRight}/${r.tickets} (${pct(r.fullyRight, r.tickets)}), items ${pct(r.right, r.judged)} of ${r.judged}, scope level ${r.scopeLevelRight}/${r.tickets}`);
  for (const [key, s] of Object.entries(r.items)) {
    console.log(`  ${key.padEnd(18)} accuracy ${pct(s.right, s.judged).padStart(6)}  precision ${(100 * precision(s)).toFixed(1).padStart(5)}%  recall ${(100 * recall(s)).toFixed(1).padStart(5)}%  (${s.labelledPresent} labelled present)`);
  }
  if (showMisses) for (const m of r.misses) console.log(`  ✗ ${m.name} ${m.item}: expected ${m.expected}, got ${m.got} ${m.evidence.length ? `[${m.evidence.join(' | ')}]` : ''}`);
}
