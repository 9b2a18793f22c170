// A failed call to an outside HTTP API (Zendesk, Jira): whether the job layer may retry it (429, 5xx
// and the network, honouring Retry-After; not 400/401/403/404), and the code metrics count it by.
export class HttpCallError extends Error {
  readonly retryable: boolean;
  /** http_<status>, timeout or unreachable. */
  readonly code: string;
  constructor(
    service: string,
    readonly operation: string,
    readonly status: number | null,
    detail: string,
    readonly retryAfterMs?: number,
    cause?: unknown,
  ) {
    super(`${service} ${operation} failed: ${status === null ? detail : `HTTP ${status} ${detail}`.trim()}`, { cause });
    this.retryable = status === null || status === 429 || status >= 500;
    this.code = status !== null ? `http_${status}` : detail === 'timed out' ? 'timeout' : 'unreachable';
  }
}
