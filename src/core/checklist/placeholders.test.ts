import fc from 'fast-check';
import { LEXICONS } from './lexicon';
import { isPlaceholder } from './placeholders';

describe('isPlaceholder', () => {
  it.each(['', '  ', 'N/A', 'n/a', 'NA', 'TBD', '?', '???', 'unknown', '-', '—', 'none', '[school name]', '<student id>', '(list steps here)', '{scope}', '**TBD**', 'Insert SID here', 'pendiente'])(
    '%p is a placeholder',
    (v) => expect(isPlaceholder(v)).toBe(true),
  );
  it.each(['Lincoln High', '4481923', 'cleared cache', 'one class', 'Nathan Hale Academy', 'Smith, John'])('%p is a value', (v) => expect(isPlaceholder(v)).toBe(false));
});

describe('isPlaceholder: what a template is left holding', () => {
  it.each(['requested, customer will send', 'asked, customer will send', 'pending, will confirm', 'asked', 'N/A', 'pendiente', 'no sé', 'TBD', 'will send later', 'see list attached', 'ver lista adjunta'])('%p is nothing', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each(['Lincoln High', 'SID 4481923', 'asked twice, no reply from the district', 'will send the rest later - 4481923 for now', "see attached - students get 'Network error' on Submit"])('%p is a value', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('isPlaceholder: a value saying it was not got', () => {
  it.each(["didn't get it, she had to go before I asked", 'Didn’t have it with her, will email it', 'no lo tenía a la mano', 'forgot to ask'])('%p is nothing', (value) =>
    expect(isPlaceholder(value)).toBe(true),
  );
  it.each(['didnt getter academy', "Lincoln High (didn't get the address)", "didn't get the password reset email, tried 3 times", 'no la dio de alta la secretaria'])('%p is a value', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('isPlaceholder: another label with nothing, or where to find it not known', () => {
  it.each(['Student ID: TBD (parent will bring it in)', 'SID: n/a', 'not sure where to find this', "Don't know where to find it"])('%p is nothing', (value) =>
    expect(isPlaceholder(value)).toBe(true),
  );
  it.each(['Student ID: 4481923', 'Note: cleared cache, same', '10:30 AM', "not sure whether it's all of them, but 4481923 for sure", "Not sure where my son's grades went, the Grades tab is empty since Monday."])('%p is a value', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('isPlaceholder: ASCII values read as words, as the placeholder pattern reads them', () => {
  // The pattern as the lexicons' placeholders make it (see text.ts): the reference for every value.
  const words = LEXICONS.flatMap((l) => l.placeholders);
  const pattern = new RegExp(
    `^(?:${words.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/e/g, '[eé]')).join('|')}|x+|\\?+|-+|\\.+|—|–|_+)$`,
    'i',
  );
  const variants = (p: string): string[] => [p, p.toUpperCase(), p.replace(/ /g, '  '), p.replace(/ /g, '\t'), p.replace(/ /g, ''), p.replace(/e/g, 'é'), `${p}x`, `x${p}`, p.slice(1)];
  const TEMPLATE_HINT_FREE = /^[^<[{(]/; // values a template hint would make placeholders either way

  it('agrees with the pattern on every placeholder, written other ways, and on marks', () => {
    const values = [...words.flatMap(variants), 'xxx', 'XX', '???', '--', '...', '___', '—', '–', 'x-x', 'N/A', 'n /a', 'TBD', 'Lincoln'];
    for (const v of values.filter((x) => TEMPLATE_HINT_FREE.test(x))) expect([v, isPlaceholder(v)]).toEqual([v, pattern.test(v.trim())]);
  });

  it('agrees with the pattern on random short ASCII values', () => {
    // Random letters, and the placeholders with their case and spaces changed at random.
    const changed = fc
      .tuple(fc.constantFrom(...words.filter((w) => /^[a-z](?:.*[a-z?/])?$/i.test(w))), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom(' ', '  ', '\t', ' \n '))
      .map(([w, upper, space]) => [...w].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('').replace(/ /g, space));
    fc.assert(
      // Values that stripMarkup and the trailing-stop trim leave as they are.
      fc.property(fc.oneof(fc.stringMatching(/^[a-zA-Z](?:[a-zA-Z?./ \t-]{0,18}[a-zA-Z?/])?$/), changed), (value) => {
        if (/^(?:insert|enter|add|list|type|fill in)\b/i.test(value)) return;
        expect(isPlaceholder(value)).toBe(pattern.test(value));
      }),
      { numRuns: 2000 },
    );
  });
});
