// compiled.ts is generated from the lexicons: it must be what they compile to now, and the phrase
// sets it holds must read every text as the lexicons compiled on the spot do.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, compilePhraseSet, SLOTS } from '.';
import { compiledLexiconFile, COMPILED_LEXICON_PATH } from './compiledFile';
import { LEXICONS } from './languages';
import { PhraseSet } from './phrases';
import { PhraseProgram } from './program';
import { prebuiltLexicon, textHash } from './prebuilt';
import { LEXICONS as RUNTIME_LEXICONS } from './runtimeLanguages';
import { tokenize } from './tokens';
import { Vocabulary } from './vocabulary';

const root = join(__dirname, '../../../..');

it('is up to date with en.ts and es.ts (run `npm run lexicon` after editing a lexicon)', () => {
  expect(readFileSync(join(root, COMPILED_LEXICON_PATH), 'utf8') === compiledLexiconFile()).toBe(true);
});

it('is used when it is up to date', () => {
  expect(prebuiltLexicon()).not.toBeNull();
});

it("carries the lexicons for the app's bundle as they are, every example sentence left out", () => {
  const sentences = (value: unknown): string[] =>
    Array.isArray(value) ? value.flatMap((e) => (Array.isArray(e) && e.length === 2 && typeof e[1] === 'string' ? [e[1]] : sentences(e))) : typeof value === 'object' && value !== null ? Object.values(value).flatMap(sentences) : [];
  expect(sentences(LEXICONS).filter((s) => s !== '').length).toBeGreaterThan(500);
  expect(sentences(RUNTIME_LEXICONS).filter((s) => s !== '')).toEqual([]);
  // Put the examples back and they are the lexicons.
  const examples = sentences(LEXICONS);
  let i = 0;
  const refill = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map((e) => (Array.isArray(e) && e.length === 2 && e[1] === '' ? [e[0], examples[i++]] : refill(e)))
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, refill(v)]))
        : value;
  expect(refill(RUNTIME_LEXICONS)).toEqual(JSON.parse(JSON.stringify(LEXICONS)));
});

it('records the lexicons by a hash that any one-character edit changes', () => {
  const text = JSON.stringify(LEXICONS);
  const hash = textHash(text);
  expect(textHash(text)).toBe(hash);
  for (const at of [0, 1, text.length >> 1, text.length - 1]) {
    const edited = `${text.slice(0, at)}${text[at] === 'a' ? 'b' : 'a'}${text.slice(at + 1)}`;
    expect(textHash(edited)).not.toBe(hash);
  }
  expect(textHash(`${text} `)).not.toBe(hash);
});

it('hashes alike without TextEncoder (jsdom, where the app\'s tests run, has none)', () => {
  const texts = [JSON.stringify(LEXICONS), 'sección ñ “quoted” 😀', 'abc', ''];
  const withEncoder = texts.map(textHash);
  const encoder = globalThis.TextEncoder;
  try {
    // @ts-expect-error: taken away for the test
    delete globalThis.TextEncoder;
    expect(texts.map(textHash)).toEqual(withEncoder);
  } finally {
    globalThis.TextEncoder = encoder;
  }
});

describe('a phrase set read back from its data', () => {
  // Every fixture ticket's text: the prebuilt sets must find the same phrases, at the same words.
  const texts = ['corpus', 'heldout'].flatMap((dir) =>
    readdirSync(join(root, 'src/core/fixtures', dir))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(join(root, 'src/core/fixtures', dir, f), 'utf8')) as Array<{ ticket: { subject: string; description: string; comments: Array<{ body: string }> } }>)
      .map(({ ticket }) => [ticket.subject, ticket.description, ...ticket.comments.map((c) => c.body)].join('\n\n')),
  );
  const matches = (set: PhraseSet<unknown>, text: string) => {
    const found: Array<[string, string, number, number]> = [];
    set.scan(tokenize(text), (m) => {
      found.push([m.phrase, JSON.stringify(m.value), m.start, m.end]);
    });
    return found;
  };

  it.each(['all', 'signOffs'] as const)('%s: finds what the lexicons compiled on the spot find, in every fixture ticket', (name) => {
    const data = prebuiltLexicon()?.sets[name];
    if (!data) throw new Error(`no prebuilt set ${name}`);
    const compiled = compilePhraseSet(name);
    const prebuilt = new PhraseSet(compiled.entries, SLOTS, new PhraseProgram(data));
    expect(texts.length).toBeGreaterThan(200);
    let total = 0;
    for (const text of texts) {
      const found = matches(prebuilt, text);
      expect(found).toEqual(matches(compiled, text));
      total += found.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it('keeps the vocabulary\'s word ids', () => {
    const { vocabulary } = compileLexicon();
    const read = Vocabulary.fromData(vocabulary);
    expect(read.words.join(' ')).toBe(vocabulary.words);
    for (const [id, word] of read.words.entries()) if (id > 0) expect(read.idOf(word)).toBe(id);
    expect(read.toData()).toEqual(vocabulary);
  });
});

it('is set aside when a lexicon changed after it was written: the new phrase reads at once', () => {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { en } = require('./en') as typeof import('./en');
    (en.scope.vague as Array<readonly [string, string]>).push(['a flock of {pupil}', 'A flock of students.']);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { prebuiltLexicon: prebuilt } = require('./prebuilt') as typeof import('./prebuilt');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { matchAll } = require('.') as typeof import('.');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { tokenize: read } = require('./tokens') as typeof import('./tokens');
    expect(prebuilt()).toBeNull();
    expect(matchAll(read('A flock of students cannot log in.')).scope.map((m) => m.phrase)).toContain('a flock of {pupil}');
  });
});
