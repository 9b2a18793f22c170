import { comment, ticket } from '../fixtures/build';
import { tokenize } from './lexicon/tokens';
import { buildCorpus, buildSources, toSafeTicket, tokensOf } from './source';
import { FirstWords, forEachCustomerWord, phraseAt, phraseTable, wordAt } from './textFeatures';

describe('phraseAt', () => {
  const table = phraseTable('go to | go back | click | no change');

  it('finds the longest phrase of the table at a word, within its clause', () => {
    const tokens = tokenize('Then go to Settings, click Save: no change.');
    expect(phraseAt(tokens, 1, 'go', table)).toBe(2);
    expect(phraseAt(tokens, 4, 'click', table)).toBe(1);
    expect(phraseAt(tokens, 6, 'no', table)).toBe(2);
    expect(phraseAt(tokens, 0, 'then', table)).toBe(0);
  });

  it('does not cross a clause break', () => {
    expect(phraseAt(tokenize('no, change it'), 0, 'no', table)).toBe(0);
  });
});

it('reads a word as the lists spell it: lower case, no accents, straight apostrophes', () => {
  const tokens = tokenize('Borré la app y DIDN’T help');
  expect(wordAt(tokens, 0)).toBe('borre');
  expect(wordAt(tokens, 4)).toBe("didn't");
});

it('passes over words that cannot start a phrase of the lists, by length and first letter', () => {
  const first = new FirstWords(['still', 'same']);
  const tokens = tokenize('Still the same thing, lugar');
  expect([0, 1, 2, 3, 4].map((w) => first.mayBeAt(tokens, w))).toEqual([true, false, true, false, false]);
});

it('walks the words the customer wrote: not the subject, not a reply signed by support', () => {
  const reply = 'Please clear the cache.\n\nBest,\nJonah\nBrightLearn Support';
  const corpus = buildCorpus(buildSources(toSafeTicket(ticket({ subject: 'Broken quiz', description: 'It spins.', comments: [comment(reply), comment('Still spins.')] }))));
  const tokens = tokensOf(corpus);
  const words: string[] = [];
  forEachCustomerWord(corpus, Infinity, (w, source) => words.push(`${source.where}:${wordAt(tokens, w)}`));
  expect(words).toEqual(['description:it', 'description:spins', 'comment 2:still', 'comment 2:spins']);
});
