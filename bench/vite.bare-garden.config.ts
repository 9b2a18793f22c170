import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the bare Garden page into dist-bench/bare-garden for bench/render-time.bench.ts.
export default defineConfig({
  root: 'bench/bare-garden',
  base: './',
  plugins: [react()],
  build: { outDir: '../../dist-bench/bare-garden', emptyOutDir: true, target: 'es2020' },
  logLevel: 'warn',
});
