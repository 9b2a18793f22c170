import { createServer } from 'node:net';

// Services that must know each other's URLs before they start listen on ports probed beforehand. A
// probed port can still be taken before its service binds it (another test file, or this process's
// own outgoing connections, which draw from the same range): the caller then starts again.

/**
 * Free ports on 127.0.0.1, all different. The probes stay open until every port is chosen, so one
 * call never gets the same port twice.
 */
export async function freePorts(count: number): Promise<number[]> {
  const probes = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      probes.map(async (probe) => {
        await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
        const address = probe.address();
        if (address === null || typeof address === 'string') throw new Error('no free port');
        return address.port;
      }),
    );
  } finally {
    await Promise.all(probes.map((probe) => new Promise<void>((resolve) => probe.close(() => resolve()))));
  }
}

const isAddressInUse = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === 'EADDRINUSE';

/** Runs start (which probes its ports afresh) again while a probed port turns out taken, up to attempts times. */
export async function startOnFreePorts<T>(start: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (e) {
      if (attempt >= attempts || !isAddressInUse(e)) throw e;
    }
  }
}
