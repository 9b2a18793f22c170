// `npm run lexicon`: compiles the checklist's lexicons (src/core/checklist/lexicon/en.ts, es.ts...) into
// compiled.ts beside them, which the checklist loads instead of compiling on the first ticket.
// `--check` writes nothing and exits 1 when the file is not what the lexicons compile to.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiledLexiconFile, COMPILED_LEXICON_PATH } from '../src/core/checklist/lexicon/compiledFile';

const path = fileURLToPath(new URL(`../${COMPILED_LEXICON_PATH}`, import.meta.url));
const text = compiledLexiconFile();
const current = readFileSync(path, 'utf8');
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${COMPILED_LEXICON_PATH} is out of date: run npm run lexicon`);
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(path, text);
  console.log(`${COMPILED_LEXICON_PATH}: written (${(text.length / 1024).toFixed(0)} KB)`);
} else {
  console.log(`${COMPILED_LEXICON_PATH}: up to date`);
}
