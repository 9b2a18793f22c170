// An item model's verdict: a logistic regression over a few features of the text, trained on the dev
// splits at build time (build/itemTraining.ts writes its weights into <item>Model.ts) and asked
// when the item's rules do not find it present; a model with a veto is also asked where they do, and
// may overrule them. Its threshold (and veto) were chosen by cross-validation to keep precision of
// "present" at 98% or more.
import { clip, MAX_EVIDENCE_CHARS } from './text';

/**
 * `caps`: the highest value of each feature on the tickets it was trained on, which it reads no higher.
 * `veto`: under this probability the model overrules the rules' finding (the item is missing).
 */
export type ItemModel = { features: readonly string[]; weights: readonly number[]; bias: number; threshold: number; caps?: readonly number[]; veto?: number };

/** The model's log-odds that the ticket holds the item. */
export function logOdds(model: ItemModel, features: Readonly<Record<string, number>>): number {
  return model.features.reduce<number>((z, name, i) => z + (model.weights[i] ?? 0) * Math.min(features[name] ?? 0, model.caps?.[i] ?? Infinity), model.bias);
}

/** Whether the model says the ticket holds the item. */
export function saysPresent(model: ItemModel, features: Readonly<Record<string, number>>): boolean {
  return logOdds(model, features) >= Math.log(model.threshold / (1 - model.threshold));
}

/** Whether the model is sure enough the ticket lacks the item to overrule the rules (never without a veto). */
export function vetoes(model: ItemModel, features: Readonly<Record<string, number>>): boolean {
  return (model.veto ?? 0) > 0 && logOdds(model, features) < Math.log((model.veto as number) / (1 - (model.veto as number)));
}

/** A model's evidence: the sentence its verdict points at, clipped ('description: told as steps ("...")'). */
export function modelEvidence(sentence: { where: string; text: string } | null, fallbackWhere: string, told: string): string {
  if (!sentence) return `${fallbackWhere}: ${told}`;
  const head = `${sentence.where}: ${told} ("`;
  return `${head}${clip(sentence.text, MAX_EVIDENCE_CHARS - head.length - 2)}")`;
}
