// The lexicons compiled at build time: `npm run lexicon` (build/compile-lexicon.ts) writes
// compiled.ts from the lexicons (languages.ts), and the checklist loads the vocabulary and the phrase sets from
// it without parsing a phrase (a cold compile cost ~25 ms on the first ticket). The file also holds
// a hash of the lexicons as they were then (not their text, 18 KB gzipped in the bundle): when they
// have changed since (a phrase added, the file not yet regenerated), it is not used and the lexicons are compiled on first use as before, so an edit
// always takes effect; compiled.test.ts fails until the file is regenerated. The app's bundle skips
// the check: its build checks once (build/checked-lexicon.ts).
import { COMPILED_LEXICON, LEXICON_HASH } from './compiled';
import { LEXICONS } from './languages';
import type { ProgramData } from './program';
import type { VocabularyData } from './vocabulary';

/** The shape of the data: raised when program.ts or vocabulary.ts write it differently. */
export const PREBUILT_FORMAT = 4;

export type PrebuiltLexicon = {
  format: number;
  vocabulary: VocabularyData;
  /** Each phrase set's graph by name, over that vocabulary (its phrases are the lexicons'). */
  sets: Record<string, ProgramData>;
};

/** The hash of the lexicons' text that compiled.ts records: what it was compiled from. */
export function lexiconHash(): string {
  return textHash(JSON.stringify(LEXICONS));
}

/**
 * A 53-bit hash (cyrb53's mix) of the text's UTF-8 bytes, taken four at a time as 32-bit words (the
 * loop runs on a sidebar's first ticket, before V8 has compiled it: the fewer turns the better). Only a
 * staleness check, not a security measure: 53 bits make a silent collision after an edit
 * practically impossible. The words are read in the machine's byte order: on a big-endian machine
 * compiled.ts would count as stale, and the lexicons be compiled on first use (correct, slower).
 */
export function textHash(text: string): string {
  let bytes = typeof TextEncoder === 'function' ? new TextEncoder().encode(text) : utf8(text);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  // The last 0-3 bytes, with their count, open the mix; then the words, two a turn (one to each half
  // of the state: half the turns).
  let tail = bytes.length % 4;
  for (let i = bytes.length - 1; i >= words.length * 4; i--) tail = (tail << 8) | (bytes[i] as number);
  let h1 = Math.imul(0xdeadbeef ^ tail, 2654435761);
  let h2 = Math.imul(0x41c6ce57 ^ tail, 1597334677);
  const pairs = words.length & ~1;
  for (let i = 0; i < pairs; i += 2) {
    h1 = Math.imul(h1 ^ (words[i] as number), 2654435761);
    h2 = Math.imul(h2 ^ (words[i + 1] as number), 1597334677);
  }
  if (pairs < words.length) h1 = Math.imul(h1 ^ (words[pairs] as number), 2654435761);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** UTF-8 as TextEncoder writes it, where there is none (jsdom, in the app's tests). */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate, as TextEncoder replaces it
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * The name a bundler defines as true once it has checked compiled.ts is up to date (the app's build:
 * build/checked-lexicon.ts): such a bundle does not hash the lexicons again on its first ticket (~2
 * ms). Anything else (tests, tsx, a dev server) checks.
 */
export const CHECKED_LEXICON_FLAG = '__CHECKLIST_LEXICON_CHECKED__';
declare const __CHECKLIST_LEXICON_CHECKED__: boolean | undefined;
const checkedAtBuild = typeof __CHECKLIST_LEXICON_CHECKED__ !== 'undefined' && __CHECKLIST_LEXICON_CHECKED__ === true;

let loaded: PrebuiltLexicon | null | undefined;

/** The prebuilt lexicon, or null when the lexicons (or the data's format) changed after it was written. */
export function prebuiltLexicon(): PrebuiltLexicon | null {
  if (loaded === undefined) {
    const fresh = checkedAtBuild || lexiconHash() === LEXICON_HASH;
    const data = fresh ? (JSON.parse(COMPILED_LEXICON) as PrebuiltLexicon) : null;
    loaded = data?.format === PREBUILT_FORMAT ? data : null;
  }
  return loaded;
}

/** The prebuilt graph of the phrase set of that name (null when the lexicons changed since). */
export function prebuiltProgram(name: string): ProgramData | null {
  return prebuiltLexicon()?.sets[name] ?? null;
}
