import { PhraseError, PhraseSet } from './phrases';
import { tokenize } from './tokens';

const slots = { pupil: ['student(s)', 'kids'], owner: ['my', 'her'], place: ['school', 'high school'] };
const matches = (phrase: string, text: string) => {
  const set = new PhraseSet([{ phrase, value: phrase }], slots);
  const found: string[] = [];
  const tokens = tokenize(text);
  set.scan(tokens, (m) => {
    found.push(text.slice(tokens.starts[m.start], tokens.ends[m.end - 1]));
  });
  return found;
};

describe('PhraseSet', () => {
  it('matches whole words in any case, with or without accents', () => {
    expect(matches('whole school', 'The WHOLE School is down')).toEqual(['WHOLE School']);
    expect(matches('whole school', 'wholeschool')).toEqual([]);
    expect(matches('seccion', 'solo la sección 3')).toEqual(['sección']);
  });

  it('reads endings, alternatives, optional words and slots', () => {
    expect(matches('student(s)', 'two students')).toEqual(['students']);
    expect(matches('only/just {owner} {pupil}', 'just her kids, only my student')).toEqual(['just her kids', 'only my student']);
    expect(matches('[the] whole {place}', 'whole school; the whole high school')).toEqual(['whole school', 'the whole high school', 'whole high school']);
  });

  it('has built-ins for numbers, ordinals and capitalised names', () => {
    expect(matches('{#} kids', 'about 28 kids')).toEqual(['28 kids']);
    expect(matches('{ordinal} period', 'my 2nd period and third period')).toEqual(['2nd period', 'third period']);
    expect(matches('at {Name}', 'at Lincoln, not at home')).toEqual(['at Lincoln']);
  });

  it('skips up to N words with a gap', () => {
    expect(matches('every *2 teacher', 'every US History teacher')).toEqual(['every US History teacher']);
    expect(matches('every *1 teacher', 'every US History teacher')).toEqual([]);
  });

  it('never crosses a sentence break, nor a clause break unless the phrase writes ","', () => {
    expect(matches('whole school', 'the whole. School')).toEqual([]);
    expect(matches('tried another browser same', 'tried another browser, same')).toEqual([]);
    expect(matches('tried another browser , same', 'tried another browser, same')).toEqual(['tried another browser, same']);
  });

  it("reads a possessive as the word: \"Patel's\" is patel", () => {
    expect(matches('mrs patel', "Mrs. Patel's class")).toEqual(["Mrs. Patel's"]);
  });

  it('refuses a phrase it cannot read', () => {
    expect(() => matches('* school', 'x')).toThrow(PhraseError);
    expect(() => matches('{nope}', 'x')).toThrow(PhraseError);
    expect(() => matches('[unclosed', 'x')).toThrow(PhraseError);
    expect(() => matches('a//b', 'x')).toThrow(PhraseError);
  });
});
