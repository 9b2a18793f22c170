// Trains the steps model (src/core/checklist/stepsModel.ts) on the dev splits, and measures it by
// leaving one split out: train on three, test on the fourth. Never the held-out split.
//
// Two cross-validations, because the rules were tuned on all the dev splits: with today's rules
// ("tuned" below) every test split is one the rules were fitted to, so the rules look nearly perfect
// and a model can only lose against them. The second ("fresh") takes, for dev2 to dev5, the
// rules' verdicts as they stood before that split was written (build/steps-fresh-rules.json): how the
// rules read tickets they had never seen, as they will read new tickets. The model's features use no
// rule and no lexicon, so they read the same in both.
//
// The model is a logistic regression with an L2 penalty on standardised features; it is asked only
// when the rules found no steps (the rules' "present" stands). Its penalty and threshold are chosen
// on a grid by both cross-validations: precision of "present" at least 98% over each one's pooled
// test splits (or, where the rules alone are below that, at least theirs); then the strongest penalty
// within half a point of the best mean accuracy over their folds, at its best threshold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyScore, precision, recall, tally, type ExpectedStatus, type ItemScore, type LabelledTicket } from '../src/core/checklist/accuracy';
import { readField } from '../src/core/checklist/fields';
import { buildCorpus, buildSources, toSafeTicket } from '../src/core/checklist/source';
import { stepsByRules } from '../src/core/checklist/steps';
import { STEPS_FEATURES, stepsFeatures } from '../src/core/checklist/stepsFeatures';
import type { ItemStatus } from '../src/core/types';

export const DEV_SPLITS = ['corpus', 'dev2', 'dev3', 'dev4', 'dev5'] as const;
export type DevSplit = (typeof DEV_SPLITS)[number];
export const STEPS_MODEL_PATH = 'src/core/checklist/stepsModel.ts';
export const FRESH_RULES_PATH = 'build/steps-fresh-rules.json';

export const PENALTIES = [0.3, 1, 3, 10, 30, 100];
export const THRESHOLDS = Array.from({ length: 25 }, (_, i) => Math.round(50 + 2 * i) / 100);
const MIN_PRECISION = 0.98;
const NEAR_BEST = 0.005;

export type StepsExample = {
  split: DevSplit;
  name: string;
  expected: ExpectedStatus;
  /** Today's rules' verdict, or 'present' when a mapped field holds the steps. */
  tuned: ItemStatus;
  /** The verdict of the rules from before the split was written (dev2-dev5), or null. */
  fresh: ItemStatus | null;
  fromField: boolean;
  features: number[];
};

export type FreshRules = { about: string; engines: Partial<Record<DevSplit, string>>; verdicts: Partial<Record<DevSplit, Record<string, ItemStatus>>> };

/** Every dev ticket labelled for steps, with the rules' verdicts and the model's features. */
export function loadExamples(root: string): StepsExample[] {
  const fresh = JSON.parse(readFileSync(join(root, FRESH_RULES_PATH), 'utf8')) as FreshRules;
  return DEV_SPLITS.flatMap((split) => {
    const dir = join(root, 'src/core/fixtures', split);
    const cases = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledTicket[]);
    return cases.flatMap((c): StepsExample[] => {
      const expected = c.expect.stepsToReproduce;
      if (!expected) return [];
      const safe = toSafeTicket(c.ticket);
      const corpus = buildCorpus(buildSources(safe));
      const fromField = readField('stepsToReproduce', c.fields, safe.customFields) !== null;
      const features = stepsFeatures(corpus);
      const freshVerdict = fresh.verdicts[split]?.[c.name] ?? null;
      return [{ split, name: c.name, expected, tuned: fromField ? 'present' : stepsByRules(corpus).status, fresh: freshVerdict, fromField, features: STEPS_FEATURES.map((f) => features[f]) }];
    });
  });
}

export type LinearModel = { weights: number[]; bias: number };

/** Solves a x = b (a small dense system) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * L2-penalised logistic regression by Newton's method on standardised features (the penalty weighs
 * every feature alike, the intercept not at all), returned in the features' own units.
 */
export function fitLogistic(rows: readonly number[][], y: readonly number[], penalty: number): LinearModel {
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const sd = mean.map((mu, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - mu) ** 2, 0) / rows.length) || 1);
  const z = rows.map((r) => [...r.map((v, j) => (v - mean[j]!) / sd[j]!), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const grad = w.map((wj, j) => (j < d ? penalty * wj : 0));
    const hess = w.map((_, j) => w.map((__, k) => (j === k && j < d ? penalty : 0)));
    z.forEach((zi, i) => {
      const p = sigmoid(zi.reduce((s, v, j) => s + v * w[j]!, 0));
      const g = p - y[i]!;
      const h = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += g * zi[j]!;
        for (let k = 0; k <= d; k++) hess[j]![k]! += h * zi[j]! * zi[k]!;
      }
    });
    const step = solve(hess, grad);
    step.forEach((s, j) => (w[j]! -= s));
    if (Math.max(...step.map(Math.abs)) < 1e-12) break;
  }
  const weights = mean.map((_, j) => w[j]! / sd[j]!);
  return { weights, bias: w[d]! - mean.reduce((s, mu, j) => s + weights[j]! * mu, 0) };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function probability(model: LinearModel, x: readonly number[]): number {
  return sigmoid(x.reduce((s, v, j) => s + v * model.weights[j]!, model.bias));
}

/** Which rules a cross-validation reads: today's, or those from before each split was written. */
export type Protocol = 'tuned' | 'fresh';
/** The rules alone; the model alone (its features and the rules' verdict); the rules, then the model. */
export type System = 'rules' | 'model' | 'combination';

const isPositive = (e: StepsExample): number => (e.expected === 'present' || e.expected === 'notMissing' ? 1 : 0);
const rulesOf = (e: StepsExample, protocol: Protocol): ItemStatus => (e.fromField ? 'present' : protocol === 'fresh' ? (e.fresh ?? e.tuned) : e.tuned);

/** The inputs of a system's model: the features, and for the model alone the rules' verdict too. */
export function inputs(e: StepsExample, system: System, protocol: Protocol): number[] {
  if (system !== 'model') return e.features;
  const rules = rulesOf(e, protocol);
  return [...e.features, rules === 'present' ? 1 : 0, rules === 'weak' ? 1 : 0];
}

export function fitOn(examples: readonly StepsExample[], system: System, penalty: number): LinearModel {
  return fitLogistic(
    examples.map((e) => inputs(e, system, 'tuned')),
    examples.map(isPositive),
    penalty,
  );
}

/** A system's verdict on one ticket, given the model's probability. */
export function verdict(e: StepsExample, system: System, protocol: Protocol, p: number, threshold: number): ItemStatus {
  const rules = rulesOf(e, protocol);
  if (e.fromField || system === 'rules') return rules;
  if (system === 'model') return p >= threshold ? 'present' : 'missing';
  return rules === 'present' || p >= threshold ? 'present' : rules;
}

export type Fold = { split: DevSplit; score: ItemScore };
export type Figures = { accuracy: number; precision: number; recall: number };

export const figures = (s: ItemScore): Figures => ({ accuracy: s.judged ? s.right / s.judged : 1, precision: precision(s), recall: recall(s) });

export function meanFigures(folds: readonly Fold[]): Figures {
  const all = folds.map((f) => figures(f.score));
  const mean = (k: keyof Figures) => all.reduce((s, f) => s + f[k], 0) / all.length;
  return { accuracy: mean('accuracy'), precision: mean('precision'), recall: mean('recall') };
}

export function pooled(folds: readonly Fold[]): ItemScore {
  const total = emptyScore();
  for (const { score } of folds) for (const k of Object.keys(total) as Array<keyof ItemScore>) total[k] += score[k];
  return total;
}

/** The splits a protocol tests on: the fresh one has no verdicts from before the first split. */
function testSplits(examples: readonly StepsExample[], splits: readonly DevSplit[], protocol: Protocol): DevSplit[] {
  return splits.filter((s) => protocol === 'tuned' || examples.some((e) => e.split === s && e.fresh !== null));
}

/** Out-of-split probabilities: each split's tickets scored by a model trained on the other splits. */
export function outOfSplit(examples: readonly StepsExample[], splits: readonly DevSplit[], system: System, protocol: Protocol, penalty: number): Map<StepsExample, number> {
  const p = new Map<StepsExample, number>();
  for (const test of splits) {
    const model = fitOn(
      examples.filter((e) => splits.includes(e.split) && e.split !== test),
      system,
      penalty,
    );
    for (const e of examples) if (e.split === test) p.set(e, probability(model, inputs(e, system, protocol)));
  }
  return p;
}

export function foldsOf(examples: readonly StepsExample[], splits: readonly DevSplit[], system: System, protocol: Protocol, p: ReadonlyMap<StepsExample, number>, threshold: number): Fold[] {
  return testSplits(examples, splits, protocol).map((split) => {
    const score = emptyScore();
    for (const e of examples) if (e.split === split) tally(score, e.expected, verdict(e, system, protocol, p.get(e) ?? 0, threshold));
    return { split, score };
  });
}

export type Setting = { penalty: number; threshold: number; tuned: Fold[]; fresh: Fold[] };

/** The grid's best setting on these splits (see the top of the file), or null when none keeps precision. */
export function chooseSetting(examples: readonly StepsExample[], splits: readonly DevSplit[], system: Exclude<System, 'rules'>): Setting | null {
  const candidates: Array<Setting & { objective: number }> = [];
  // Where the rules alone are below 98% (the fresh rules on dev2 and dev4), the model, which keeps
  // their "present", cannot be above them: it must then not go below them.
  const floor = (protocol: Protocol): number => Math.min(MIN_PRECISION, precision(pooled(foldsOf(examples, splits, 'rules', protocol, new Map(), 1))));
  const floors = { tuned: floor('tuned'), fresh: floor('fresh') };
  for (const penalty of PENALTIES) {
    const tunedP = outOfSplit(examples, splits, system, 'tuned', penalty);
    const freshP = outOfSplit(examples, splits, system, 'fresh', penalty);
    for (const threshold of THRESHOLDS) {
      const tuned = foldsOf(examples, splits, system, 'tuned', tunedP, threshold);
      const fresh = foldsOf(examples, splits, system, 'fresh', freshP, threshold);
      if (precision(pooled(tuned)) < floors.tuned || precision(pooled(fresh)) < floors.fresh) continue;
      const folds = [...tuned, ...fresh];
      candidates.push({ penalty, threshold, tuned, fresh, objective: folds.reduce((s, f) => s + figures(f.score).accuracy, 0) / folds.length });
    }
  }
  // The strongest penalty that comes within half a point of the best accuracy, at its best threshold
  // (the higher on a tie): a setting chosen on ~380 tickets should not be fitted finer than that.
  const top = Math.max(...candidates.map((c) => c.objective));
  const penalty = Math.max(...candidates.filter((c) => c.objective >= top - NEAR_BEST).map((c) => c.penalty));
  let best: (Setting & { objective: number }) | null = null;
  for (const c of candidates) if (c.penalty === penalty && (!best || c.objective >= best.objective - 1e-12)) best = c;
  return best && { penalty: best.penalty, threshold: best.threshold, tuned: best.tuned, fresh: best.fresh };
}

export type TrainedStepsModel = { model: LinearModel; setting: Setting; examples: number };

export function trainStepsModel(examples: readonly StepsExample[]): TrainedStepsModel {
  const setting = chooseSetting(examples, DEV_SPLITS, 'combination');
  if (!setting) throw new Error('no setting keeps precision of "present" at 98% in cross-validation');
  return { model: fitOn(examples, 'combination', setting.penalty), setting, examples: examples.length };
}

const round = (x: number): number => Number(x.toPrecision(4));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const line = (name: string, f: Figures): string => `//   ${name}: accuracy ${pct(f.accuracy)}, precision ${pct(f.precision)}, recall ${pct(f.recall)} (mean of folds)`;

/** The text of stepsModel.ts, as `npm run steps-model` writes it and stepsModel.test.ts expects it. */
export function stepsModelFile(trained: TrainedStepsModel): string {
  const { model, setting } = trained;
  return [
    '// Generated by `npm run steps-model` (build/train-steps-model.ts, build/stepsTraining.ts): do not edit.',
    `// Logistic regression over stepsFeatures.ts, trained on the ${trained.examples} dev tickets labelled for steps`,
    `// (${DEV_SPLITS.join(', ')}; never the held-out split), L2 penalty ${setting.penalty}, asked only when the rules find no steps.`,
    `// Threshold ${setting.threshold}, chosen by leave-one-split-out cross-validation, which gave (rules, then model):`,
    line('with the rules as tuned on every split', meanFigures(setting.tuned)),
    line('with the rules from before each split (dev2-dev5)', meanFigures(setting.fresh)),
    'export const STEPS_MODEL = {',
    `  features: ${JSON.stringify(STEPS_FEATURES)},`,
    `  weights: ${JSON.stringify(model.weights.map(round))},`,
    `  bias: ${round(model.bias)},`,
    `  threshold: ${setting.threshold},`,
    '} as const;',
    '',
  ].join('\n');
}
