import { startZendeskSandbox } from './zendesk/server';

// What `npm start` runs after the build: the local stand-ins (and later the proxy), started in
// order, closed in reverse on SIGINT/SIGTERM. It prints one line: the URL to open.

type Service = { name: string; close(): Promise<void> };

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
  }
  return port;
}

async function main(): Promise<void> {
  const started: Service[] = [];
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const service of started.reverse()) {
      await service.close().catch((e: Error) => console.error(`${service.name} did not close cleanly: ${e.message}`));
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  try {
    // Add further services (Slack stand-in, proxy) here, each pushed onto `started`.
    const zendesk = await startZendeskSandbox({ port: portFromEnv('SANDBOX_PORT', 4567) });
    started.push({ name: 'Zendesk sandbox', close: zendesk.close });
    console.log(`Sandbox ready: open ${zendesk.url}`);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const reason = error.code === 'EADDRINUSE' ? 'the port is in use (set SANDBOX_PORT to another one)' : error.message;
    console.error(`Sandbox could not start: ${reason}`);
    for (const service of started.reverse()) await service.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
