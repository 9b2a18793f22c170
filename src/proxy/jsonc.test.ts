import { parseJsonc } from './jsonc';

describe('parseJsonc', () => {
  it('drops line and block comments and trailing commas, keeps // inside strings', () => {
    const text = `{
      // who is invited
      "url": "https://example.com//x", /* block
      comment */ "list": [1, 2,],
    }`;
    expect(parseJsonc(text)).toEqual({ url: 'https://example.com//x', list: [1, 2] });
  });

  it('keeps escaped quotes inside strings', () => {
    expect(parseJsonc('{"a": "say \\"hi\\" // not a comment"}')).toEqual({ a: 'say "hi" // not a comment' });
  });

  it('throws on malformed JSON and unterminated comments', () => {
    expect(() => parseJsonc('{"a": }')).toThrow(SyntaxError);
    expect(() => parseJsonc('{"a": 1 /* open')).toThrow(/unterminated/);
  });
});
