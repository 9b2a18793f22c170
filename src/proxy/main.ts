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

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    proxy.app.log.info({ signal }, 'stopping: no new requests, letting running steps finish');
    proxy.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(`proxy: error while stopping: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  });
}
