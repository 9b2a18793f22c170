import { startLocalStack } from './stack';

// What `npm start` runs after the build: the local stack (Slack stand-in, Zendesk sandbox, proxy on
// SQLite) on fixed ports, closed on SIGINT/SIGTERM. It prints one line: the URL to open.
// Fresh state each start; `npm start -- --keep` keeps all three under ./data/.

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
  const keep = process.argv.includes('--keep');
  try {
    const stack = await startLocalStack({
      keep,
      ports: {
        zendesk: portFromEnv('SANDBOX_PORT', 4567),
        slack: portFromEnv('SLACK_STANDIN_PORT', 8790),
        proxy: portFromEnv('PROXY_PORT', 8787),
        jira: portFromEnv('JIRA_STANDIN_PORT', 8791),
      },
      databaseUrl: process.env.DATABASE_URL,
      escalationConfig: process.env.ESCALATION_CONFIG,
      logLevel: process.env.LOG_LEVEL,
    });
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      stack.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    const state = keep ? 'state kept in data/ (delete data/sandbox* to begin afresh)' : 'fresh state: `npm start -- --keep` keeps it';
    console.log(`Sandbox ready: open ${stack.zendesk.url}  (Slack stand-in: ${stack.slack.url}, Jira stand-in: ${stack.jira.url}, proxy: ${stack.proxy.url}; ${state})`);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const reason =
      error.code === 'EADDRINUSE'
        ? 'a port is in use (set SANDBOX_PORT, SLACK_STANDIN_PORT, JIRA_STANDIN_PORT or PROXY_PORT to free ones)'
        : error.message;
    console.error(`Sandbox could not start: ${reason}`);
    process.exit(1);
  }
}

void main();
