// `npm start` tells the truth after a restart: the proxy, the Zendesk sandbox and the Slack stand-in
// start from the same state, fresh by default, or all three kept with --keep.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escalationRequest, token } from '../proxy/testing/harness';
import { waitFor } from '../proxy/testing/waitFor';
import { startLocalStack, type LocalStack } from './stack';

jest.setTimeout(60_000);

const TICKET = 1001;

async function escalate(stack: LocalStack): Promise<void> {
  const jwt = await token({ secret: stack.zendesk.settings.shared_secret });
  const res = await fetch(`${stack.proxy.url}/api/escalations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: JSON.stringify(escalationRequest({ ticketId: TICKET })),
  });
  if (res.status !== 201) throw new Error(`escalation: ${res.status} ${await res.text()}`);
  // Every step done: the channel exists and the note is on the ticket.
  await waitFor(() => what(stack), (w) => w.proxy === 'active' && w.note && w.channel !== null, 'the escalation done');
}

/** What each of the three parts says about ticket 1001. */
async function what(stack: LocalStack) {
  const jwt = await token({ secret: stack.zendesk.settings.shared_secret });
  const res = await fetch(`${stack.proxy.url}/api/escalations/by-ticket/${TICKET}`, { headers: { authorization: `Bearer ${jwt}` } });
  const escalation = res.status === 200 ? ((await res.json()) as { state: string; slack: { channelId: string | null } }) : null;
  const channelId = escalation?.slack.channelId ?? null;
  return {
    proxy: escalation?.state ?? 'none',
    channel: stack.slack.channels().find((c) => c.id === channelId || c.name.startsWith(`outage-${TICKET}`))?.id ?? null,
    note: stack.zendesk.tickets.get(TICKET)!.comments.some((c) => c.plainBody.includes('[escalation ')),
  };
}

describe('the local stack (npm start)', () => {
  let dataDir: string;
  let stack: LocalStack | null = null;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'stack-data-'));
  });
  afterEach(async () => {
    await stack?.close();
    stack = null;
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = (keep: boolean) => startLocalStack({ keep, dataDir, logLevel: 'silent' });

  it('starts all three fresh by default: nothing of the last run, and nothing written to the data folder', async () => {
    stack = await start(false);
    await escalate(stack);
    await stack.close();
    stack = await start(false);
    expect(await what(stack)).toEqual({ proxy: 'none', channel: null, note: false });
    expect(existsSync(join(dataDir, 'sandbox.sqlite'))).toBe(false);
  });

  it('with keep, all three remember: the sidebar’s escalation, its Slack channel and the ticket’s note agree', async () => {
    stack = await start(true);
    await escalate(stack);
    const before = await what(stack);
    await stack.close();
    stack = await start(true);
    const after = await what(stack);
    expect(after).toEqual(before);
    expect(after.channel).not.toBeNull();
    expect(existsSync(join(dataDir, 'sandbox/zendesk.json')) && existsSync(join(dataDir, 'sandbox/slack.json'))).toBe(true);
  });

  it('puts an outage on the Jira stand-in’s board, and a move on its page reaches the sidebar’s escalation', async () => {
    stack = await start(false);
    await escalate(stack);
    const board = async () => {
      const jwt = await token({ secret: stack!.zendesk.settings.shared_secret });
      const res = await fetch(`${stack!.proxy.url}/api/escalations/by-ticket/${TICKET}`, { headers: { authorization: `Bearer ${jwt}` } });
      return ((await res.json()) as { board?: { key?: string; status?: string } }).board;
    };
    await waitFor(board, (b) => b?.key === 'ENG-1', 'the board item');
    const page = await fetch(`${stack.jira.url}/_stand-in/issues/ENG-1/move`, { method: 'POST', body: 'to=In+Progress', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(page.status).toBe(303);
    expect((await board())?.status).toBe('In Progress');
    expect(await (await fetch(stack.jira.url)).text()).toContain('ENG-1');
  });

  it('with keep, refuses a proxy store left without the stand-ins’ state (an older npm start), naming the files', async () => {
    writeFileSync(join(dataDir, 'sandbox.sqlite'), '');
    await expect(start(true)).rejects.toThrow(/--keep found .*sandbox\.sqlite but not .*zendesk\.json, .*slack\.json: delete the data\/sandbox\* files/);
  });

  it('gives each service its own port, and fails with EADDRINUSE on a port asked for that is taken (no retry on given ports)', async () => {
    stack = await start(false);
    const ports = [stack.zendesk.url, stack.slack.url, stack.jira.url, stack.proxy.url].map((u) => new URL(u).port);
    expect(new Set(ports).size).toBe(4);
    const [zendesk, slack, jira] = ports.map(Number);
    const taken = Number(new URL(stack.proxy.url).port);
    await expect(startLocalStack({ dataDir, logLevel: 'silent', ports: { zendesk: zendesk! + 1, slack: slack! + 1, jira: jira! + 1, proxy: taken } })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
