import { isAsserted, isNegated, isQuestion, lineAround, lineAt } from './context';

const at = (text: string, phrase: string) => text.indexOf(phrase);

describe('isNegated', () => {
  it.each([
    ['It is not the whole school', 'whole school'],
    ["We haven't cleared cache yet", 'cleared cache'],
    ['did not try incognito', 'incognito'],
    ['never affecting all partners', 'all partners'],
  ])('%s', (text, phrase) => expect(isNegated(text, at(text, phrase))).toBe(true));

  it.each([
    ["Can't log in - the whole school", 'whole school'],
    ['Not sure yet, but it looks like the whole school', 'whole school'],
    ['The whole school is down', 'whole school'],
  ])('%s is not negated', (text, phrase) => expect(isNegated(text, at(text, phrase))).toBe(false));
});

describe('isQuestion and isAsserted', () => {
  it('a phrase in a question is not asserted', () => {
    const text = 'Have you tried an incognito window? We did clear the cache.';
    expect(isQuestion(text, at(text, 'incognito'))).toBe(true);
    expect(isAsserted(text, at(text, 'clear the cache'))).toBe(true);
  });
});

describe('lineAt', () => {
  it('returns the whole line around a position', () => {
    const text = 'one\ntwo three\nfour';
    expect(lineAt(text, at(text, 'three'))).toBe('two three');
    expect(lineAt(text, 0)).toBe('one');
    expect(lineAt(text, at(text, 'four'))).toBe('four');
  });
});

describe('lineAround', () => {
  it('returns the line around a position, within the reach on either side', () => {
    const text = 'one\ntwo three four five\nsix';
    expect(lineAround(text, at(text, 'four'), 100)).toBe('two three four five');
    expect(lineAround(text, at(text, 'four'), 4)).toBe('ree four');
    expect(lineAround(text, 0, 10)).toBe('one');
  });
});
