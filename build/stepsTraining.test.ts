import { fitLogistic, probability, verdict, type StepsExample } from './stepsTraining';

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

describe('verdict', () => {
  const example = (tuned: StepsExample['tuned'], fresh: StepsExample['fresh'] = null): StepsExample =>
    ({ split: 'dev2', name: 'x', expected: 'present', tuned, fresh, fromField: false, features: [] });

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
});
