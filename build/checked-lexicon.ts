import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LEXICON_HASH } from '../src/core/checklist/lexicon/compiled';
import { CHECKED_LEXICON_FLAG, lexiconHash } from '../src/core/checklist/lexicon/prebuilt';

/** The build's check that compiled.ts was written from the lexicons as they are; throws when it was not. */
export function assertLexiconCompiled(): void {
  if (lexiconHash() !== LEXICON_HASH) {
    throw new Error('src/core/checklist/lexicon/compiled.ts is out of date: run `npm run lexicon` (npm run build does) and build again');
  }
}

/** The `define` that tells a bundle its compiled lexicon was checked: it skips the check at run time. */
export const CHECKED_LEXICON_DEFINE = { [CHECKED_LEXICON_FLAG]: 'true' } as const;

const LEXICON_DIR = fileURLToPath(new URL('../src/core/checklist/lexicon/', import.meta.url));
const RUNTIME_LANGUAGES = `${LEXICON_DIR}runtimeLanguages.ts`;

/** What a bundle of the checked lexicon resolves an import to instead: the lexicons without their examples. */
export function runtimeLanguagesFor(source: string, importer: string | undefined): string | null {
  return source === './languages' && importer?.startsWith(LEXICON_DIR) ? RUNTIME_LANGUAGES : null;
}

// The app's bundle: checked once here, so the sidebar's first ticket does not hash the lexicons (~2 ms),
// and it carries the lexicons from compiled.ts, without their example sentences (runtimeLanguages.ts).
export function checkedLexicon(): Plugin {
  return {
    name: 'checked-lexicon',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ define: CHECKED_LEXICON_DEFINE }),
    buildStart() {
      assertLexiconCompiled();
    },
    resolveId: runtimeLanguagesFor,
  };
}
