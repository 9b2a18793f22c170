// Test helper: a stand-in and a real WebClient pointed at it, configured as the proxy will be
// (no client-side retries, 429s rejected so the caller sees Retry-After).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebClient, type Logger } from '@slack/web-api';
import { startSlackStandIn, type SlackStandIn, type SlackStandInOptions } from './server';
import { signSlackRequest } from './signing';

// The client logs Slack's [ERROR] response messages; tests assert on the errors instead.
const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

export interface Harness {
  standIn: SlackStandIn;
  client: WebClient;
  logs: string[];
}

export async function startHarness(opts: SlackStandInOptions = {}): Promise<Harness> {
  const logs: string[] = [];
  const standIn = await startSlackStandIn({ log: (l) => logs.push(l), ...opts });
  const client = new WebClient(standIn.botToken, {
    slackApiUrl: standIn.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: quiet,
  });
  return { standIn, client, logs };
}

/** The Slack error code a rejected WebClient call carries. */
export async function slackError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const data = (err as { data?: { error?: string } }).data;
    if (data?.error) return data.error;
    throw err;
  }
  throw new Error('expected the call to fail');
}

/** Polls until `check` passes (or throws its last error after ~2 s): for effects that follow an answer. */
export async function eventually(check: () => void): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (err) {
      if (i >= 100) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  signatureValid: boolean;
}

export interface FakeProxy {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

type Answer = { status?: number; body?: unknown };

/** A stand-in for the proxy: records what arrives, checks the signature, answers what the test says. */
export async function fakeProxy(secret: string, answer: (r: Received) => Answer | Promise<Answer>): Promise<FakeProxy> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const ts = Number(req.headers['x-slack-request-timestamp']);
      const expected = signSlackRequest(secret, body, ts)['x-slack-signature'];
      const r = { path: req.url ?? '', headers: req.headers, body, signatureValid: expected === req.headers['x-slack-signature'] };
      received.push(r);
      void Promise.resolve(answer(r)).then((a) => {
        res.writeHead(a.status ?? 200, { 'content-type': 'application/json' });
        res.end(a.body === undefined ? '' : JSON.stringify(a.body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
