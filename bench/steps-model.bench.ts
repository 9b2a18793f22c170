// The steps model's cross-validation, fold by fold: the rules alone, the model alone (its features and
// the rules' verdict) and the rules then the model (what ships), each trained on three dev splits and
// tested on the fourth, with today's rules ("tuned": fitted to every split, so flattering) and with the
// rules from before each split was written ("fresh": dev2-dev5, how rules read tickets they never saw).
// See build/stepsTraining.ts. Prints figures, asserts nothing; never reads the held-out split.
// Run: npx tsx bench/steps-model.bench.ts
import { fileURLToPath } from 'node:url';
import {
  chooseSetting,
  DEV_SPLITS,
  figures,
  fitOn,
  foldsOf,
  inputs,
  loadExamples,
  meanFigures,
  outOfSplit,
  probability,
  type Figures,
  type Fold,
  type Protocol,
  type StepsExample,
  type System,
  verdict,
} from '../build/stepsTraining';
import { emptyScore, tally } from '../src/core/checklist/accuracy';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = loadExamples(root);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);
const show = (f: Figures): string => `accuracy ${pct(f.accuracy)}  precision ${pct(f.precision)}  recall ${pct(f.recall)}`;

function print(title: string, folds: ReadonlyArray<Fold & { setting?: string }>): void {
  console.log(`  ${title}`);
  for (const f of folds) console.log(`    ${f.split.padEnd(7)} ${show(figures(f.score))}  (${f.score.judged} tickets${f.setting ? `, ${f.setting}` : ''})`);
  console.log(`    ${'mean'.padEnd(7)} ${show(meanFigures(folds))}`);
}

console.log(`${examples.length} dev tickets labelled for steps (${DEV_SPLITS.join(', ')})`);
const protocols: Protocol[] = ['tuned', 'fresh'];

console.log('\nSetting chosen on all the dev splits (what ships), figures on the folds it was chosen on:');
for (const system of ['model', 'combination'] as const) {
  const s = chooseSetting(examples, DEV_SPLITS, system);
  if (!s) {
    console.log(`  ${system}: no setting keeps precision at 98%`);
    continue;
  }
  console.log(` ${system}: L2 penalty ${s.penalty}, threshold ${s.threshold}`);
  print('tuned rules', s.tuned);
  print('fresh rules', s.fresh);
}

// Nested: for each test split, the setting is chosen on the other three alone, then trained on them.
console.log('\nNested (penalty and threshold chosen without the test split):');
for (const protocol of protocols) {
  console.log(` ${protocol} rules:`);
  for (const system of ['rules', 'model', 'combination'] as const satisfies readonly System[]) {
    const folds: Array<Fold & { setting?: string }> = [];
    for (const test of DEV_SPLITS) {
      if (protocol === 'fresh' && !examples.some((e) => e.split === test && e.fresh !== null)) continue;
      const rest = DEV_SPLITS.filter((s) => s !== test);
      const setting = system === 'rules' ? null : chooseSetting(examples, rest, system);
      const model = setting && fitOn(examples.filter((e) => e.split !== test), system as Exclude<System, 'rules'>, setting.penalty);
      const score = emptyScore();
      for (const e of examples.filter((x: StepsExample) => x.split === test)) {
        const p = model ? probability(model, inputs(e, system, protocol)) : 0;
        tally(score, e.expected, verdict(e, system, protocol, p, setting?.threshold ?? 1.1));
      }
      folds.push({ split: test, score, setting: setting ? `penalty ${setting.penalty}, threshold ${setting.threshold}` : undefined });
    }
    print(system, folds);
  }
}

// One setting's folds, to compare with the chosen one: --at <penalty> <threshold>
const at = process.argv.indexOf('--at');
if (at > 0) {
  const penalty = Number(process.argv[at + 1]);
  const threshold = Number(process.argv[at + 2]);
  console.log(`\nAt penalty ${penalty}, threshold ${threshold}:`);
  for (const protocol of protocols) {
    const p = outOfSplit(examples, DEV_SPLITS, 'combination', protocol, penalty);
    print(`combination, ${protocol} rules`, foldsOf(examples, DEV_SPLITS, 'combination', protocol, p, threshold));
  }
}
