import { caseless, caselessTest, clip, decodeEntities, eachMatchInLines, eachMatchInText, firstSentence, htmlToText, linesWith, normalizeText, proseLength } from './text';

describe('htmlToText', () => {
  it('keeps an id in angle brackets: no tag opens on a number', () => {
    expect(htmlToText('<p>Users: <ID 000123-9>, <ID 000131-4></p>').text.trim()).toBe('Users: <ID 000123-9>, <ID 000131-4>');
  });

  it('keeps line breaks from <br>, <p> and <li>, and strips other tags', () => {
    const { text } = htmlToText('<p>School: <b>Lincoln</b><br>SID: 12</p><ul><li>one</li><li>two</li></ul>');
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['School: Lincoln', 'SID: 12', '- one', '- two']);
  });

  it('numbers the items of an ordered list, nested lists apart', () => {
    const { text } = htmlToText('<ol><li>Open Reports</li><li>Pick a term<ul><li>any term</li></ul></li><li>Export</li></ol>');
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['1. Open Reports', '2. Pick a term', '- any term', '3. Export']);
  });

  it('decodes entities, including numeric ones and &nbsp;', () => {
    expect(htmlToText('<p>A &amp; B &lt;tag&gt; &#39;x&#39; &#x2192; caf&eacute;&nbsp;!</p>').text.trim()).toBe("A & B <tag> 'x' → café !");
  });

  it('keeps a link target next to its text, once', () => {
    expect(htmlToText('<a href="https://loom.com/share/a1">video</a>').text).toContain('video https://loom.com/share/a1');
    expect(htmlToText('<a href="https://x.org/p">https://x.org/p</a>').text.match(/x\.org/g)).toHaveLength(1);
  });

  it('lists inline image sources and drops script, style and comments', () => {
    const r = htmlToText('<style>p{}</style><p>hi<img src="https://a.b/c.png"></p><!-- secret --><script>alert(1)</script>end');
    expect(r.images).toEqual(['https://a.b/c.png']);
    expect(r.text).not.toMatch(/secret|alert|p\{\}/);
    expect(r.text).toContain('end');
  });

  it('separates table cells', () => {
    expect(htmlToText('<table><tr><td>School</td><td>Oak</td></tr></table>').text).toContain('School | Oak');
  });

  it('passes plain text through, normalising CRLF', () => {
    expect(htmlToText('a\r\nb\rc').text).toBe('a\nb\nc');
    expect(htmlToText('2 < 3 and 4 > 1').text).toBe('2 < 3 and 4 > 1');
  });

  it('survives broken markup and huge code points', () => {
    expect(() => htmlToText('<p <a href="x <img src=> &#99999999; &#0; <!-- open')).not.toThrow();
    expect(decodeEntities('&#9999999;')).toBe(' ');
    expect(decodeEntities('&bogus; &amp')).toBe('&bogus; &amp');
  });
});

describe('clip and proseLength', () => {
  it('cuts evidence to 80 characters on one line', () => {
    const out = clip(`a\n${'b'.repeat(200)}`);
    expect(out.length).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\n');
    expect(out.endsWith('…')).toBe(true);
  });
  it('does not count links and markup as prose', () => {
    expect(proseLength('https://example.com/a/very/long/path/that/is/not/prose ** -- ::')).toBe(0);
    expect(proseLength('The page is blank')).toBe(17);
  });
  it('normalises odd spaces', () => {
    expect(normalizeText('a\u00a0b\u200bc')).toBe('a bc');
  });
});

describe('firstSentence', () => {
  it.each([
    ['Oakland USD. Approx 40 schools affected', 'Oakland USD'],
    ["St. Mary's Academy", "St. Mary's Academy"],
    ['Lincoln High; period 3', 'Lincoln High'],
    ['Lincoln High', 'Lincoln High'],
  ])('%p -> %p', (value, expected) => expect(firstSentence(value)).toBe(expected));
});

describe('caseless', () => {
  it('keeps every offset, and reads as an /i pattern does', () => {
    const text = 'İ Kelvin \u212a ſ Sección ÑANDÚ';
    expect(caseless(text)).toHaveLength(text.length);
    expect(caseless(text)).toBe('İ kelvin \u212a ſ sección ñandú');
    for (const word of ['kelvin', 'k', 's', 'sección', 'ñandú', 'i']) {
      const re = new RegExp(`\\b${word}`, 'g');
      const insensitive = new RegExp(re.source, 'gi');
      expect([...caseless(text).matchAll(re)].map((m) => m.index)).toEqual([...text.matchAll(insensitive)].map((m) => m.index));
    }
    expect(caselessTest(/^school id$/)('School ID')).toBe(true);
  });
});

describe('eachMatchInText and linesWith', () => {
  // A pair as the detectors write them: Unicode classes, and their ASCII members.
  const name = { any: /(?<!\p{L})\p{Lu}\p{Ll}+(?!\p{L})/gu, ascii: /(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])/g };
  const text = 'Ana and Bob\nÉmile met Zoë\n\nthen Carl\nlast: Ïda';
  const oneScan = [...text.matchAll(name.any)].map((m) => [m.index, m[0]]);

  it('finds what one scan with the Unicode pattern finds, reading ASCII lines with the twin', () => {
    const found: Array<[number, string]> = [];
    eachMatchInText(text, name, (m) => void found.push([m.index, m[0]]));
    expect(found).toEqual(oneScan);
    const ascii = { any: name.any, ascii: /(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])/g };
    const calls = jest.spyOn(ascii.ascii, 'exec');
    eachMatchInText('plain ascii Text', ascii, () => undefined);
    expect(calls).toHaveBeenCalled();
  });

  it('stops when the visit says so, and lists each line holding a match once', () => {
    const found: string[] = [];
    eachMatchInText(text, name, (m) => found.push(m[0]) < 2);
    expect(found).toEqual(['Ana', 'Bob']);
    expect(linesWith(text, name).map(([s, e]) => text.slice(s, e))).toEqual(['Ana and Bob', 'Émile met Zoë', 'then Carl', 'last: Ïda']);
    expect(linesWith(text, /[A-Z]/g)).toEqual(linesWith(text, name).filter(([s, e]) => /[A-Z]/.test(text.slice(s, e))));
  });

  it('reads only the lines given, with match offsets in the whole text', () => {
    const lines = linesWith(text, /then/g);
    const found: Array<[number, string]> = [];
    eachMatchInLines(text, lines, name, (m) => void found.push([m.index, m[0]]));
    expect(found).toEqual(oneScan.filter(([, w]) => w === 'Carl'));
  });
});
