// One typed error for every Slack failure: the Slack error code (or ratelimited / http_<status> /
// request_failed), whether the job layer should retry, and Retry-After when Slack gave one.
import { ErrorCode } from '@slack/web-api';

// Slack's own words for "try again later"; every other platform error is a fact that retrying won't change.
const RETRYABLE_CODES = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

export class SlackCallError extends Error {
  readonly retryable: boolean;
  constructor(
    readonly method: string,
    readonly code: string,
    opts: { retryAfterMs?: number; statusCode?: number; cause?: unknown; extra?: Record<string, unknown> } = {},
  ) {
    super(`Slack ${method} failed: ${code}`, { cause: opts.cause });
    this.name = 'SlackCallError';
    this.retryAfterMs = opts.retryAfterMs;
    this.statusCode = opts.statusCode;
    this.extra = opts.extra ?? {};
    this.retryable = RETRYABLE_CODES.has(code) || code === 'request_failed' || (opts.statusCode !== undefined && opts.statusCode >= 500);
  }
  readonly retryAfterMs: number | undefined;
  readonly statusCode: number | undefined;
  /** Other fields of Slack's answer (e.g. invite's per-user errors). */
  readonly extra: Record<string, unknown>;
}

export function toSlackCallError(method: string, e: unknown): SlackCallError {
  if (e instanceof SlackCallError) return e;
  const err = e as { code?: string; data?: { error?: string } & Record<string, unknown>; retryAfter?: number; statusCode?: number };
  switch (err?.code) {
    case ErrorCode.PlatformError: {
      const { error, ...extra } = err.data ?? {};
      return new SlackCallError(method, error ?? 'unknown_error', { cause: e, extra });
    }
    case ErrorCode.RateLimitedError:
      return new SlackCallError(method, 'ratelimited', { retryAfterMs: (err.retryAfter ?? 1) * 1000, statusCode: 429, cause: e });
    case ErrorCode.HTTPError:
      return new SlackCallError(method, `http_${err.statusCode}`, { statusCode: err.statusCode, cause: e });
    default:
      return new SlackCallError(method, 'request_failed', { cause: e });
  }
}
