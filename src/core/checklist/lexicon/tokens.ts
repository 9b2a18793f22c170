// Words of a text, as the lexicon's phrases are matched against them: lower case, accents removed
// ("sección" = "seccion"), curly apostrophes straight, each with its offsets in the text and what
// separates it from the word before (nothing, a clause break such as a comma, or a sentence break).
// One loop over the characters: no regex, so the cost is the same on the first call as on later ones.

/** What stands between a word and the one before it. */
export const Break = {
  None: 0,
  /** , ; : ( ) a spaced dash, a slash, an arrow or '>' (quotes are not: 'clicked "Save"' is one clause) */
  Clause: 1,
  /** . ! ? or a line break: phrases never cross one */
  Sentence: 2,
} as const;
export type Break = (typeof Break)[keyof typeof Break];

export type Tokens = {
  text: string;
  words: string[];
  starts: number[];
  ends: number[];
  /** breaks[i]: what separates word i from word i - 1 (Sentence for the first word). */
  breaks: Uint8Array;
  /** Index of the sentence each word is in; sentences are numbered from 0. */
  sentenceOf: Uint32Array;
  /** Per sentence: it ends with '?'. */
  asked: boolean[];
};

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Letters of Latin, Greek, Cyrillic...: everything from À up, but for punctuation blocks and × ÷.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

const APOSTROPHES = new Set([39, 0x2019]);
// "Mrs. Patel", "e.g. this": a period after these does not end the sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'vs', 'eg', 'ie', 'etc', 'no', 'sr', 'jr', 'approx', 'dept', 'rm', 'sra', 'srta', 'prof']);

/** Lower case without accents. */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019) return normalizeWord(lower.replaceAll('\u2019', "'"));
    if (c >= 0xc0) return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return lower;
}

// "Patel's", "son's", "it's": the word itself, so "my son" reads "my son's grades" too. Other
// contractions stay whole ("don't", "isn't"), since negations are read from them.
function withoutPossessive(word: string): string {
  return word.length > 2 && word.endsWith("'s") ? word.slice(0, -2) : word;
}

function breakBetween(text: string, from: number, to: number, previousWord: string): Break {
  let result: Break = Break.None;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 0xbf || c === 0xa1) return Break.Sentence; // \n ! ? ¿ ¡
    if (c === 46) {
      // A period ends a sentence unless it closes an abbreviation or sits inside a number or name.
      const next = text.charCodeAt(i + 1);
      if (!(next === 32 || next === 10 || Number.isNaN(next) || next === 9)) continue;
      if (ABBREVIATIONS.has(previousWord) || previousWord.length === 1) continue;
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

/** Lower case keeping every offset (a letter whose lower case is longer stays as it is). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function tokenize(text: string): Tokens {
  const lower = lowerSameLength(text);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const breakList: number[] = [];
  let i = 0;
  let lastEnd = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 0xc0) plain = false;
      if (isWordCode(c)) i++;
      // "don't", "Patel's": an apostrophe between letters stays in the word.
      else if (APOSTROPHES.has(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && i > start) {
        if (c !== 39) plain = false;
        i++;
      }
      else break;
    }
    const previous = words.length > 0 ? (words[words.length - 1] as string) : '';
    // Most words follow one space: no need to look at what stands between.
    const single = start === lastEnd + 1 && text.charCodeAt(lastEnd) === 32;
    breakList.push(words.length === 0 ? Break.Sentence : single ? Break.None : breakBetween(text, lastEnd, start, previous));
    const raw = lower.slice(start, i);
    words.push(withoutPossessive(plain ? raw : normalizeWord(raw)));
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
  return { text, words, starts, ends, breaks, sentenceOf, asked };
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
