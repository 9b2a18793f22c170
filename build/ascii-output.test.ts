import { escapeNonAscii } from './ascii-output';

describe('escapeNonAscii', () => {
  // Each piece of code means the same before and after: evaluated, the results are equal.
  const evaluate = (code: string): unknown => new Function(`return (${code});`)();

  it.each([
    ['a string', '"¿Cómo está? “curly” — ok"'],
    ['a template', '`Número ${1 + 1} → ñ`'],
    ['a regular expression', '/[À-ÿ]+|escuela pública/u.exec("La escuela pública")[0]'],
    ['a class outside the BMP', '/[😀-🙏]/u.test("hola 😊")'],
    ['an emoji in a string', '"😊".codePointAt(0)'],
    ['an identifier', '(() => { const añoÉ = 3; return añoÉ * 2; })()'],
    ['a comment', '1 /* ¿nada? */ + 1'],
    ['an escaped character', String.raw`"\é" + "\\ñ"`],
    ['an escaped character in a pattern', String.raw`/\é/.test("café")`],
  ])('keeps %s meaning the same', (_kind, code) => {
    const escaped = escapeNonAscii(code);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    expect(evaluate(escaped)).toEqual(evaluate(code));
  });

  it('leaves plain ASCII alone', () => {
    const code = 'const x = "plain"; // nothing to do';
    expect(escapeNonAscii(code)).toBe(code);
  });
});
