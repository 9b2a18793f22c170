// The steps model's verdict on a ticket the rules found no steps in (itemModel.ts over the counts of
// stepsFeatures.ts, weights in stepsModel.ts). It reads the repros told as a story that no rule parses
// ("she signs in, opens her Reading unit, presses Begin and the page goes blank").
import { modelEvidence, saysPresent } from './itemModel';
import { STEPS_MODEL } from './stepsModel';
import { readForSteps } from './stepsFeatures';
import { repliesToRequester } from './signature';
import { tokensOf, type Corpus } from './source';
import { isAgentTurnAt } from './turns';
import { customerSources } from './textFeatures';

/** Evidence of steps when the model says the ticket tells them (pointing at the sentence that tells
 * the most), else null. */
export function stepsByModel(corpus: Corpus): string | null {
  const { features, sentence } = readForSteps(corpus);
  // Not a sentence of support's reply to the requester ("Hi Ellen! Go to Classes > Roster, click ..."),
  // nor an agent's chat turn ("Agent (Kate): open Gradebook, pick the class, then click ..."): where to go.
  if (!saysPresent(STEPS_MODEL, features)) return null;
  const source = corpus.sources.find((s) => s.where === sentence?.where);
  if ((source !== undefined && repliesToRequester(source)) || (sentence !== null && isAgentTurnAt(tokensOf(corpus).text, sentence.at))) return null;
  return modelEvidence(sentence, customerSources(corpus)[0]?.where ?? 'description', 'told as steps');
}
