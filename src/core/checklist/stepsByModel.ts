// The steps model's verdict on a ticket the rules found no steps in: a logistic regression over the
// few counts of stepsFeatures.ts, trained on the dev splits at build time (build/stepsTraining.ts
// writes its weights into stepsModel.ts). It reads the repros told as a story that no rule parses
// ("she signs in, opens her Reading unit, presses Begin and the page goes blank"); its threshold
// was chosen by cross-validation to keep precision of "present" at 98% or more.
import { STEPS_MODEL } from './stepsModel';
import { customerSources, readForSteps, type StepsFeature, type StepsFeatures } from './stepsFeatures';
import type { Corpus } from './source';
import { clip, MAX_EVIDENCE_CHARS } from './text';

export type StepsModel = { features: readonly StepsFeature[]; weights: readonly number[]; bias: number; threshold: number };

/** The model's log-odds that the ticket tells steps to reproduce. */
export function stepsLogOdds(features: StepsFeatures, model: StepsModel = STEPS_MODEL): number {
  return model.features.reduce<number>((z, name, i) => z + (model.weights[i] ?? 0) * features[name], model.bias);
}

/** Evidence of steps when the model says the ticket tells them (pointing at the sentence that tells
 * the most), else null. */
export function stepsByModel(corpus: Corpus): string | null {
  const { features, sentence } = readForSteps(corpus);
  if (stepsLogOdds(features) < Math.log(STEPS_MODEL.threshold / (1 - STEPS_MODEL.threshold))) return null;
  if (!sentence) return `${customerSources(corpus)[0]?.where ?? 'description'}: told as steps`;
  const head = `${sentence.where}: told as steps ("`;
  return `${head}${clip(sentence.text, MAX_EVIDENCE_CHARS - head.length - 2)}")`;
}
