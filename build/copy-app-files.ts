import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// Copies what ZAF needs beside the bundle: dist/manifest.json, dist/translations/ and the logos in
// dist/assets/. The result is what `zcli apps:server dist` serves and `zcli apps:package dist` packages.
export function copyAppFiles(root = process.cwd()): Plugin {
  return {
    name: 'copy-zendesk-app-files',
    apply: 'build',
    closeBundle() {
      const dist = resolve(root, 'dist');
      mkdirSync(resolve(dist, 'assets'), { recursive: true });
      cpSync(resolve(root, 'manifest.json'), resolve(dist, 'manifest.json'));
      cpSync(resolve(root, 'translations'), resolve(dist, 'translations'), { recursive: true });
      cpSync(resolve(root, 'assets'), resolve(dist, 'assets'), { recursive: true });
      // `npm run zcli:serve` puts the local settings (a secret among them) in dist/: never package them.
      writeFileSync(resolve(dist, '.zcliignore'), 'zcli.apps.config.json\n');
    },
  };
}
