// Waits for a condition in tests: polls, and fails with the last value after a generous limit, so a
// test waits for behaviour without asserting on time.
export async function waitFor<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, what: string, limitMs = 10_000): Promise<T> {
  const end = Date.now() + limitMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 10));
    last = await probe();
  }
  return last;
}
