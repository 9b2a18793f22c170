import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the bare Garden page for bench/render-time.bench.ts into dist-bench/bare-garden/assets: the
// layout of dist/, so the Zendesk sandbox can also load it where it loads the app.
export default defineConfig({
  root: 'bench/bare-garden',
  base: './',
  plugins: [react()],
  build: { outDir: '../../dist-bench/bare-garden/assets', emptyOutDir: true, target: 'es2020' },
  logLevel: 'warn',
});
