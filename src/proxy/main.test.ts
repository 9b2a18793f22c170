// The entry point as a process: bad configuration stops it with one line per variable; a good one
// listens, and SIGTERM stops it cleanly.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(30_000);

const root = join(__dirname, '..', '..');

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => out, err: () => err };
}

describe('npm run proxy (src/proxy/main.ts)', () => {
  it('exits 1 with one line per missing variable, naming each', async () => {
    const p = start({ ZAF_SHARED_SECRET: 'short' });
    expect(await p.exited).toBe(1);
    const lines = p.err().trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'config: ZAF_SHARED_SECRET: must be at least 16 characters',
        'config: SLACK_BOT_TOKEN: missing',
        'config: ZENDESK_SUBDOMAIN: missing (or set ZENDESK_API_URL)',
      ]),
    );
    expect(p.err()).not.toContain('short');
  });

  it('listens with a valid environment and stops on SIGTERM with exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-main-'));
    const p = start({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: join(dir, 'e.sqlite'),
      ZAF_SHARED_SECRET: 'a-shared-secret-of-32-characters!',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'signing',
      SLACK_API_URL: 'http://127.0.0.1:9/api/', // nothing listens: only a warning at start
      ZENDESK_API_URL: 'http://127.0.0.1:9',
      ZENDESK_EMAIL: 'bot@example.com',
      ZENDESK_API_TOKEN: 'token',
      ZENDESK_WEBHOOK_SECRET: 'wh',
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)","msg":"escalation proxy listening"/.exec(p.out());
          if (m?.[1]) {
            clearInterval(timer);
            resolve(m[1]);
          }
        }, 50);
        void p.exited.then((code) => {
          clearInterval(timer);
          reject(new Error(`exited ${code}: ${p.err()}`));
        });
      });
      expect((await fetch(url + '/healthz')).status).toBe(200);
      expect((await fetch(url + '/readyz')).status).toBe(200);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.out()).toContain('stopping: no new requests');
    } finally {
      p.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
