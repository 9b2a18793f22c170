// Words of a text, as the lexicon's phrases are matched against them: lower case, accents removed
// ("sección" = "seccion"), curly apostrophes straight, each with its offsets in the text and what
// separates it from the word before (nothing, a clause break such as a comma, or a sentence break).
// One loop over the characters, walking the vocabulary's trie (vocabulary.ts): a word the lexicons
// use comes out as the lexicon's own string, any other word as '' (no phrase can use it), so reading
// 200 KB makes no string per word. No regex: the first call costs what later ones do.
import { ABBREVIATIONS, ALPHABET, alphabetIndex, isWordCode, vocabulary } from './vocabulary';

/** What stands between a word and the one before it. */
export const Break = {
  None: 0,
  /** , ; : ( ) a spaced dash, a slash, an arrow or '>' (quotes are not: 'clicked "Save"' is one clause) */
  Clause: 1,
  /** . ! ? or a line break: phrases never cross one */
  Sentence: 2,
} as const;
export type Break = (typeof Break)[keyof typeof Break];

/** What kind of word each word is, as bits: read by the phrases' built-ins ({#}, {ordinal}, {Name}). */
export const Kind = { Any: 8, Number: 1, Ordinal: 2, Name: 4 } as const;

export type Tokens = {
  text: string;
  /** The lexicon's word, or '' for a word no lexicon uses. */
  words: string[];
  starts: number[];
  ends: number[];
  kinds: Uint8Array;
  /** breaks[i]: what separates word i from word i - 1 (Sentence for the first word). */
  breaks: Uint8Array;
  /** Index of the sentence each word is in; sentences are numbered from 0. */
  sentenceOf: Uint32Array;
  /** Per sentence: it ends with '?'. */
  asked: boolean[];
};


const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th', 'ro', 'do', 'er', 'to', 'vo', 'mo', 'no', 'ta', 'a', 'o']);

// Letters from À to ɏ folded to a-z ("é" is "e", "ñ" is "n"), worked out once from Unicode.
let folds: Int8Array | undefined;
function foldOf(c: number): number {
  if (c > 0x24f) return -1;
  if (!folds) {
    folds = new Int8Array(0x250).fill(-1);
    for (let code = 0xc0; code < 0x250; code++) {
      const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
      const lower = base >= 65 && base <= 90 ? base + 32 : base;
      folds[code] = alphabetIndex(lower);
    }
  }
  return folds[c] ?? -1;
}

function breakBetween(text: string, from: number, to: number, previousWord: string, previousLength: number): Break {
  let result: Break = Break.None;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 0xbf || c === 0xa1) return Break.Sentence; // \n ! ? ¿ ¡
    if (c === 46) {
      // A period ends a sentence unless it closes an abbreviation or sits inside a number or name.
      const next = text.charCodeAt(i + 1);
      if (!(next === 32 || next === 10 || Number.isNaN(next) || next === 9)) continue;
      if (ABBREVIATION_SET.has(previousWord) || previousLength === 1) continue;
      return Break.Sentence;
    }
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 47 || c === 62 || c === 124) result = Break.Clause;
    else if (c === 0x2192 || c === 0xbb || c === 0x2022) result = Break.Clause;
    else if ((c === 45 || c === 0x2013 || c === 0x2014) && (i === from || i === to - 1 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i + 1) === 32)) {
      // A spaced dash ("it froze - same on every laptop"), not a hyphen inside a word.
      if (to - from > 1) result = Break.Clause;
    }
  }
  return result;
}

export function tokenize(text: string): Tokens {
  const vocab = vocabulary();
  const { next, wordAt } = vocab;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const kindList: number[] = [];
  const breakList: number[] = [];
  let i = 0;
  let lastEnd = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let node = 0;
    let beforeApostrophe = -1;
    let digits = 0;
    let letters = 0;
    let suffix = '';
    while (i < n) {
      c = text.charCodeAt(i);
      let letter: number;
      if (c === 39) {
        // "don't", "Patel's": an apostrophe between letters stays in the word.
        if (i > start && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) letter = ALPHABET - 1;
        else break;
      } else if (c < 0x80) {
        if (c >= 65 && c <= 90) c += 32;
        letter = alphabetIndex(c);
        if (letter < 0) break;
      } else if (c === 0x2019 && i > start && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) letter = ALPHABET - 1;
      else if (isWordCode(c)) letter = foldOf(c);
      else break;
      if (letter === ALPHABET - 1) beforeApostrophe = node;
      if (letter >= 26 && letter < 36) {
        if (letters === 0) digits++;
      } else if (letter >= 0 && letter < 26) {
        letters++;
        if (digits > 0 && letters <= 2) suffix += String.fromCharCode(97 + letter);
      }
      node = node >= 0 && letter >= 0 ? (next[node * ALPHABET + letter] ?? 0) || -1 : -1;
      i++;
    }
    // "son's" reads as "son": the word before a possessive "'s".
    const length = i - start;
    if (length > 2 && beforeApostrophe >= 0 && (text.charCodeAt(i - 1) | 32) === 115 && i - 2 >= start && (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019)) node = beforeApostrophe;
    const id = node > 0 ? (wordAt[node] ?? 0) : 0;
    const word = vocab.words[id] ?? '';
    let kind: number = Kind.Any;
    if (digits > 0 && letters === 0 && digits <= 6) kind |= Kind.Number;
    else if ((digits > 0 && digits <= 2 && ORDINAL_ENDINGS.has(suffix) && letters === suffix.length) || vocab.ordinals.has(id)) kind |= Kind.Ordinal;
    const first = text.charCodeAt(start);
    if ((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde)) kind |= Kind.Name;
    const previous = words.length > 0 ? (words[words.length - 1] as string) : '';
    const previousLength = ends.length > 0 ? (ends[ends.length - 1] as number) - (starts[starts.length - 1] as number) : 0;
    // Most words follow one space: no need to look at what stands between.
    const single = start === lastEnd + 1 && text.charCodeAt(lastEnd) === 32;
    breakList.push(words.length === 0 ? Break.Sentence : single ? Break.None : breakBetween(text, lastEnd, start, previous, previousLength));
    words.push(word);
    kindList.push(kind);
    starts.push(start);
    ends.push(i);
    lastEnd = i;
  }
  const breaks = Uint8Array.from(breakList);
  const sentenceOf = new Uint32Array(words.length);
  const asked: boolean[] = [];
  let sentence = -1;
  for (let w = 0; w < words.length; w++) {
    if (breaks[w] === Break.Sentence) {
      if (sentence >= 0) asked[sentence] = endsAsked(text, ends[w - 1] as number, starts[w] as number);
      sentence++;
    }
    sentenceOf[w] = sentence;
  }
  if (sentence >= 0) asked[sentence] = endsAsked(text, ends[words.length - 1] as number, n);
  return { text, words, starts, ends, kinds: Uint8Array.from(kindList), breaks, sentenceOf, asked };
}

function endsAsked(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c === 10 || c === 46 || c === 33) return false;
  }
  return false;
}

/** The text of words [from, to) as written. */
export function spanText(tokens: Tokens, from: number, to: number): string {
  if (to <= from) return '';
  return tokens.text.slice(tokens.starts[from] as number, tokens.ends[to - 1] as number);
}

/** The first word of the sentence holding word `w`. */
export function sentenceStart(tokens: Tokens, w: number): number {
  let s = w;
  while (s > 0 && tokens.breaks[s] !== Break.Sentence) s--;
  return s;
}

/** One past the last word of the sentence holding word `w`. */
export function sentenceEnd(tokens: Tokens, w: number): number {
  let e = w + 1;
  while (e < tokens.words.length && tokens.breaks[e] !== Break.Sentence) e++;
  return e;
}
