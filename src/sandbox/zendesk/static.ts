import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

// Minimal static file serving for the built app (no @fastify/static among our dependencies).

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads `relative` under `root`, or null when it is missing or would escape root. */
export async function readStatic(root: string, relative: string): Promise<{ body: Buffer; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const base = normalize(root);
  const full = normalize(join(base, decoded));
  if (full !== base && !full.startsWith(base.endsWith(sep) ? base : base + sep)) return null;
  try {
    if (!(await stat(full)).isFile()) return null;
    return { body: await readFile(full), type: contentTypeFor(full) };
  } catch {
    return null;
  }
}
