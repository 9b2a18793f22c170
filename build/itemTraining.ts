// Trains the checklist's item models (src/core/checklist/<item>Model.ts) on the dev splits, and
// measures them by leaving one split out: train on the others, test on the one left out. Never the
// held-out split. One trainer for every item: an item is a spec (build/itemModels.ts) naming its
// features, its rules and where its weights go.
//
// Two cross-validations, because the rules were tuned on all the dev splits: with today's rules
// ("tuned" below) every test split is one the rules were fitted to, so the rules look nearly perfect
// and a model can only lose against them. The second ("fresh") takes, for dev2 to dev8, the
// rules' verdicts as they stood before that split was written (build/fresh-rules.json): how the
// rules read tickets they had never seen, as they will read new tickets. The models' features use no
// rule and no lexicon, so they read the same in both.
//
// A model is a logistic regression with an L2 penalty on standardised features; it is asked only
// when the rules did not find the item present (the rules' "present" stands), unless its spec lets it
// veto: then, where the rules found the item and the model may overrule them (user ids: it can point
// at no id that may be a person's, and read the whole ticket), a probability under the veto's
// threshold makes the item missing (an id the rules took for a person's that is another thing's). A
// hint the rules found (weak) stands. Its penalty,
// threshold and veto are chosen on a grid by both cross-validations: precision of "present" at least
// 98% over each one's pooled test splits (or, where the rules alone are below that, at least theirs);
// then the strongest penalty within half a point of the best mean accuracy over their folds, at its
// best threshold and veto (on a tie, the lowest veto, then the highest threshold).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyScore, precision, recall, tally, type ExpectedStatus, type ItemScore, type LabelledTicket } from '../src/core/checklist/accuracy';
import { readField } from '../src/core/checklist/fields';
import { buildCorpus, buildSources, toSafeTicket, type Corpus, type SafeTicket } from '../src/core/checklist/source';
import type { ChecklistItemKey, ItemStatus, ScopeLevel } from '../src/core/types';

// dev9 to dev13 (session 6) are the rules' dev splits only: trained on dev9 and dev10 too, the models'
// thresholds came out looser (steps 0.9 -> 0.8, user ids 0.66 -> 0.5) and the ten dev splits of the time
// lost 6 fully right tickets; dev11-dev13 came later and were not tried.
export const DEV_SPLITS = ['corpus', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8'] as const;
export type DevSplit = (typeof DEV_SPLITS)[number];
export const FRESH_RULES_PATH = 'build/fresh-rules.json';

export const PENALTIES = [0.3, 1, 3, 10, 30, 100];
export const THRESHOLDS = Array.from({ length: 25 }, (_, i) => Math.round(50 + 2 * i) / 100);
/** Veto thresholds, for a spec that may veto (0: no veto). */
export const VETOES = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const MIN_PRECISION = 0.98;
const NEAR_BEST = 0.005;

/** One ticket's verdicts by an engine from before its split: every item's status, and the scope level. */
export type FreshVerdicts = Partial<Record<ChecklistItemKey, ItemStatus>> & { scopeLevel?: ScopeLevel | null };
export type FreshRules = { about: string; engines: Partial<Record<DevSplit, string>>; verdicts: Partial<Record<DevSplit, Record<string, FreshVerdicts>>> };

/** fresh-rules.json as build/fresh-rules.ts writes it: one ticket a line, so that a diff reads ticket by ticket. */
export function freshRulesText(rules: FreshRules): string {
  const splits = Object.entries(rules.verdicts).map(([split, tickets]) => {
    const lines = Object.entries(tickets ?? {}).map(([name, v]) => `   ${JSON.stringify(name)}: ${JSON.stringify(v)}`);
    return `  ${JSON.stringify(split)}: {\n${lines.join(',\n')}\n  }`;
  });
  return `{\n "about": ${JSON.stringify(rules.about)},\n "engines": ${JSON.stringify(rules.engines)},\n "verdicts": {\n${splits.join(',\n')}\n }\n}\n`;
}

/** Where a model's rules stand for one ticket, and what the model may read of it. */
export type RulesReading = { status: ItemStatus; level?: ScopeLevel | null };
/**
 * What the model reads: its features; whether it can point at what would decide it (troubleshooting:
 * a sentence telling what was tried; scope: a level; user ids: an id that may be a person's), without
 * which it says nothing; for a model with a veto, whether it may overrule the rules here (user ids:
 * it can point at nothing, and read the whole ticket); the level it would give.
 */
export type ModelReading = { features: number[]; canSay: boolean; canVeto?: boolean; level?: ScopeLevel | null };

/** What the trainer needs to know of one item. */
export type ItemSpec = {
  item: ChecklistItemKey;
  /** How the model's file and messages name it: "steps". */
  name: string;
  /** The constant its weights are written into, and that file (from the repository's root). */
  constant: string;
  modelPath: string;
  /** The file computing its features, named in the model's file. */
  featuresFile: string;
  /** The features it reads in the text, in the order `read` gives them. */
  features: readonly string[];
  /** When the model is asked, as its file says it: "the rules find no steps". */
  askedWhen: string;
  /** Today's rules' verdict (the item not in a mapped field). */
  rules(corpus: Corpus, ticket: SafeTicket): RulesReading;
  read(corpus: Corpus, ticket: SafeTicket): ModelReading;
  /**
   * Whether the model may also overrule the rules' "present" where it is sure the item is not there
   * (a probability under its veto threshold): for an item whose rules say present too often.
   */
  veto?: boolean;
  /** Where a mapped field holds the item, the level it gives (scope). */
  fieldLevel?(text: string): ScopeLevel | null;
  /**
   * Whether the model reads each feature no higher than the dev tickets reached (its `caps`): a
   * ticket longer than any it was trained on must not read as more likely to hold the item.
   */
  capsFeatures: boolean;
};

export type ItemExample = {
  split: DevSplit;
  name: string;
  expected: ExpectedStatus;
  /** Today's rules' verdict, or 'present' when a mapped field holds the item. */
  tuned: ItemStatus;
  /** The verdict of the rules from before the split was written (dev2-dev8), or null. */
  fresh: ItemStatus | null;
  fromField: boolean;
  features: number[];
  /** Whether the model may say present here, and overrule the rules' present (see ModelReading). */
  canSay: boolean;
  canVeto: boolean;
  /** Scope levels, for an item that has them: labelled, by each rules, and the model's (null: none it can give). */
  levels?: { expected: ScopeLevel | null; tuned: ScopeLevel | null; fresh: ScopeLevel | null; model: ScopeLevel | null };
};

function loadSplit(root: string, split: DevSplit): LabelledTicket[] {
  const dir = join(root, 'src/core/fixtures', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledTicket[]);
}

export function loadFreshRules(root: string): FreshRules {
  return JSON.parse(readFileSync(join(root, FRESH_RULES_PATH), 'utf8')) as FreshRules;
}

/** Every dev ticket labelled for the item, with the rules' verdicts and the model's features. */
export function loadExamples(root: string, spec: ItemSpec): ItemExample[] {
  const fresh = loadFreshRules(root);
  return DEV_SPLITS.flatMap((split) =>
    loadSplit(root, split).flatMap((c): ItemExample[] => {
      const expected = c.expect[spec.item];
      if (!expected) return [];
      const safe = toSafeTicket(c.ticket);
      const corpus = buildCorpus(buildSources(safe));
      const field = readField(spec.item, c.fields, safe.customFields);
      const rules = spec.rules(corpus, safe);
      const reading = spec.read(corpus, safe);
      const freshVerdicts = fresh.verdicts[split]?.[c.name];
      const example: ItemExample = {
        split,
        name: c.name,
        expected,
        tuned: field ? 'present' : rules.status,
        fresh: freshVerdicts?.[spec.item] ?? null,
        fromField: field !== null,
        features: reading.features,
        canSay: reading.canSay,
        canVeto: reading.canVeto ?? false,
      };
      if (spec.fieldLevel) {
        const tuned = (field && spec.fieldLevel(field.text)) ?? rules.level ?? null;
        example.levels = { expected: c.scopeLevel, tuned, fresh: freshVerdicts?.scopeLevel ?? null, model: reading.level ?? null };
      }
      return [example];
    }),
  );
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
export type ModelSystem = Exclude<System, 'rules'>;

const isPositive = (e: ItemExample): number => (e.expected === 'present' || e.expected === 'notMissing' ? 1 : 0);
const rulesOf = (e: ItemExample, protocol: Protocol): ItemStatus => (e.fromField ? 'present' : protocol === 'fresh' ? (e.fresh ?? e.tuned) : e.tuned);

/** The inputs of a system's model: the features, and for the model alone the rules' verdict too. */
export function inputs(e: ItemExample, system: System, protocol: Protocol): number[] {
  if (system !== 'model') return e.features;
  const rules = rulesOf(e, protocol);
  return [...e.features, rules === 'present' ? 1 : 0, rules === 'weak' ? 1 : 0];
}

export function fitOn(examples: readonly ItemExample[], system: ModelSystem, penalty: number): LinearModel {
  return fitLogistic(
    examples.map((e) => inputs(e, system, 'tuned')),
    examples.map(isPositive),
    penalty,
  );
}

/** A system's verdict on one ticket, given the model's probability (veto 0: the rules' "present" stands). */
export function verdict(e: ItemExample, system: System, protocol: Protocol, p: number, threshold: number, veto = 0): ItemStatus {
  const rules = rulesOf(e, protocol);
  if (e.fromField || system === 'rules') return rules;
  const says = p >= threshold && e.canSay;
  if (system === 'model') return says ? 'present' : 'missing';
  if (rules === 'present') return e.canVeto && p < veto ? 'missing' : 'present';
  return says ? 'present' : rules;
}

/** The level a system gives (items with levels): the rules' while they say present, else the model's when it does. */
export function levelOf(e: ItemExample, system: System, protocol: Protocol, status: ItemStatus): ScopeLevel | null {
  if (!e.levels) return null;
  const rules = rulesOf(e, protocol);
  const rulesLevel = protocol === 'fresh' && !e.fromField && e.fresh !== null ? e.levels.fresh : e.levels.tuned;
  if (system === 'rules' || (system === 'combination' && rules === 'present')) return rulesLevel;
  return status === 'present' ? e.levels.model : system === 'model' ? null : rulesLevel;
}

export type Fold = { split: DevSplit; score: ItemScore; levelsRight?: number; setting?: string };
export type Figures = { accuracy: number; precision: number; recall: number };

export const figures = (s: ItemScore): Figures => ({ accuracy: s.judged ? s.right / s.judged : 1, precision: precision(s), recall: recall(s) });

export function meanFigures(folds: readonly Fold[]): Figures {
  const all = folds.map((f) => figures(f.score));
  const mean = (k: keyof Figures) => all.reduce((s, f) => s + f[k], 0) / all.length;
  return { accuracy: mean('accuracy'), precision: mean('precision'), recall: mean('recall') };
}

/** The share of tickets whose level is right, over the folds' tickets (null: the item has no levels). */
export function levelShare(folds: readonly Fold[]): number | null {
  if (folds.some((f) => f.levelsRight === undefined)) return null;
  const judged = folds.reduce((s, f) => s + f.score.judged, 0);
  return judged === 0 ? 1 : folds.reduce((s, f) => s + (f.levelsRight ?? 0), 0) / judged;
}

export function pooled(folds: readonly Fold[]): ItemScore {
  const total = emptyScore();
  for (const { score } of folds) for (const k of Object.keys(total) as Array<keyof ItemScore>) total[k] += score[k];
  return total;
}

/** The splits a protocol tests on: the fresh one has no verdicts from before the first split. */
export function testSplits(examples: readonly ItemExample[], splits: readonly DevSplit[], protocol: Protocol): DevSplit[] {
  return splits.filter((s) => protocol === 'tuned' || examples.some((e) => e.split === s && e.fresh !== null));
}

/** Out-of-split probabilities: each split's tickets scored by a model trained on the other splits. */
export function outOfSplit(examples: readonly ItemExample[], splits: readonly DevSplit[], system: ModelSystem, protocol: Protocol, penalty: number): Map<ItemExample, number> {
  const p = new Map<ItemExample, number>();
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

/** One split's score under a system, given the model's probabilities. */
function foldOf(examples: readonly ItemExample[], split: DevSplit, system: System, protocol: Protocol, p: ReadonlyMap<ItemExample, number>, threshold: number, veto = 0): Fold {
  const score = emptyScore();
  let levelsRight = 0;
  let levels = false;
  for (const e of examples) {
    if (e.split !== split) continue;
    const status = verdict(e, system, protocol, p.get(e) ?? 0, threshold, veto);
    tally(score, e.expected, status);
    if (e.levels) {
      levels = true;
      if (levelOf(e, system, protocol, status) === e.levels.expected) levelsRight++;
    }
  }
  return levels ? { split, score, levelsRight } : { split, score };
}

export function foldsOf(
  examples: readonly ItemExample[],
  splits: readonly DevSplit[],
  system: System,
  protocol: Protocol,
  p: ReadonlyMap<ItemExample, number>,
  threshold: number,
  veto = 0,
): Fold[] {
  return testSplits(examples, splits, protocol).map((split) => foldOf(examples, split, system, protocol, p, threshold, veto));
}

export type Setting = { penalty: number; threshold: number; veto: number; tuned: Fold[]; fresh: Fold[] };

/** The veto thresholds a spec's grid tries: none unless it may veto (the model alone has no rules to veto). */
export const vetoesOf = (spec: Pick<ItemSpec, 'veto'>, system: System = 'combination'): readonly number[] => (spec.veto && system === 'combination' ? VETOES : [0]);

/** The grid's best setting on these splits (see the top of the file), or null when none keeps precision. */
export function chooseSetting(examples: readonly ItemExample[], splits: readonly DevSplit[], system: ModelSystem, vetoes: readonly number[] = [0]): Setting | null {
  const candidates: Array<Setting & { objective: number }> = [];
  // Where the rules alone are below 98% (the fresh rules on dev2 and dev4 for steps), the model,
  // which keeps their "present", cannot be above them: it must then not go below them.
  const floor = (protocol: Protocol): number => Math.min(MIN_PRECISION, precision(pooled(foldsOf(examples, splits, 'rules', protocol, new Map(), 1))));
  const floors = { tuned: floor('tuned'), fresh: floor('fresh') };
  for (const penalty of PENALTIES) {
    const tunedP = outOfSplit(examples, splits, system, 'tuned', penalty);
    const freshP = outOfSplit(examples, splits, system, 'fresh', penalty);
    for (const threshold of THRESHOLDS) {
      for (const veto of vetoes) {
        const tuned = foldsOf(examples, splits, system, 'tuned', tunedP, threshold, veto);
        const fresh = foldsOf(examples, splits, system, 'fresh', freshP, threshold, veto);
        if (precision(pooled(tuned)) < floors.tuned || precision(pooled(fresh)) < floors.fresh) continue;
        const folds = [...tuned, ...fresh];
        candidates.push({ penalty, threshold, veto, tuned, fresh, objective: folds.reduce((s, f) => s + figures(f.score).accuracy, 0) / folds.length });
      }
    }
  }
  // The strongest penalty that comes within half a point of the best accuracy, at its best threshold
  // and veto (on a tie the lowest veto, then the highest threshold): a setting chosen on a few hundred
  // tickets should not be fitted finer than that, nor overrule the rules more than it must.
  const top = Math.max(...candidates.map((c) => c.objective));
  const penalty = Math.max(...candidates.filter((c) => c.objective >= top - NEAR_BEST).map((c) => c.penalty));
  let best: (Setting & { objective: number }) | null = null;
  const tie = (a: Setting, b: Setting): boolean => (a.veto !== b.veto ? a.veto < b.veto : a.threshold >= b.threshold);
  for (const c of candidates) {
    if (c.penalty !== penalty) continue;
    if (!best || c.objective > best.objective + 1e-12 || (Math.abs(c.objective - best.objective) <= 1e-12 && tie(c, best))) best = c;
  }
  return best && { penalty: best.penalty, threshold: best.threshold, veto: best.veto, tuned: best.tuned, fresh: best.fresh };
}

/**
 * Nested cross-validation: for each test split, the setting is chosen on the other splits alone, then
 * the model trained on them. The figures a model is shipped on; for 'rules', the rules alone.
 */
export function nestedFolds(examples: readonly ItemExample[], system: System, protocol: Protocol, vetoes: readonly number[] = [0]): Fold[] {
  return testSplits(examples, DEV_SPLITS, protocol).map((test) => {
    if (system === 'rules') return foldOf(examples, test, 'rules', protocol, new Map(), 1);
    const rest = DEV_SPLITS.filter((s) => s !== test);
    const setting = chooseSetting(examples, rest, system, vetoes);
    // No setting keeps precision on the other splits: the model is not asked.
    if (!setting) return { ...foldOf(examples, test, system, protocol, new Map(), 1.1), setting: 'no setting keeps precision' };
    const model = fitOn(
      examples.filter((e) => e.split !== test),
      system,
      setting.penalty,
    );
    const p = new Map(examples.filter((e) => e.split === test).map((e) => [e, probability(model, inputs(e, system, protocol))]));
    const veto = setting.veto > 0 ? `, veto ${setting.veto}` : '';
    return { ...foldOf(examples, test, system, protocol, p, setting.threshold, setting.veto), setting: `penalty ${setting.penalty}, threshold ${setting.threshold}${veto}` };
  });
}

/** The caps: each feature's highest value over the examples (the cross-validation reads no caps). */
export type TrainedModel = { model: LinearModel; setting: Setting; examples: number; caps: number[] };

export function trainModel(spec: ItemSpec, examples: readonly ItemExample[]): TrainedModel {
  const setting = chooseSetting(examples, DEV_SPLITS, 'combination', vetoesOf(spec));
  if (!setting) throw new Error(`${spec.name}: no setting keeps precision of "present" at 98% in cross-validation`);
  const caps = spec.features.map((_, j) => Math.max(...examples.map((e) => e.features[j] as number)));
  return { model: fitOn(examples, 'combination', setting.penalty), setting, examples: examples.length, caps };
}

const round = (x: number): number => Number(x.toPrecision(4));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const line = (name: string, f: Figures): string => `//   ${name}: accuracy ${pct(f.accuracy)}, precision ${pct(f.precision)}, recall ${pct(f.recall)} (mean of folds)`;

/** The text of a model's file, as `npm run item-models` writes it and its staleness test expects it. */
export function modelFile(spec: ItemSpec, trained: TrainedModel): string {
  const { model, setting } = trained;
  return [
    '// Generated by `npm run item-models` (build/train-item-models.ts, build/itemTraining.ts): do not edit.',
    `// Logistic regression over ${spec.featuresFile}, trained on the ${trained.examples} dev tickets labelled for ${spec.name}`,
    `// (${DEV_SPLITS.join(', ')}; never the held-out split), L2 penalty ${setting.penalty}, asked only when ${spec.askedWhen}.`,
    `// Threshold ${setting.threshold}${spec.veto ? ` (veto ${setting.veto}: under it, the rules' "present" is overruled)` : ''}, chosen by leave-one-split-out cross-validation, which gave (rules, then model):`,
    line('with the rules as tuned on every split', meanFigures(setting.tuned)),
    line('with the rules from before each split (dev2-dev8)', meanFigures(setting.fresh)),
    `export const ${spec.constant} = {`,
    `  features: ${JSON.stringify(spec.features)},`,
    `  weights: ${JSON.stringify(model.weights.map(round))},`,
    `  bias: ${round(model.bias)},`,
    `  threshold: ${setting.threshold},`,
    ...(spec.veto ? [`  veto: ${setting.veto},`] : []),
    // Rounded up: the ticket that reached a cap reads as it was trained.
    ...(spec.capsFeatures ? [`  caps: ${JSON.stringify(trained.caps.map((c) => Math.ceil(c * 1000) / 1000))},`] : []),
    '} as const;',
    '',
  ].join('\n');
}
