// `npm run steps-model`: trains the steps model on the dev splits (build/stepsTraining.ts) and writes
// src/core/checklist/stepsModel.ts. `--check` writes nothing and exits 1 when the file is not what
// training gives now (the rules, the features or the dev splits changed since).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples, STEPS_MODEL_PATH, stepsModelFile, trainStepsModel } from './stepsTraining';

const root = fileURLToPath(new URL('..', import.meta.url));
const path = join(root, STEPS_MODEL_PATH);
const text = stepsModelFile(trainStepsModel(loadExamples(root)));
const current = readFileSync(path, 'utf8');
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${STEPS_MODEL_PATH} is out of date: run npm run steps-model`);
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(path, text);
  console.log(`${STEPS_MODEL_PATH}: written`);
} else {
  console.log(`${STEPS_MODEL_PATH}: up to date`);
}
