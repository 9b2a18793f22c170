import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { checkedLexicon } from './build/checked-lexicon.ts';
import { copyAppFiles } from './build/copy-app-files.ts';

// The app is served by ZAF from dist/assets/iframe.html; manifest.json, translations/ and the logos
// sit beside it in dist/ the way `zcli apps:server dist` and `zcli apps:package dist` expect.
export default defineConfig({
  root: 'src/app',
  base: './',
  plugins: [react(), copyAppFiles(), checkedLexicon()],
  build: {
    outDir: '../../dist/assets',
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: '.',
    rolldownOptions: {
      output: {
        // A compile hint: V8 compiles every function of the sidebar's chunk on a background thread as
        // the chunk loads, instead of each one on the main thread at its first call while the card
        // renders (nearly all of them run for the first ticket). Other engines ignore the comment.
        postBanner: (chunk) => (chunk.name === 'TicketSideBar' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
});
