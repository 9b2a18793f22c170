import { backoffMs, retryPolicies } from './retryPolicies';

describe('backoffMs', () => {
  const p = { maxAttempts: 5, baseMs: 100, factor: 2, maxMs: 1000, jitter: 0 };

  it('grows exponentially up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(p, a, undefined))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('waits at least what Retry-After asks, within a sane bound', () => {
    expect(backoffMs(p, 1, 3000)).toBe(3000);
    expect(backoffMs(p, 4, 10)).toBe(800);
    expect(backoffMs(p, 1, 24 * 3600_000)).toBe(15 * 60_000);
  });

  it('applies jitter from the random source', () => {
    const j = { ...p, jitter: 0.5 };
    expect(backoffMs(j, 1, undefined, () => 0)).toBe(50);
    expect(backoffMs(j, 1, undefined, () => 1)).toBe(100);
  });

  it('ships a fast policy for tests that still retries several times', () => {
    expect(retryPolicies.fast.maxAttempts).toBeGreaterThanOrEqual(3);
    expect(backoffMs(retryPolicies.fast, 10, undefined)).toBeLessThanOrEqual(100);
  });
});
