import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { checkedLexicon } from './build/checked-lexicon.ts';
import { asciiOutput } from './build/ascii-output.ts';
import { copyAppFiles } from './build/copy-app-files.ts';

// The app is served by ZAF from dist/assets/iframe.html; manifest.json, translations/ and the logos
// sit beside it in dist/ the way `zcli apps:server dist` and `zcli apps:package dist` expect.
export default defineConfig({
  root: 'src/app',
  base: './',
  plugins: [react(), copyAppFiles(), checkedLexicon(), asciiOutput()],
  build: {
    outDir: '../../dist/assets',
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: '.',
  },
});
