import { logOdds, saysPresent, vetoes, type ItemModel } from './itemModel';

const model: ItemModel = { features: ['a', 'b', 'c'], weights: [1, 0, -2], bias: 0.5, threshold: 0.9 };

it('adds up the weighted features and the bias', () => {
  expect(logOdds(model, { a: 1, b: 2, c: 3 })).toBeCloseTo(1 * 1 - 2 * 3 + 0.5);
});

it('reads each feature no higher than its cap', () => {
  expect(logOdds({ ...model, caps: [1, 5, 5] }, { a: 4, b: 2, c: 3 })).toBeCloseTo(1 * 1 - 2 * 3 + 0.5);
});

it('says present from the threshold on', () => {
  // log(0.9 / 0.1) = 2.197...
  expect(saysPresent(model, { a: 1.7, b: 0, c: 0 })).toBe(true);
  expect(saysPresent(model, { a: 1.6, b: 0, c: 0 })).toBe(false);
});

it('vetoes under its veto threshold, and never without one', () => {
  // log(0.25 / 0.75) = -1.0986...
  const withVeto: ItemModel = { ...model, bias: 0, veto: 0.25 };
  expect(vetoes(withVeto, { a: -1.2, b: 0, c: 0 })).toBe(true);
  expect(vetoes(withVeto, { a: -1, b: 0, c: 0 })).toBe(false);
  expect(vetoes({ ...withVeto, veto: undefined }, { a: -100, b: 0, c: 0 })).toBe(false);
});
