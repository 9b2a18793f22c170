// `npm run test:production` (the last part of `npm test`): what a production deployment does, in a
// clean temporary folder: package.json, package-lock.json and dist-proxy/ only, `npm ci --omit=dev`,
// `npm run start:proxy`, then GET /healthz, /readyz and /metrics must answer 200 and SIGTERM must
// stop it with exit 0. No dev dependency with code (tsx, typescript, esbuild, ...) may be installed there.
//
// To stay fast it installs from npm's cache (--prefer-offline) with --ignore-scripts, and then copies
// better-sqlite3's compiled addon from this checkout (the same version from the same lockfile) instead
// of compiling it again (minutes); better-sqlite3 is the only production package with an install script.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NATIVE_ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const METRICS_TOKEN = 'production-check-metrics-token';

type Pkg = { version?: string; scripts?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Pkg;

function fail(message: string): never {
  throw new Error(message);
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${err}`))));
  });
}

async function until<T>(probe: () => T | null, what: string, limitMs: number, exited: { code: number | null | undefined }): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (exited.code !== undefined) fail(`the proxy exited (${exited.code}) before ${what}`);
    if (Date.now() > end) fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(join(root, 'dist-proxy/main.js'))) fail('dist-proxy/main.js is missing: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'escalation-prod-'));
  try {
    for (const f of ['package.json', 'package-lock.json', 'dist-proxy']) cpSync(join(root, f), join(dir, f), { recursive: true });
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const installed = Date.now();

    const pkg = readJson(join(root, 'package.json'));
    // @types/* hold no code, and some production packages (@slack/web-api) depend on them.
    const devOnly = Object.keys(pkg.devDependencies ?? {}).filter((name) => !name.startsWith('@types/'));
    const leaked = devOnly.filter((name) => existsSync(join(dir, 'node_modules', name)));
    if (leaked.length) fail(`a production install holds dev dependencies: ${leaked.join(', ')}`);

    const version = (base: string) => readJson(join(base, 'node_modules/better-sqlite3/package.json')).version;
    if (version(dir) !== version(root)) fail(`better-sqlite3 ${version(dir)} here, ${version(root)} in the checkout: run npm ci`);
    mkdirSync(dirname(join(dir, NATIVE_ADDON)), { recursive: true });
    cpSync(join(root, NATIVE_ADDON), join(dir, NATIVE_ADDON));

    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      PORT: '0',
      HOST: '127.0.0.1',
      ZAF_SHARED_SECRET: 'production-check-shared-secret',
      SLACK_BOT_TOKEN: 'xoxb-production-check',
      SLACK_SIGNING_SECRET: 'production-check',
      // Nothing listens there: the start only logs a warning about auth.test.
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      ZENDESK_API_URL: 'http://127.0.0.1:9',
      ZENDESK_EMAIL: 'bot@example.com',
      ZENDESK_API_TOKEN: 'production-check',
      ZENDESK_WEBHOOK_SECRET: 'production-check',
      METRICS_TOKEN,
    };
    // The start:proxy script's own command, exec'd so SIGTERM reaches node as it would in a container
    // (npm run would report the signal instead of node's exit code).
    const startCommand = pkg.scripts?.['start:proxy'] ?? fail('no start:proxy script');
    const child = spawn('sh', ['-c', `exec ${startCommand}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited: { code: number | null | undefined } = { code: undefined };
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exited.code = code))));
    try {
      const url = await until(() => /"url":"(http:\/\/127\.0\.0\.1:\d+)","msg":"escalation proxy listening"/.exec(output)?.[1] ?? null, 'it listens', 15_000, exited);
      for (const [path, headers] of [['/healthz', {}], ['/readyz', {}], ['/metrics', { authorization: `Bearer ${METRICS_TOKEN}` }]] as const) {
        const res = await fetch(url + path, { headers });
        if (res.status !== 200) fail(`GET ${path} answered ${res.status}: ${await res.text()}`);
      }
      child.kill('SIGTERM');
      const code = await exit;
      if (code !== 0) fail(`SIGTERM: exit ${code}`);
    } catch (e) {
      child.kill('SIGKILL');
      throw new Error(`${(e as Error).message}\n--- proxy output ---\n${output}`);
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`production install: ok (npm ci --omit=dev ${s(installed - started)}, start to /readyz and SIGTERM ${s(Date.now() - installed)}; no dev dependency installed)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`production install: FAILED: ${(e as Error).message}`);
  process.exit(1);
});
