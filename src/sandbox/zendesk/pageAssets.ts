import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The host page is TypeScript; it is transpiled once and served as ES modules. Imports between page
// modules are extensionless ("./protocol"), and the server answers /__host/protocol. TypeScript
// takes over a second to load, so it is loaded after the server listens, not before.

export type PageAsset = { body: string; type: string };

export async function loadPageAssets(pageDir: string): Promise<Map<string, PageAsset>> {
  const { default: ts } = await import('typescript');
  const assets = new Map<string, PageAsset>();
  for (const file of readdirSync(pageDir)) {
    const source = readFileSync(join(pageDir, file), 'utf8');
    if (file.endsWith('.test.ts')) continue;
    if (file.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true },
        fileName: file,
      });
      assets.set(file.slice(0, -3), { body: outputText, type: 'text/javascript; charset=utf-8' });
    } else if (file.endsWith('.css')) {
      assets.set(file, { body: source, type: 'text/css; charset=utf-8' });
    } else if (file.endsWith('.html')) {
      assets.set(file, { body: source, type: 'text/html; charset=utf-8' });
    }
  }
  return assets;
}
