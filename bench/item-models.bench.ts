// The item models' cross-validation, fold by fold, for each item (build/itemModels.ts, shipped or not): the rules
// alone, the model alone (its features and the rules' verdict) and the rules then the model (what
// ships), each trained on the other dev splits and tested on the one left out, with today's rules
// ("tuned": fitted to every split, so flattering) and with the rules from before each split was
// written ("fresh": dev2-dev5, how rules read tickets they never saw). See build/itemTraining.ts.
// Prints figures, asserts nothing; never reads the held-out split.
// Run: npx tsx bench/item-models.bench.ts [steps|troubleshooting|scope|ids ...] [--at <penalty> <threshold> [<veto>]]
import { fileURLToPath } from 'node:url';
import { MEASURED_SPECS } from '../build/itemModels';
import {
  chooseSetting,
  DEV_SPLITS,
  figures,
  foldsOf,
  levelShare,
  loadExamples,
  meanFigures,
  nestedFolds,
  outOfSplit,
  pooled,
  type Figures,
  type Fold,
  vetoesOf,
  type Protocol,
} from '../build/itemTraining';

const root = fileURLToPath(new URL('..', import.meta.url));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);
const show = (f: Figures): string => `accuracy ${pct(f.accuracy)}  precision ${pct(f.precision)}  recall ${pct(f.recall)}`;
const levels = (folds: readonly Fold[]): string => {
  const share = levelShare(folds);
  return share === null ? '' : `  level ${pct(share)}`;
};

function print(title: string, folds: readonly Fold[]): void {
  console.log(`  ${title}`);
  for (const f of folds) console.log(`    ${f.split.padEnd(7)} ${show(figures(f.score))}${levels([f])}  (${f.score.judged} tickets${f.setting ? `, ${f.setting}` : ''})`);
  console.log(`    ${'mean'.padEnd(7)} ${show(meanFigures(folds))}${levels(folds)}`);
  console.log(`    ${'pooled'.padEnd(7)} ${show(figures(pooled(folds)))}`);
}

const names = process.argv.slice(2).filter((a) => /^[a-z]+$/.test(a));
const protocols: Protocol[] = ['tuned', 'fresh'];
for (const spec of MEASURED_SPECS.filter((s) => names.length === 0 || names.includes(s.name))) {
  const examples = loadExamples(root, spec);
  console.log(`\n=== ${spec.name}: ${examples.length} dev tickets labelled (${DEV_SPLITS.join(', ')})`);

  console.log('\nSetting chosen on all the dev splits (what ships), figures on the folds it was chosen on:');
  for (const system of ['model', 'combination'] as const) {
    const s = chooseSetting(examples, DEV_SPLITS, system, vetoesOf(spec, system));
    if (!s) {
      console.log(`  ${system}: no setting keeps precision at 98%`);
      continue;
    }
    console.log(` ${system}: L2 penalty ${s.penalty}, threshold ${s.threshold}${s.veto > 0 ? `, veto ${s.veto}` : ''}`);
    print('tuned rules', s.tuned);
    print('fresh rules', s.fresh);
  }

  console.log('\nNested (penalty and threshold chosen without the test split):');
  for (const protocol of protocols) {
    console.log(` ${protocol} rules:`);
    for (const system of ['rules', 'model', 'combination'] as const) print(system, nestedFolds(examples, system, protocol, vetoesOf(spec, system)));
  }

  // One setting's folds, to compare with the chosen one: --at <penalty> <threshold>
  const at = process.argv.indexOf('--at');
  if (at > 0) {
    const penalty = Number(process.argv[at + 1]);
    const threshold = Number(process.argv[at + 2]);
    const veto = Number(process.argv[at + 3] ?? 0) || 0;
    console.log(`\nAt penalty ${penalty}, threshold ${threshold}, veto ${veto}:`);
    for (const protocol of protocols) {
      const p = outOfSplit(examples, DEV_SPLITS, 'combination', protocol, penalty);
      print(`combination, ${protocol} rules`, foldsOf(examples, DEV_SPLITS, 'combination', protocol, p, threshold, veto));
    }
  }
}
