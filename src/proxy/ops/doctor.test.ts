// npm run doctor against the stand-ins: every line ✓ for a good setup (after setup:zendesk), and the
// broken thing named, with its fix, for a missing scope, a missing channel, a wrong Zendesk token,
// a database not migrated, and a webhook that posts elsewhere.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startJiraStandIn, type JiraStandIn } from '../../sandbox/jira/server';
import { startSlackStandIn, type SlackStandIn } from '../../sandbox/slack/server';
import { startZendeskSandbox, type ZendeskSandbox } from '../../sandbox/zendesk/server';
import { BOT_SCOPES } from '../slack/scopes';
import { openStore } from '../store/db';
import { ZendeskAdmin } from '../zendesk/admin';
import { formatReport, runDoctor, type CheckLine } from './doctor';
import { setupZendesk } from './zendeskSetup';

jest.setTimeout(30_000);

const root = join(__dirname, '..', '..', '..');
const PUBLIC_URL = 'https://escalations.example.test';

describe('doctor', () => {
  let slack: SlackStandIn;
  let zendesk: ZendeskSandbox;
  let jira: JiraStandIn;
  let env: Record<string, string>;
  let dir: string;

  async function start(o: { botScopes?: readonly string[] } = {}) {
    slack = await startSlackStandIn({ port: 0, botScopes: o.botScopes ?? BOT_SCOPES, log: () => undefined });
    zendesk = await startZendeskSandbox({ port: 0 });
    jira = await startJiraStandIn({ log: () => undefined });
    dir = mkdtempSync(join(tmpdir(), 'doctor-'));
    const databaseUrl = join(dir, 'escalations.sqlite');
    await (await openStore(databaseUrl)).close(); // migrated, as after the proxy's first start
    const zendeskConfig = { apiUrl: zendesk.apiUrl, email: zendesk.apiEmail, apiToken: zendesk.apiToken };
    const setup = await setupZendesk(new ZendeskAdmin(zendeskConfig), { publicUrl: PUBLIC_URL, tag: 'escalated' });
    env = {
      DATABASE_URL: databaseUrl,
      ZAF_SHARED_SECRET: 'a-shared-secret-of-32-characters!',
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: 'signing',
      SLACK_API_URL: slack.apiUrl,
      ZENDESK_API_URL: zendesk.apiUrl,
      ZENDESK_EMAIL: zendesk.apiEmail,
      ZENDESK_API_TOKEN: zendesk.apiToken,
      ZENDESK_WEBHOOK_SECRET: setup.webhook.signingSecret!,
      PUBLIC_URL,
      JIRA_BASE_URL: jira.url,
      JIRA_EMAIL: jira.email,
      JIRA_API_TOKEN: jira.apiToken,
      JIRA_WEBHOOK_SECRET: 'a-jira-webhook-secret-of-32-chars',
    };
  }
  afterEach(async () => {
    await slack.close();
    await zendesk.close();
    await jira.close();
  });
  const withoutJira = () => Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('JIRA_')));

  const failures = (lines: CheckLine[]) => lines.filter((l) => !l.ok);

  it('passes every check for a good setup, one line each', async () => {
    await start();
    const lines = await runDoctor(env, root);
    expect(failures(lines)).toEqual([]);
    expect(lines.map((l) => l.name)).toEqual([
      'config',
      'database',
      'slack token',
      'slack scopes',
      'slack triage channel',
      'slack support channel',
      'routing invitees',
      'zendesk credentials',
      'zendesk webhook',
      'zendesk trigger',
      'jira credentials',
      // The example routing file's boards: ENG for outages and problems, OPS for one product.
      'jira board ENG',
      'jira board OPS',
    ]);
    expect(formatReport(lines).split('\n').every((l) => l.startsWith('✓ '))).toBe(true);
    expect(formatReport(lines)).not.toContain(env.ZENDESK_WEBHOOK_SECRET);
    expect(formatReport(lines)).not.toContain(env.JIRA_API_TOKEN);
    expect(lines.find((l) => l.name === 'jira board ENG')?.detail).toBe('ENG (Engineering) takes Bug');
    expect(jira.calls().map((c) => c.path)).toEqual(expect.arrayContaining(['/rest/api/3/myself', '/rest/api/3/project/ENG', '/rest/api/3/project/OPS']));
  });

  it('names a wrong Jira token, and a board whose project or issue type Jira does not have', async () => {
    await start();
    const token = failures(await runDoctor({ ...env, JIRA_API_TOKEN: 'not-the-token' }, root));
    expect(token).toEqual([expect.objectContaining({ name: 'jira credentials', detail: expect.stringContaining('HTTP 401') })]);
    expect(token[0]?.fix).toMatch(/JIRA_API_TOKEN/);
    const routing = join(dir, 'routing.jsonc');
    writeFileSync(
      routing,
      JSON.stringify({
        triageChannel: 'eng-triage',
        issueTypes: { outage: { board: { project: 'NOPE', issueType: 'Bug' } }, problem: { mode: 'thread', board: { project: 'ENG', issueType: 'Incident' } } },
        products: { gradebook: { board: { project: 'ENG', issueType: 'Bugg' } } },
      }),
    );
    const boards = failures(await runDoctor({ ...env, ESCALATION_CONFIG: routing }, root));
    expect(boards.map((l) => [l.name, l.detail])).toEqual([
      ['jira board NOPE', `no project NOPE, or ${jira.email} cannot see it`],
      ['jira board ENG', 'ENG (Engineering) has no issue type "Incident", "Bugg"; it has Bug, Task, Story'],
    ]);
  });

  it('without Jira: a failure when the routing file sends escalations to a board, a pass when it does not', async () => {
    await start();
    const routed = failures(await runDoctor(withoutJira(), root));
    expect(routed).toEqual([expect.objectContaining({ name: 'jira', detail: 'not configured, but the routing file sends escalations to the board (ENG, OPS)' })]);
    expect(routed[0]?.fix).toMatch(/JIRA_BASE_URL/);
    const routing = join(dir, 'routing.jsonc');
    writeFileSync(routing, JSON.stringify({ triageChannel: 'eng-triage' }));
    const lines = await runDoctor({ ...withoutJira(), ESCALATION_CONFIG: routing }, root);
    expect(failures(lines)).toEqual([]);
    expect(lines.at(-1)).toEqual({ ok: true, name: 'jira', detail: 'not configured, and no issue type is routed to a board' });
  });

  it('names a scope the token lacks', async () => {
    await start({ botScopes: BOT_SCOPES.filter((s) => s !== 'usergroups:read') });
    const [bad, ...rest] = failures(await runDoctor(env, root));
    expect(rest).toEqual([]);
    expect(bad).toMatchObject({ name: 'slack scopes', detail: 'the token lacks usergroups:read' });
    expect(bad?.fix).toMatch(/Bot Token Scopes/);
  });

  it('names a channel that does not exist, and a routed user that does not resolve', async () => {
    await start();
    const routing = join(dir, 'routing.jsonc');
    writeFileSync(routing, JSON.stringify({ triageChannel: 'eng-nowhere', issueTypes: { outage: { invitees: { users: ['U0NOBODY1'] } } } }));
    const lines = failures(await runDoctor({ ...env, ESCALATION_CONFIG: routing }, root));
    expect(lines.map((l) => l.name)).toEqual(['slack triage channel', 'routing invitees']);
    expect(lines[0]?.detail).toBe('#eng-nowhere not found, or private without the bot');
    expect(lines[1]?.detail).toBe('user U0NOBODY1 (user_not_found) do not resolve');
  });

  it('names a wrong Zendesk token', async () => {
    await start();
    const lines = failures(await runDoctor({ ...env, ZENDESK_API_TOKEN: 'not-the-token' }, root));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ name: 'zendesk credentials', detail: expect.stringContaining('HTTP 401') });
    expect(lines[0]?.fix).toMatch(/ZENDESK_API_TOKEN/);
  });

  it('names a webhook that posts elsewhere or signs with another secret, and a database not migrated', async () => {
    await start();
    const fresh = join(dir, 'empty.sqlite');
    const lines = failures(await runDoctor({ ...env, PUBLIC_URL: 'https://elsewhere.example.test', ZENDESK_WEBHOOK_SECRET: 'other', DATABASE_URL: fresh }, root));
    expect(lines.map((l) => [l.name, l.fix])).toEqual([
      ['database', 'start the proxy once: it migrates at start'],
      ['zendesk webhook', expect.stringContaining('npm run setup:zendesk')],
    ]);
    expect(lines[1]?.detail).toContain('not as setup makes it to https://elsewhere.example.test/zendesk/events');
    const secret = failures(await runDoctor({ ...env, ZENDESK_WEBHOOK_SECRET: 'other' }, root));
    expect(secret.map((l) => l.detail)).toEqual([expect.stringContaining('its signing secret is not ZENDESK_WEBHOOK_SECRET')]);
  });

  it('stops at a bad configuration, one line per variable', async () => {
    await start();
    const lines = await runDoctor({ ...env, SLACK_BOT_TOKEN: '' }, root);
    expect(lines).toEqual([expect.objectContaining({ ok: false, name: 'config', detail: 'SLACK_BOT_TOKEN: missing' })]);
  });
});
