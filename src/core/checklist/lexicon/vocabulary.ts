// Every word the lexicons use, and a character trie over them, so the tokenizer can tell a text's
// words apart without making a string of each: a word the lexicons never use cannot be part of any
// phrase, so it is read as "some other word". Built once, from the lexicon files themselves.
import { LEXICONS } from './languages';
import { prebuiltLexicon } from './prebuilt';
import type { Lexicon } from './types';

/** Words read by the tokenizer itself: abbreviations before a period, ordinal words. */
export const ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'vs', 'eg', 'ie', 'etc', 'no', 'sr', 'jr', 'approx', 'dept', 'rm', 'sra', 'srta', 'prof', 'ch', 'pg', 'pp', 'vol', 'fig'];
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'primer', 'primero', 'primera', 'segundo', 'segunda', 'tercer', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta', 'sexto', 'sexta'];
const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const ORDINAL_SET = new Set(ORDINAL_WORDS);

/** Lower case, accents off, curly apostrophe straight, a possessive "'s" dropped. */
export function normalizeWord(raw: string): string {
  let word = raw.toLowerCase().replaceAll('\u2019', "'");
  if (/[^ -~]/.test(word)) word = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return word.length > 2 && word.endsWith("'s") ? word.slice(0, -2) : word;
}

export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Letters of Latin, Greek, Cyrillic...: everything from À up, but for punctuation blocks and × ÷.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** The words of a short string, as the tokenizer reads them (for phrases and word lists). */
export function splitWords(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isWordCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && (isWordCode(s.charCodeAt(i)) || (isApostrophe(s.charCodeAt(i)) && i > start && isWordCode(s.charCodeAt(i + 1))))) i++;
    out.push(normalizeWord(s.slice(start, i)));
  }
  return out;
}

/** Letters a-z, digits, the apostrophe: what the trie knows. */
export const ALPHABET = 37;
const APOSTROPHE_INDEX = 36;

export function alphabetIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  if (c === 39) return APOSTROPHE_INDEX;
  return -1;
}

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    // Phrase syntax aside, every word in a phrase or a word list: "student(s)" is student and students.
    const plain = value.includes('(') ? value.replace(/([a-z]+)\(([a-z]+)\)/g, '$1 $1$2') : value;
    for (const word of splitWords(plain)) into.add(word);
  } else if (Array.isArray(value)) {
    // A [phrase, example] pair: the example is a sentence, not vocabulary.
    if (value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && /\s/.test(value[1])) collect(value[0], into);
    else for (const item of value) collect(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== 'language') collect(item, into);
  }
}

/** Per word id, what the tokenizer must know of the word itself. */
export const WordFlag = { Ordinal: 1, Abbreviation: 2 } as const;

/**
 * The vocabulary as plain data, for the prebuilt lexicon (prebuilt.ts): the words in id order (one
 * string: no word holds a space), the trie's edges as it grew and the node ending each word, so
 * reading it in is one short loop over numbers. `edges[k]` is how node k + 1 hangs in the trie: its
 * letter alone when its parent is node k (most nodes continue the word the previous one started),
 * else ALPHABET + parent * ALPHABET + letter.
 */
export type VocabularyData = { words: string; edges: number[]; wordNodes: number[] };

export class Vocabulary {
  /** id -> word; id 0 is "a word the lexicons never use" (''). */
  readonly words: string[] = [''];
  /** Trie: next[node * ALPHABET + letter] is the child node, or 0 for none (node 0 is the root). */
  next: Int32Array;
  /** The word id a node ends, or 0. */
  wordAt: Int32Array;
  /** WordFlag bits per word id (ordinal words such as "third", abbreviations such as "mrs"). */
  flags: Uint8Array;
  /** Node k + 1's place in the trie, as VocabularyData.edges writes it. */
  private readonly edges: number[] = [];

  constructor(words: Iterable<string>, capacity = 1024) {
    this.next = new Int32Array(ALPHABET * capacity);
    this.wordAt = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.add(words);
  }

  /** A vocabulary as toData() wrote it: the same words with the same ids. */
  static fromData(data: VocabularyData): Vocabulary {
    const { edges, wordNodes } = data;
    const vocab = new Vocabulary([], Math.max(edges.length + 1, wordNodes.length) + 1);
    const { next, wordAt, flags } = vocab;
    // Numbers only: this loop runs on a sidebar's first ticket, before V8 has compiled it.
    for (let k = 0; k < edges.length; k++) {
      const edge = edges[k] as number;
      next[edge < ALPHABET ? k * ALPHABET + edge : edge - ALPHABET] = k + 1;
    }
    vocab.edges.push(...edges);
    const words = data.words.split(' ');
    for (let id = 1; id < words.length; id++) wordAt[wordNodes[id] as number] = id;
    vocab.words.push(...words.slice(1));
    for (const word of ORDINAL_WORDS) flags[vocab.idOf(word)]! |= WordFlag.Ordinal;
    for (const word of ABBREVIATIONS) flags[vocab.idOf(word)]! |= WordFlag.Abbreviation;
    flags[0] = 0;
    return vocab;
  }

  toData(): VocabularyData {
    const wordNodes = [0];
    for (let node = 1; node <= this.edges.length; node++) {
      const id = this.wordAt[node] as number;
      if (id !== 0) wordNodes[id] = node;
    }
    return { words: this.words.join(' '), edges: [...this.edges], wordNodes };
  }

  idOf(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) {
      const letter = alphabetIndex(word.charCodeAt(i));
      node = letter < 0 ? -1 : this.next[node * ALPHABET + letter] || -1;
    }
    return node > 0 ? (this.wordAt[node] ?? 0) : 0;
  }

  /** Adds words (a phrase set outside the lexicons, in tests) to what the tokenizer reads. */
  add(words: Iterable<string>): void {
    for (const word of words) this.insert(word);
  }

  private insert(word: string): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const letter = alphabetIndex(word.charCodeAt(i));
      // A word outside the trie's alphabet could never be read from a text: lexicon.test.ts refuses it.
      if (letter < 0) return;
      let child = this.next[node * ALPHABET + letter] ?? 0;
      if (child === 0) {
        child = this.edges.length + 1;
        if ((child + 1) * ALPHABET >= this.next.length) this.grow();
        this.edges.push(node === child - 1 ? letter : ALPHABET + node * ALPHABET + letter);
        this.next[node * ALPHABET + letter] = child;
      }
      node = child;
    }
    if (word === '' || (this.wordAt[node] ?? 0) !== 0) return;
    this.name(node, word);
  }

  /** Makes the node end a new word, with its flags. */
  private name(node: number, word: string): void {
    const id = this.words.length;
    this.wordAt[node] = id;
    this.words.push(word);
    if (id >= this.flags.length) {
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.flags[id] = (ORDINAL_SET.has(word) ? WordFlag.Ordinal : 0) | (ABBREVIATION_SET.has(word) ? WordFlag.Abbreviation : 0);
  }

  private grow(): void {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
    const wordAt = new Int32Array(this.wordAt.length * 2);
    wordAt.set(this.wordAt);
    this.wordAt = wordAt;
  }
}

/** Every word of the lexicons, abbreviations and ordinal words included. */
export function lexiconWords(lexicons: readonly Lexicon[]): Set<string> {
  const all = new Set<string>([...ABBREVIATIONS, ...ORDINAL_WORDS]);
  for (const lexicon of lexicons) collect(lexicon, all);
  return all;
}

let built: Vocabulary | undefined;

/** The vocabulary of every lexicon: prebuilt (prebuilt.ts), or built on first use. */
export function vocabulary(): Vocabulary {
  if (!built) {
    const data = prebuiltLexicon()?.vocabulary;
    built = data ? Vocabulary.fromData(data) : new Vocabulary(lexiconWords(LEXICONS));
  }
  return built;
}
