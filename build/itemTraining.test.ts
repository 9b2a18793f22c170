import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRESH_RULES_PATH, fitLogistic, freshRulesText, levelOf, loadFreshRules, probability, verdict, type ItemExample } from './itemTraining';

describe('fitLogistic', () => {
  // One feature that mostly tells the label, in units far from 1 (the fit standardises them).
  const rows = [[0], [100], [200], [300], [700], [800], [900], [1000]];
  const y = [0, 0, 0, 1, 0, 1, 1, 1];

  it('learns the direction of a feature and reports it in the feature\'s own units', () => {
    const model = fitLogistic(rows, y, 1);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(probability(model, [0])).toBeLessThan(0.3);
    expect(probability(model, [1000])).toBeGreaterThan(0.7);
  });

  it('with an unpenalised intercept, its probabilities add up to the positives', () => {
    const model = fitLogistic(rows, y, 3);
    expect(rows.reduce((s, r) => s + probability(model, r), 0)).toBeCloseTo(4, 6);
  });

  it('a stronger penalty shrinks the weight', () => {
    expect(fitLogistic(rows, y, 30).weights[0]!).toBeLessThan(fitLogistic(rows, y, 1).weights[0]!);
  });
});

const example = (tuned: ItemExample['tuned'], fresh: ItemExample['fresh'] = null, levels?: ItemExample['levels']): ItemExample =>
  ({ split: 'dev2', name: 'x', expected: 'present', tuned, fresh, fromField: false, features: [], canSay: !levels || levels.model !== null, canVeto: false, ...(levels ? { levels } : {}) });

describe('verdict', () => {
  it('the combination keeps the rules\' present and asks the model otherwise', () => {
    expect(verdict(example('present'), 'combination', 'tuned', 0, 0.9)).toBe('present');
    expect(verdict(example('weak'), 'combination', 'tuned', 0.95, 0.9)).toBe('present');
    expect(verdict(example('weak'), 'combination', 'tuned', 0.5, 0.9)).toBe('weak');
  });

  it('the fresh protocol reads the rules from before the split', () => {
    expect(verdict(example('present', 'missing'), 'rules', 'fresh', 0, 0.9)).toBe('missing');
    expect(verdict(example('present', 'missing'), 'rules', 'tuned', 0, 0.9)).toBe('present');
  });

  it('the model alone says present or missing, never weak', () => {
    expect(verdict(example('weak'), 'model', 'tuned', 0.5, 0.9)).toBe('missing');
    expect(verdict(example('missing'), 'model', 'tuned', 0.95, 0.9)).toBe('present');
  });

  it('the model says present only where it can say what decided it (for scope, a level)', () => {
    const noLevel = example('missing', 'missing', { expected: 'class', tuned: null, fresh: null, model: null });
    const level = example('missing', 'missing', { expected: 'class', tuned: null, fresh: null, model: 'class' });
    expect(verdict(noLevel, 'combination', 'fresh', 0.99, 0.9)).toBe('missing');
    expect(verdict(level, 'combination', 'fresh', 0.99, 0.9)).toBe('present');
  });
});

describe('verdict with a veto', () => {
  const mayVeto = { ...example('present', 'present'), canSay: false, canVeto: true };

  it('overrules the rules\' present under the veto, where the model may', () => {
    expect(verdict(mayVeto, 'combination', 'fresh', 0.1, 0.9, 0.25)).toBe('missing');
    expect(verdict(mayVeto, 'combination', 'fresh', 0.3, 0.9, 0.25)).toBe('present');
    expect(verdict(mayVeto, 'combination', 'fresh', 0.1, 0.9)).toBe('present');
  });

  it('never where it may not, nor a hint, nor for the rules alone', () => {
    expect(verdict(example('present'), 'combination', 'tuned', 0.1, 0.9, 0.25)).toBe('present');
    expect(verdict({ ...example('weak'), canVeto: true }, 'combination', 'tuned', 0.1, 0.9, 0.25)).toBe('weak');
    expect(verdict(mayVeto, 'rules', 'tuned', 0.1, 0.9, 0.25)).toBe('present');
  });
});

describe('levelOf', () => {
  const levels = { expected: 'class', tuned: 'school', fresh: 'user', model: 'class' } as const;

  it('gives the rules\' level while they say present, as each protocol reads them', () => {
    expect(levelOf(example('present', 'present', levels), 'combination', 'tuned', 'present')).toBe('school');
    expect(levelOf(example('present', 'present', levels), 'combination', 'fresh', 'present')).toBe('user');
  });

  it('gives the model\'s level where the model said present', () => {
    expect(levelOf(example('missing', 'missing', { ...levels, tuned: null, fresh: null }), 'combination', 'fresh', 'present')).toBe('class');
    expect(levelOf(example('missing', 'missing', { ...levels, tuned: null, fresh: null }), 'combination', 'fresh', 'missing')).toBeNull();
  });
});

describe('fresh-rules.json', () => {
  const root = join(__dirname, '..');

  it('is written as freshRulesText writes it (one ticket a line)', () => {
    expect(readFileSync(join(root, FRESH_RULES_PATH), 'utf8') === freshRulesText(loadFreshRules(root))).toBe(true);
  });

  it('holds every item and the scope level of every ticket of dev2 to dev8', () => {
    const rules = loadFreshRules(root);
    expect(Object.keys(rules.verdicts)).toEqual(['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8']);
    for (const tickets of Object.values(rules.verdicts))
      for (const v of Object.values(tickets ?? {})) {
        expect(v).toHaveProperty('stepsToReproduce');
        expect(v).toHaveProperty('troubleshooting');
        expect(v).toHaveProperty('scope');
        expect(v).toHaveProperty('scopeLevel');
      }
  });
});
