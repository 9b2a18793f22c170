// `npm run item-models`: trains the checklist's item models on the dev splits (build/itemModels.ts,
// build/itemTraining.ts) and writes their weights (src/core/checklist/<item>Model.ts). `--check`
// writes nothing and exits 1 when a file is not what training gives now (the rules, the features or
// the dev splits changed since).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ITEM_SPECS } from './itemModels';
import { loadExamples, modelFile, trainModel } from './itemTraining';

const root = fileURLToPath(new URL('..', import.meta.url));
let stale = false;
for (const spec of ITEM_SPECS) {
  const path = join(root, spec.modelPath);
  const text = modelFile(spec, trainModel(spec, loadExamples(root, spec)));
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === text) console.log(`${spec.modelPath}: up to date`);
  else if (process.argv.includes('--check')) {
    console.error(`${spec.modelPath} is out of date: run npm run item-models`);
    stale = true;
  } else {
    writeFileSync(path, text);
    console.log(`${spec.modelPath}: written`);
  }
}
if (stale) process.exit(1);
