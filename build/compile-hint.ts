import type { Plugin } from 'vite';

// V8's explicit compile hint: with `//# allFunctionsCalledOnLoad` as a script's first line, Chrome
// compiles all of its functions on a background thread while the script streams in, instead of each
// one on the main thread at its first call. The sidebar's chunk runs nearly all of its functions for
// the first ticket, so its card waits on those lazy compiles otherwise. The comment must open the
// file: this runs after Vite has put its preload helper at the top. Other engines ignore it.
const HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHint(...chunkNames: string[]): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && chunkNames.includes(output.name) && !output.code.startsWith(HINT)) output.code = HINT + output.code;
        }
      },
    },
  };
}
