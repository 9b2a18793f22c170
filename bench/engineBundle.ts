// The checklist engine bundled the way the app's build ships it: minified, its compiled lexicon checked
// at build time (build/checked-lexicon.ts) and the lexicons without their example sentences. The
// benches time this bundle where they mean what a sidebar runs.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { assertLexiconCompiled, CHECKED_LEXICON_DEFINE, runtimeLanguagesFor } from '../build/checked-lexicon';

/** Writes the engine's bundle (an ES module exporting what src/core/checklist.ts exports) to outfile. */
export async function bundleEngine(outfile: string): Promise<void> {
  assertLexiconCompiled();
  await build({
    entryPoints: [fileURLToPath(new URL('../src/core/checklist.ts', import.meta.url))],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    define: CHECKED_LEXICON_DEFINE,
    plugins: [
      {
        name: 'runtime-languages',
        setup: (b) =>
          b.onResolve({ filter: /^\.\/languages$/ }, (args) => {
            const path = runtimeLanguagesFor(args.path, args.importer);
            return path === null ? undefined : { path };
          }),
      },
    ],
    logLevel: 'warning',
  });
}
