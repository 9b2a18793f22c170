import assert from 'node:assert/strict';

/** Polls a condition the UI reaches asynchronously (events cross frames, servers and job queues). */
export async function assertEventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`condition not reached within ${timeoutMs} ms`);
}
