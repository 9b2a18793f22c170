// Words of a text, as the lexicon's phrases are matched against them: lower case, accents removed
// ("sección" = "seccion"), curly apostrophes straight, each with its offsets in the text and what
// separates it from the word before (nothing, a clause break such as a comma, or a sentence break).
// One loop over the characters, walking the vocabulary's trie (vocabulary.ts): a word the lexicons
// use comes out as the lexicon's own string, any other word as '' (no phrase can use it), so reading
// 200 KB makes no string per word. No regex: the first call costs what later ones do.
import { LEXICONS } from './languages';
import { ALPHABET, alphabetIndex, isWordCode, vocabulary, WordFlag } from './vocabulary';

/** A sentence opened by one of these is a question, its mark or not ("how do i reset my password"). Read
 * here rather than in ./index (which reads the tokens): the lexicons' data has no such cycle. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.questionOpeners));
/** Their first words: the pair is only built (a string) after one of these. */
const QUESTION_OPENER_STARTS: ReadonlySet<string> = new Set([...QUESTION_OPENERS].map((opener) => opener.split(' ')[0] as string));

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
  /** The vocabulary's id of each word (0 for '') : what the phrase sets match on. */
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** breaks[i]: what separates word i from word i - 1 (Sentence for the first word). */
  breaks: Uint8Array;
  /** Index of the sentence each word is in; sentences are numbered from 0. */
  sentenceOf: Uint32Array;
  /** Per sentence: it ends with '?'. */
  asked: boolean[];
};

const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th', 'ro', 'do', 'er', 'to', 'vo', 'mo', 'no', 'ta', 'a', 'o']);
const APOSTROPHE = ALPHABET - 1;

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

/** ASCII code -> trie letter (upper case folded), or -1: one load per character in the loop below. */
const ASCII_LETTERS = Int8Array.from({ length: 128 }, (_, c) => alphabetIndex(c >= 65 && c <= 90 ? c + 32 : c === 39 ? -1 : c));

function breakBetween(text: string, from: number, to: number, previousAbbreviation: boolean, previousLength: number): Break {
  let result: Break = Break.None;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 0xbf || c === 0xa1) return Break.Sentence; // \n ! ? ¿ ¡
    if (c === 46) {
      // A period ends a sentence unless it closes an abbreviation or sits inside a number or name.
      const next = text.charCodeAt(i + 1);
      if (!(next === 32 || next === 10 || Number.isNaN(next) || next === 9)) continue;
      if (previousAbbreviation || previousLength === 1) continue;
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

/** Growable columns of the words found so far (typed arrays: no number boxed per word). */
class Columns {
  count = 0;
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  breaks: Uint8Array;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.breaks = new Uint8Array(capacity);
  }

  grow(): void {
    const size = this.ids.length * 2;
    const wider = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.ids = wider(this.ids, (n) => new Int32Array(n));
    this.starts = wider(this.starts, (n) => new Int32Array(n));
    this.ends = wider(this.ends, (n) => new Int32Array(n));
    this.kinds = wider(this.kinds, (n) => new Uint8Array(n));
    this.breaks = wider(this.breaks, (n) => new Uint8Array(n));
  }
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Three digits at i and no fourth: the group after a thousands separator ("1,100", not "1,2,3" or "4002,40021902"). */
function isThousands(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && !isDigitCode(text.charCodeAt(i + 3));
}

/**
 * Whether `text` holds more than `limit` words, told without tokenizing it: each run between spaces
 * that holds a word character is at least one word (a lower bound, so a true answer is exact). For
 * a caller that only wants short lines: tokenizing allocates its columns, costly on every line of a
 * long ticket.
 */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) counted = false;
    else if (!counted && (c < 0x80 ? (ASCII_LETTERS[c] as number) >= 0 : isWordCode(c))) {
      counted = true;
      if (++words > limit) return true;
    }
  }
  return false;
}

export function tokenize(text: string): Tokens {
  const vocab = vocabulary();
  const { next, wordAt, flags } = vocab;
  const n = text.length;
  // About one word in six characters of prose; the columns double when a text has more.
  const out = new Columns((n >> 2) + 16);
  let i = 0;
  let lastEnd = 0;
  let previousId = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 0x80 ? (ASCII_LETTERS[c] as number) < 0 : !isWordCode(c)) {
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
      if (c < 0x80) {
        letter = ASCII_LETTERS[c] as number;
        if (letter < 0) {
          // "1,100 students": a thousands separator stays in the number.
          if (c === 44 && letters === 0 && digits > 0 && isThousands(text, i + 1)) {
            i++;
            continue;
          }
          // "don't", "Patel's": an apostrophe between letters stays in the word.
          if (c === 39 && i > start && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) letter = APOSTROPHE;
          else break;
        }
      } else if (c === 0x2019 && i > start && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) letter = APOSTROPHE;
      else if (isWordCode(c)) letter = foldOf(c);
      else break;
      if (letter === APOSTROPHE) beforeApostrophe = node;
      else if (letter >= 26) {
        if (letters === 0) digits++;
      } else if (letter >= 0) {
        letters++;
        if (digits > 0 && letters <= 2) suffix += String.fromCharCode(97 + letter);
      }
      node = node >= 0 && letter >= 0 ? (next[node * ALPHABET + letter] as number) || -1 : -1;
      i++;
    }
    // "son's" reads as "son": the word before a possessive "'s".
    const length = i - start;
    if (length > 2 && beforeApostrophe >= 0 && (text.charCodeAt(i - 1) | 32) === 115 && i - 2 >= start && (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019)) node = beforeApostrophe;
    const id = node > 0 ? (wordAt[node] as number) : 0;
    let kind: number = Kind.Any;
    if (digits > 0 && letters === 0 && digits <= 6) kind |= Kind.Number;
    else if ((digits > 0 && digits <= 2 && ORDINAL_ENDINGS.has(suffix) && letters === suffix.length) || ((flags[id] as number) & WordFlag.Ordinal) !== 0) kind |= Kind.Ordinal;
    const first = text.charCodeAt(start);
    if ((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde)) kind |= Kind.Name;
    const w = out.count;
    if (w === out.ids.length) out.grow();
    // Most words follow one space: no need to look at what stands between.
    const single = start === lastEnd + 1 && text.charCodeAt(lastEnd) === 32;
    out.breaks[w] =
      w === 0 ? Break.Sentence
      : single ? Break.None
      : breakBetween(text, lastEnd, start, ((flags[previousId] as number) & WordFlag.Abbreviation) !== 0, (out.ends[w - 1] as number) - (out.starts[w - 1] as number));
    out.ids[w] = id;
    out.kinds[w] = kind;
    out.starts[w] = start;
    out.ends[w] = i;
    out.count = w + 1;
    lastEnd = i;
    previousId = id;
  }
  const count = out.count;
  const ids = out.ids.subarray(0, count);
  const starts = out.starts.subarray(0, count);
  const ends = out.ends.subarray(0, count);
  const breaks = out.breaks.subarray(0, count);
  const vocabWords = vocab.words;
  // Sized at once (no garbage from growing), unless that would make V8 hold it as a dictionary.
  const words: string[] = count <= 100_000 ? new Array<string>(count) : [];
  for (let w = 0; w < count; w++) words[w] = vocabWords[ids[w] as number] as string;
  const sentenceOf = new Uint32Array(count);
  const asked: boolean[] = [];
  let sentence = -1;
  // A question without its mark: opened like one at the sentence's start or after a speaker's colon
  // ("(4:22 PM) Visitor: how do i reset my password i forgot it"), in one clause ("how can I fix this,
  // I clicked Submit ..." goes on to tell what was done).
  let opened = false;
  for (let w = 0; w < count; w++) {
    if (breaks[w] === Break.Sentence) {
      if (sentence >= 0) asked[sentence] = opened || endsAsked(text, ends[w - 1] as number, starts[w] as number);
      sentence++;
      opened = false;
    } else if (breaks[w] === Break.Clause) opened = false;
    if (w + 1 < count && breaks[w + 1] === Break.None && QUESTION_OPENER_STARTS.has(words[w] as string) && QUESTION_OPENERS.has(`${words[w]} ${words[w + 1]}`)) {
      // At the sentence's start, after a speaker's colon, or after a greeting there ("hi how do i add a co-teacher").
      const greeted = breaks[w] === Break.None && w > 0 && GREETINGS.has(words[w - 1] as string) && opensClause(text, breaks, ends, w - 1);
      if (greeted || opensClause(text, breaks, ends, w)) opened = true;
    }
    sentenceOf[w] = sentence;
  }
  if (sentence >= 0) asked[sentence] = opened || endsAsked(text, ends[count - 1] as number, n);
  return { text, words, ids, starts, ends, kinds: out.kinds.subarray(0, count), breaks, sentenceOf, asked };
}

const GREETINGS: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'hola', 'ok', 'okay', 'um', 'umm']);

/** Whether word w opens a sentence, or a clause after a colon (a chat line's speaker). */
function opensClause(text: string, breaks: Uint8Array, ends: Int32Array, w: number): boolean {
  return breaks[w] === Break.Sentence || (breaks[w] === Break.Clause && text.charCodeAt(ends[w - 1] as number) === 58);
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
