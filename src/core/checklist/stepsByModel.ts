// The steps model's verdict on a ticket the rules found no steps in (itemModel.ts over the counts of
// stepsFeatures.ts, weights in stepsModel.ts). It reads the repros told as a story that no rule parses
// ("she signs in, opens her Reading unit, presses Begin and the page goes blank").
import { saysPresent } from './itemModel';
import { STEPS_MODEL } from './stepsModel';
import { readForSteps } from './stepsFeatures';
import { customerSources } from './textFeatures';
import type { Corpus } from './source';
import { clip, MAX_EVIDENCE_CHARS } from './text';

/** Evidence of steps when the model says the ticket tells them (pointing at the sentence that tells
 * the most), else null. */
export function stepsByModel(corpus: Corpus): string | null {
  const { features, sentence } = readForSteps(corpus);
  if (!saysPresent(STEPS_MODEL, features)) return null;
  if (!sentence) return `${customerSources(corpus)[0]?.where ?? 'description'}: told as steps`;
  const head = `${sentence.where}: told as steps ("`;
  return `${head}${clip(sentence.text, MAX_EVIDENCE_CHARS - head.length - 2)}")`;
}
