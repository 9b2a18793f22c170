// Prints the built app's initial JS+CSS (what the sidebar iframe loads before the first paint: the
// entry script, its static imports, modulepreloads and stylesheets named in dist/assets/index.html)
// against the lazily loaded chunks, gzipped. Run after `npm run build`: npx tsx bench/bundle-size.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 75; // issue 10: initial JS+CSS at or under 75 KB gzipped
const dir = join(process.cwd(), 'dist', 'assets');
const html = join(dir, 'index.html');
if (!existsSync(html)) {
  console.error('dist/assets/index.html not found: run `npm run build` first.');
  process.exit(1);
}

const read = (file: string) => readFileSync(join(dir, file));
const gz = (file: string) => gzipSync(read(file), { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

// Files index.html loads itself: <script src>, <link href> (stylesheet and modulepreload).
const referenced = [...read('index.html').toString().matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)]
  .map((m) => normalize(m[1]!.replace(/^\.\//, '')))
  .filter((f) => /\.(js|css)$/.test(f));

// Static imports/re-exports in minified ESM ("import{a}from"./x.js"", "import"./y.js""), not import().
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.(?:js|css))["']/g;

const initial = new Set<string>();
const visit = (file: string) => {
  if (initial.has(file) || !existsSync(join(dir, file))) return;
  initial.add(file);
  if (!file.endsWith('.js')) return;
  for (const m of read(file).toString().matchAll(STATIC_IMPORT)) visit(m[1]!);
};
referenced.forEach(visit);

const all = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
const lazy = all.filter((f) => !initial.has(f));
const rows = (files: string[]) =>
  files
    .map((f) => ({ f, raw: read(f).length, gz: gz(f) }))
    .sort((a, b) => b.gz - a.gz)
    .map((r) => {
      console.log(`  ${kb(r.raw)} KB raw ${kb(r.gz)} KB gz  ${r.f}`);
      return r.gz;
    })
    .reduce((a, b) => a + b, 0);

console.log('initial (entry + static imports + stylesheets):');
const initialGz = rows([...initial]);
console.log('lazy (loaded on demand):');
const lazyGz = rows(lazy);
console.log(`\ninitial JS+CSS: ${kb(initialGz).trim()} KB gzipped (budget ${BUDGET_KB} KB: ${initialGz <= BUDGET_KB * 1024 ? 'within' : 'OVER'})`);
console.log(`lazy JS+CSS:    ${kb(lazyGz).trim()} KB gzipped`);
