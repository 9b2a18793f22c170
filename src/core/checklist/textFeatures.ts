// What the item models' features (stepsFeatures.ts, troubleshootingFeatures.ts...) share: fixed word
// lists looked up over the corpus's words, and what the customer wrote. The lists are plain English
// and Spanish, not the lexicons: the lexicons grew from the dev tickets the models are trained on, so
// features read through them would look better in training than on new tickets.
import { Break, type Tokens } from './lexicon/tokens';
import { isSupportReply } from './signature';
import { tokensOf, type Corpus, type Source } from './source';
import { surface } from './tokenContext';

/** Phrases by their first word: "go to" is found at "go". */
export type PhraseTable = Map<string, string[][]>;

/** A table of phrases written "a | b c | d", as the lists spell them (lower case, no accents). */
export function phraseTable(phrases: string): PhraseTable {
  const table: PhraseTable = new Map();
  for (const phrase of phrases.trim().split(/\s*\|\s*/)) {
    const [first = '', ...rest] = phrase.split(' ');
    table.set(first, [...(table.get(first) ?? []), rest]);
  }
  return table;
}

/** The words of a list written "a b c". */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

// Lists more than one model reads (English, Spanish).
// What went wrong: an error, a blank page, a spinner, something that won't or doesn't.
export const FAILURES = phraseTable(`
  error | errors | blank | spin | spins | spinning | freeze | freezes | freezing | froze | crash | crashes | crashed | crashing | won't | wont |
  doesn't | doesnt | didn't | didnt | can't | cant | cannot | fail | fails | failed | stuck | broken | nothing happens | not working |
  no funciona | no carga | en blanco | se queda | falla | fallo | errores`);
// Asking for something to be done: a request tells what to do, not what happened.
export const ASKS = phraseTable(`
  could you | can you | would you | will you | we need | we'd like | we would like | i'd like | i would like | kindly | is it possible |
  podrian | pueden | necesitamos | nos gustaria | quisiera | quisieramos`);
const NON_ASCII = /[^ -~]/;

/** A lower-case word as the lists spell it: without accents, straight apostrophes. */
export function asListed(lower: string): string {
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'") : lower;
}

/** A word of the corpus as the lists spell it: lower case, without accents, straight apostrophes. */
export function wordAt(tokens: Tokens, w: number): string {
  return asListed(surface(tokens, w));
}

/** How many words the table's longest phrase starting at w takes, within one clause (0: none). */
export function phraseAt(tokens: Tokens, w: number, first: string, table: PhraseTable): number {
  let longest = 0;
  for (const rest of table.get(first) ?? []) {
    const fits = rest.every((word, i) => tokens.breaks[w + 1 + i] === Break.None && w + 1 + i < tokens.words.length && wordAt(tokens, w + 1 + i) === word);
    if (fits) longest = Math.max(longest, rest.length + 1);
  }
  return longest;
}

/**
 * The first words of a model's lists, by length and first letter: most words of a ticket are none of
 * them, and are passed over without reading them into a string.
 */
export class FirstWords {
  private readonly letters = new Map<number, Set<number>>();

  constructor(words: Iterable<string>) {
    for (const first of words) {
      const letters = this.letters.get(first.length) ?? new Set<number>();
      letters.add(first.charCodeAt(0));
      this.letters.set(first.length, letters);
    }
  }

  /** Whether the word at w may be one of them (an accented word is always read). */
  mayBeAt(tokens: Tokens, w: number): boolean {
    const start = tokens.starts[w] as number;
    const first = tokens.text.charCodeAt(start) | 32;
    return first > 127 || this.letters.get((tokens.ends[w] as number) - start)?.has(first) === true;
  }
}

/** What the customer wrote: not the subject (a title, not a story), not support's signed replies. */
export function customerSources(corpus: Corpus): Source[] {
  return corpus.sources.filter((s) => s.kind !== 'subject' && !isSupportReply(s));
}

/** Calls visit with each word of what the customer wrote (at most `maxWords` of them), in order, and the source it is in. */
export function forEachCustomerWord(corpus: Corpus, maxWords: number, visit: (w: number, source: Source) => void): void {
  const tokens = tokensOf(corpus);
  const customer = new Set(customerSources(corpus));
  const readable = corpus.sources.map((source) => customer.has(source));
  let s = 0;
  let read = 0;
  for (let w = 0; w < tokens.words.length && read < maxWords; w++) {
    const start = tokens.starts[w] as number;
    while (s < corpus.sources.length - 1 && start >= (corpus.sources[s + 1] as Source).start) s++;
    if (readable[s]) {
      read++;
      visit(w, corpus.sources[s] as Source);
    }
  }
}

/** A count as a feature reads it, log(1 + n): the tenth action says less than the second. */
export const counted = Math.log1p;
