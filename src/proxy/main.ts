// `npm run proxy`: read the environment, start, stop cleanly on SIGTERM/SIGINT.
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { startProxy } from './app';

// Built, this file is dist-proxy/main.js with the example routing file beside it in config/.
const routingFallback = fileURLToPath(new URL('./config/escalation.example.jsonc', import.meta.url));
const result = loadConfig(process.env, process.cwd(), { routingFallback });
if (!result.ok) {
  for (const line of result.errors) console.error(`config: ${line}`);
  process.exit(1);
}

const proxy = await startProxy(result.config).catch((e: unknown) => {
  console.error(`proxy: could not start: ${(e as Error).message}`);
  process.exit(1);
});
proxy.app.log.info({ url: proxy.url }, 'escalation proxy listening');

// A stray rejection (a dropped database connection in a corner nobody awaited) is logged, not fatal:
// the jobs and requests it belonged to are retried, and an instance that exits loses its in-flight work.
process.on('unhandledRejection', (e: unknown) => proxy.app.log.error({ err: e instanceof Error ? e.message : String(e) }, 'unhandled rejection'));

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    proxy.app.log.info({ signal }, 'stopping: no new requests or steps, letting running ones finish');
    // Whatever happens while closing, the process is gone shortly after the deadline.
    setTimeout(() => process.exit(1), (result.config.shutdownMs ?? 10_000) + 2000).unref();
    proxy.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(`proxy: error while stopping: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  });
}
