import fc from 'fast-check';
import { Break, hasMoreWordsThan, Kind, spanText, tokenize } from './tokens';

describe('tokenize', () => {
  it('reads the lexicons\' words in any case, with or without accents, and keeps offsets into the text', () => {
    const t = tokenize('Sólo la SECCIÓN 3ro');
    expect(t.words).toEqual(['solo', 'la', 'seccion', '']);
    expect(spanText(t, 2, 4)).toBe('SECCIÓN 3ro');
  });

  it('reads a word no lexicon uses as an empty word, so no phrase can take it', () => {
    expect(tokenize('the zyxwv school').words).toEqual(['the', '', 'school']);
  });

  it('keeps contractions whole and drops a possessive', () => {
    expect(tokenize("She doesn't see Mrs. Patel's class, her classmates' class").words).toEqual(['she', "doesn't", 'see', 'mrs', '', 'class', 'her', 'classmates', 'class']);
  });

  it('marks numbers, ordinals and capitalised words', () => {
    const t = tokenize('my 2nd period had 28 Kids, third');
    expect(Array.from(t.kinds).map((k) => [k & Kind.Number, k & Kind.Ordinal, k & Kind.Name].map(Boolean))).toEqual([
      [false, false, false], [false, true, false], [false, false, false], [false, false, false], [true, false, false], [false, false, true], [false, true, false],
    ]);
  });

  it('keeps a thousands separator in its number, and no other comma', () => {
    const t = tokenize('all 1,100 students; ids 1,2,3 and 4002,40021902');
    expect(Array.from({ length: t.words.length }, (_, w) => t.text.slice(t.starts[w], t.ends[w]))).toEqual(['all', '1,100', 'students', 'ids', '1', '2', '3', 'and', '4002', '40021902']);
    expect(t.kinds[1]! & Kind.Number).toBeTruthy();
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

  it('reads a sentence opened like a question as asked, its mark or not', () => {
    expect(tokenize('how do i reset my password i forgot it').asked).toEqual([true]);
    expect(tokenize('(4:22 PM) Visitor: how do i reset my password. I reset it yesterday.').asked).toEqual([true, false]);
    expect(tokenize('¿Cómo puedo cambiar el idioma. Ya lo cambié.').asked).toEqual([true, false]);
    // "How to reproduce" tells the way, it asks nothing; a question that goes on to tell what was done is told.
    expect(tokenize('How to reproduce: open the quiz and press Submit.').asked).toEqual([false]);
    expect(tokenize('how can I fix this, I clicked Submit on the quiz and it showed error 500').asked).toEqual([false]);
    expect(tokenize('Como se borraron las tareas, ya reiniciamos la tableta.').asked).toEqual([false]);
  });
});

describe('hasMoreWordsThan', () => {
  it('counts words between spaces, whatever else a line holds', () => {
    expect(hasMoreWordsThan('Thanks,', 4)).toBe(false);
    expect(hasMoreWordsThan('  Muchas gracias de antemano  ', 4)).toBe(false);
    expect(hasMoreWordsThan('The teacher reports that the gradebook spins', 4)).toBe(true);
    expect(hasMoreWordsThan('- - -  !!  ...', 0)).toBe(false);
  });

  it('never says more than tokenizing finds', () => {
    const piece = fc.constantFrom('Thanks', ',', ' ', '\t', '\n', "don't", '1,100', 'é', '—', '-', '.', 'Sra.', '42', '!', '¿', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 6 }), (pieces, limit) => {
        const text = pieces.join('');
        if (hasMoreWordsThan(text, limit)) expect(tokenize(text).words.length).toBeGreaterThan(limit);
      }),
    );
  });
});
