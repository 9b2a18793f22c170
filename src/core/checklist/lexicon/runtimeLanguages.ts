// The lexicons as the app's bundle carries them: compiled.ts's copy, without the example sentences
// only the tests read (about a third of the lexicons' text). The app's build puts this module in for
// languages.ts (build/checked-lexicon.ts), once it has checked compiled.ts is up to date; everything
// else (tests, tsx, the dev server) reads the lexicons themselves.
import { RUNTIME_LEXICONS } from './compiled';
import type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = JSON.parse(RUNTIME_LEXICONS) as Lexicon[];
