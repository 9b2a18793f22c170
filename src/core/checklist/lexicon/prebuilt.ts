// The lexicons compiled at build time: `npm run lexicon` (build/compile-lexicon.ts) writes
// compiled.ts from the lexicons (languages.ts), and the checklist loads the vocabulary and the phrase sets from
// it without parsing a phrase (a cold compile cost ~25 ms on the first ticket). The file also holds
// the lexicons as they were then: when they have changed since (a phrase added, the file not yet
// regenerated), it is not used and the lexicons are compiled on first use as before, so an edit
// always takes effect; compiled.test.ts fails until the file is regenerated.
import { COMPILED_LEXICON, LEXICON_SOURCE } from './compiled';
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

/** The lexicons as compiled.ts records them: what it was compiled from. */
export function lexiconSource(): string {
  return JSON.stringify(LEXICONS);
}

let loaded: PrebuiltLexicon | null | undefined;

/** The prebuilt lexicon, or null when the lexicons (or the data's format) changed after it was written. */
export function prebuiltLexicon(): PrebuiltLexicon | null {
  if (loaded === undefined) {
    const data = lexiconSource() === LEXICON_SOURCE ? (JSON.parse(COMPILED_LEXICON) as PrebuiltLexicon) : null;
    loaded = data?.format === PREBUILT_FORMAT ? data : null;
  }
  return loaded;
}

/** The prebuilt graph of the phrase set of that name (null when the lexicons changed since). */
export function prebuiltProgram(name: string): ProgramData | null {
  return prebuiltLexicon()?.sets[name] ?? null;
}
