// Reading Web API arguments the way Slack does: form bodies give strings, JSON bodies give values,
// and structured arguments (blocks, view) arrive either as JSON text or as the value itself.
import { SlackApiError, type Workspace } from '../workspace';

export type Args = Record<string, unknown>;
export type MethodResult = Record<string, unknown>;
/** One Web API method: answers the fields beside ok: true, or throws SlackApiError. */
export type Handler = (ws: Workspace, args: Args) => MethodResult;

export function str(args: Args, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new SlackApiError('invalid_arguments', { detail: `${key} must be a string` });
}

/** A required string: missing or empty fails with `code`. */
export function need(args: Args, key: string, code: string): string {
  const v = str(args, key);
  if (v === undefined || v.trim() === '') throw new SlackApiError(code);
  return v;
}

export function bool(args: Args, key: string): boolean {
  const v = args[key];
  return v === true || v === 'true' || v === '1' || v === 1;
}

export function int(args: Args, key: string, fallback: number): number {
  const v = args[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** A structured argument given as a JSON string (form bodies) or as the value (JSON bodies). */
export function json(args: Args, key: string, code = 'invalid_arguments'): unknown {
  const v = args[key];
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw new SlackApiError(code, { detail: `${key} is not valid JSON` });
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Blocks must be an array of objects that each name a type. */
export function blocks(args: Args): unknown[] | undefined {
  const v = json(args, 'blocks', 'invalid_blocks_format');
  if (v === undefined || v === null || v === '') return undefined;
  if (!Array.isArray(v)) throw new SlackApiError('invalid_blocks_format');
  v.forEach((b, i) => {
    if (!isRecord(b) || typeof b.type !== 'string') {
      throw new SlackApiError('invalid_blocks', {
        errors: [`missing required field: type [json-pointer:/blocks/${i}]`],
      });
    }
  });
  return v;
}

/**
 * Cursor paging as Slack does it: an opaque cursor, and next_cursor '' on the last page.
 */
export function page<T>(items: T[], args: Args, defaultLimit = 100): { items: T[]; nextCursor: string } {
  const limit = Math.min(int(args, 'limit', defaultLimit), 1000);
  const cursor = str(args, 'cursor');
  let start = 0;
  if (cursor) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (!m?.[1]) throw new SlackApiError('invalid_cursor');
    start = Number(m[1]);
  }
  const end = start + limit;
  const nextCursor = end < items.length ? Buffer.from(`offset:${end}`).toString('base64') : '';
  return { items: items.slice(start, end), nextCursor };
}
