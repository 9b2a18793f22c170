import { Break, spanText, tokenize } from './tokens';

describe('tokenize', () => {
  it('lower-cases, strips accents and keeps offsets into the text', () => {
    const t = tokenize('Sólo la SECCIÓN 3ro');
    expect(t.words).toEqual(['solo', 'la', 'seccion', '3ro']);
    expect(spanText(t, 2, 4)).toBe('SECCIÓN 3ro');
  });

  it('keeps contractions whole and drops a possessive', () => {
    expect(tokenize("She doesn't see Patel's class").words).toEqual(['she', "doesn't", 'see', 'patel', 'class']);
  });

  it('splits hyphenated words and marks clause and sentence breaks', () => {
    const t = tokenize('re-enrolled him, same. Then\nagain - no');
    expect(t.words).toEqual(['re', 'enrolled', 'him', 'same', 'then', 'again', 'no']);
    expect(Array.from(t.breaks)).toEqual([Break.Sentence, Break.None, Break.None, Break.Clause, Break.Sentence, Break.Sentence, Break.Clause]);
  });

  it('does not end a sentence at an abbreviation', () => {
    const t = tokenize("Mrs. Patel's 2nd period");
    expect(t.breaks[1]).toBe(Break.None);
  });

  it('knows which sentences are asked', () => {
    const t = tokenize('Is it the whole class? Only P1.');
    expect(t.asked).toEqual([true, false]);
  });
});
