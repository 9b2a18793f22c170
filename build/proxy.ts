// `npm run build` (after the app): the proxy and its operator commands as plain JavaScript in
// dist-proxy/, for `npm run start:proxy` after a production install (`npm ci --omit=dev`).
// Every package stays external: node_modules supplies them, so native ones (better-sqlite3, pg's
// optional pg-native) load as installed, and anything the built code imports must be a production
// dependency (the production-install test catches one that is not).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROXY_OUT_DIR = join(root, 'dist-proxy');

/** Entry points: what the image and an operator run (`node dist-proxy/<name>.js`). */
const entryPoints = {
  main: 'src/proxy/main.ts',
  doctor: 'src/proxy/ops/doctorMain.ts',
  'setup-zendesk': 'src/proxy/ops/setupZendeskMain.ts',
};

rmSync(PROXY_OUT_DIR, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints,
  outdir: PROXY_OUT_DIR,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // One chunk for the code the entries share.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  metafile: true,
});
// The example routing file travels with the build: the default when ESCALATION_CONFIG is unset and
// the working directory has no config/ (a production folder holds only the build and package files).
mkdirSync(join(PROXY_OUT_DIR, 'config'), { recursive: true });
copyFileSync(join(root, 'config/escalation.example.jsonc'), join(PROXY_OUT_DIR, 'config/escalation.example.jsonc'));

const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`proxy built into dist-proxy/ (${Object.keys(entryPoints).join(', ')}; ${(bytes / 1024).toFixed(0)} KB with source maps)`);
