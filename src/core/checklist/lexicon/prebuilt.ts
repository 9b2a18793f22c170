// The lexicons compiled at build time: `npm run lexicon` (build/compile-lexicon.ts) writes
// compiled.ts from the lexicons (languages.ts), and the checklist loads the vocabulary and the phrase sets from
// it without parsing a phrase (a cold compile cost ~25 ms on the first ticket). The file also holds
// a hash of the lexicons as they were then (not their text, 18 KB gzipped in the bundle): when they
// have changed since (a phrase added, the file not yet regenerated), it is not used and the lexicons are compiled on first use as before, so an edit
// always takes effect; compiled.test.ts fails until the file is regenerated.
import { COMPILED_LEXICON, LEXICON_HASH } from './compiled';
import { LEXICONS } from './languages';
import type { ProgramData } from './program';
import type { VocabularyData } from './vocabulary';

/** The shape of the data: raised when program.ts or vocabulary.ts write it differently. */
export const PREBUILT_FORMAT = 3;

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
 * A 53-bit hash (cyrb53) in base 36. Only a staleness check, not a security measure: 53 bits make
 * a silent collision after an edit practically impossible.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

let loaded: PrebuiltLexicon | null | undefined;

/** The prebuilt lexicon, or null when the lexicons (or the data's format) changed after it was written. */
export function prebuiltLexicon(): PrebuiltLexicon | null {
  if (loaded === undefined) {
    const data = lexiconHash() === LEXICON_HASH ? (JSON.parse(COMPILED_LEXICON) as PrebuiltLexicon) : null;
    loaded = data?.format === PREBUILT_FORMAT ? data : null;
  }
  return loaded;
}

/** The prebuilt graph of the phrase set of that name (null when the lexicons changed since). */
export function prebuiltProgram(name: string): ProgramData | null {
  return prebuiltLexicon()?.sets[name] ?? null;
}
