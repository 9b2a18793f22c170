// Test helper: a stand-in and a real WebClient pointed at it, configured as the proxy will be
// (no client-side retries, 429s rejected so the caller sees Retry-After).
import { LogLevel, WebClient, type Logger } from '@slack/web-api';
import { startSlackStandIn, type SlackStandIn, type SlackStandInOptions } from './server';

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
