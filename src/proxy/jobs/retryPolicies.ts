// Retry policies as named data (the @slack/web-api way); backoff is a pure function of the attempt,
// the server's Retry-After and a random source.
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  factor: number;
  maxMs: number;
  /** 0..1: share of the delay that is randomised, so many workers do not retry in step. */
  jitter: number;
}

export const retryPolicies = {
  /** Production: 1 s, 2 s, 4 s ... capped at 5 min; 8 attempts span ~4 min before Retry-After. */
  standard: { maxAttempts: 8, baseMs: 1000, factor: 2, maxMs: 5 * 60_000, jitter: 0.2 },
  /** Tests and the bench: same shape, milliseconds. */
  fast: { maxAttempts: 5, baseMs: 10, factor: 2, maxMs: 100, jitter: 0 },
} as const satisfies Record<string, RetryPolicy>;

/** Never wait longer than this even if a server asks to: the step then shows as failed and can be retried. */
const MAX_RETRY_AFTER_MS = 15 * 60_000;

/** Delay before attempt `attempt + 1`, given that `attempt` (1-based) just failed. */
export function backoffMs(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
  const jittered = exp * (1 - policy.jitter + policy.jitter * random());
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS)));
}
