import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseRouting } from './config';
import { routeFor } from './routing';

const env = {
  ZAF_SHARED_SECRET: 'a-shared-secret-of-32-characters!',
  SLACK_BOT_TOKEN: 'xoxb-123',
  SLACK_SIGNING_SECRET: 'signing',
  ZENDESK_SUBDOMAIN: 'acme',
  ZENDESK_EMAIL: 'bot@acme.example',
  ZENDESK_API_TOKEN: 'zd-token',
  ZENDESK_WEBHOOK_SECRET: 'whsec',
};
const cwd = join(__dirname, '..', '..');

describe('loadConfig', () => {
  it('applies defaults and reads the example routing file', () => {
    const r = loadConfig(env, cwd);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.config.port).toBe(8787);
    expect(r.config.databaseUrl).toBe(join(cwd, 'data/escalations.sqlite'));
    expect(r.config.slack.apiUrl).toBe('https://slack.com/api/');
    expect(r.config.zendesk.apiUrl).toBe('https://acme.zendesk.com');
    expect(r.config.routing.issueTypes.outage?.mode).toBe('channel');
    expect(Object.isFrozen(r.config.slack)).toBe(true);
  });

  it('lists one line per missing or malformed variable and never echoes a secret', () => {
    const r = loadConfig({ ...env, ZAF_SHARED_SECRET: 'short-secret', SLACK_BOT_TOKEN: '', PORT: 'eighty', ZENDESK_EMAIL: 'x' }, cwd);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        'SLACK_BOT_TOKEN: missing',
        expect.stringMatching(/^ZAF_SHARED_SECRET: must be at least 16/),
        expect.stringMatching(/^ZENDESK_EMAIL: /),
      ]),
    );
    expect(r.errors).toHaveLength(4);
    expect(r.errors.join('\n')).not.toContain('short-secret');
  });

  it('needs a Zendesk subdomain or API URL, and keeps a postgres URL as is', () => {
    const noZd = loadConfig({ ...env, ZENDESK_SUBDOMAIN: undefined }, cwd);
    expect(noZd.ok ? [] : noZd.errors).toEqual(['ZENDESK_SUBDOMAIN: missing (or set ZENDESK_API_URL)']);
    const pg = loadConfig({ ...env, DATABASE_URL: 'postgres://u@h/db', ZENDESK_API_URL: 'http://127.0.0.1:9/' }, cwd);
    expect(pg.ok && pg.config.databaseUrl).toBe('postgres://u@h/db');
    expect(pg.ok && pg.config.zendesk.apiUrl).toBe('http://127.0.0.1:9');
  });

  it('reads ZENDESK_APP_ID as a positive number, absent meaning polling only', () => {
    const none = loadConfig(env, cwd);
    expect(none.ok && none.config.zendesk.appId).toBeNull();
    const set = loadConfig({ ...env, ZENDESK_APP_ID: ' 360012345 ' }, cwd);
    expect(set.ok && set.config.zendesk.appId).toBe(360012345);
    for (const bad of ['abc', '0', '-4', '12.5']) {
      const r = loadConfig({ ...env, ZENDESK_APP_ID: bad }, cwd);
      expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/^ZENDESK_APP_ID: must be the app id/)]);
    }
  });

  it('turns the board on with all four Jira variables, off with none, and names the missing ones otherwise', () => {
    const jira = { JIRA_BASE_URL: 'https://acme.atlassian.net/', JIRA_EMAIL: 'bot@acme.example', JIRA_API_TOKEN: 'jira-token', JIRA_WEBHOOK_SECRET: 'a-webhook-secret-16+' };
    const none = loadConfig(env, cwd);
    expect(none.ok && none.config.jira).toBeNull();
    const all = loadConfig({ ...env, ...jira }, cwd);
    expect(all.ok && all.config.jira).toEqual({ baseUrl: 'https://acme.atlassian.net', email: 'bot@acme.example', apiToken: 'jira-token', webhookSecret: 'a-webhook-secret-16+' });
    const some = loadConfig({ ...env, JIRA_BASE_URL: jira.JIRA_BASE_URL, JIRA_API_TOKEN: jira.JIRA_API_TOKEN }, cwd);
    expect(some.ok ? [] : some.errors).toEqual([expect.stringMatching(/^JIRA_EMAIL: missing \(the board needs all of/), expect.stringMatching(/^JIRA_WEBHOOK_SECRET: missing/)]);
    const bad = loadConfig({ ...env, ...jira, JIRA_BASE_URL: 'acme.atlassian.net', JIRA_WEBHOOK_SECRET: 'short' }, cwd);
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringMatching(/^JIRA_BASE_URL: /), expect.stringMatching(/^JIRA_WEBHOOK_SECRET: must be at least 16/)]);
    expect((bad.ok ? [] : bad.errors).join('\n')).not.toContain('jira-token');
  });

  it('reports an unreadable or invalid routing file by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'routing-'));
    const missing = loadConfig({ ...env, ESCALATION_CONFIG: join(dir, 'nope.jsonc') }, cwd);
    expect(missing.ok ? '' : missing.errors[0]).toMatch(/^ESCALATION_CONFIG: cannot read .*nope\.jsonc \(ENOENT\)/);
    writeFileSync(join(dir, 'bad.jsonc'), '{ "triageChannel": "t", "issueTypes": { "outage": { "invitees": { "users": ["bob"] } } } }');
    const bad = loadConfig({ ...env, ESCALATION_CONFIG: join(dir, 'bad.jsonc') }, cwd);
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringMatching(/issueTypes\.outage\.invitees\.users\.0: a Slack user id/)]);
  });

  it('reads the routing fallback only when ESCALATION_CONFIG is unset and the working directory has no config/', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-config-'));
    const fallback = join(cwd, 'config/escalation.example.jsonc');
    expect(loadConfig(env, empty, { routingFallback: fallback }).ok).toBe(true);
    const noFallback = loadConfig(env, empty);
    expect(noFallback.ok ? '' : noFallback.errors[0]).toMatch(/^ESCALATION_CONFIG: cannot read .*config\/escalation\.example\.jsonc \(ENOENT\)/);
    const named = loadConfig({ ...env, ESCALATION_CONFIG: 'mine.jsonc' }, empty, { routingFallback: fallback });
    expect(named.ok ? '' : named.errors[0]).toMatch(/^ESCALATION_CONFIG: cannot read .*mine\.jsonc/);
  });
});

describe('routing', () => {
  it('requires a triage channel for thread mode', () => {
    const r = parseRouting('{}', 'f');
    expect(r.ok ? [] : r.errors).toEqual(expect.arrayContaining([expect.stringMatching(/issueTypes\.problem\.triageChannel: thread mode/)]));
  });

  it('refuses unknown keys and template variables', () => {
    const r = parseRouting('{"triageChannel":"t","issueTypes":{"outage":{"channelNameTemplate":"x-{ticketId}-{oops}"}},"extra":1}', 'f');
    expect(r.ok ? [] : r.errors).toHaveLength(2);
  });

  it('merges type and product invitees, defaults mode from the issue type', () => {
    const r = parseRouting(
      `{"triageChannel":"#eng-triage","issueTypes":{"outage":{"invitees":{"users":["U1AA"],"usergroups":["S1AA"]}}},
        "products":{"Gradebook":{"invitees":{"users":["U1AA","U2BB"],"emails":["e@x.io"]}}}}`,
      'f',
    );
    if (!r.ok) throw new Error(r.errors.join());
    const outage = routeFor(r.routing, 'outage', 'gradebook');
    expect(outage).toMatchObject({ mode: 'channel', reminderMinutes: 15, maskIds: true, channelNameTemplate: '{type}-{ticketId}-{slug}' });
    expect(outage.invitees).toEqual({ users: ['U1AA', 'U2BB'], usergroups: ['S1AA'], emails: ['e@x.io'] });
    expect(routeFor(r.routing, 'problem')).toMatchObject({ mode: 'thread', triageChannel: 'eng-triage' });
    expect(routeFor(r.routing, 'question').mode).toBe('none');
  });

  it('gives a board per issue type, overridden by the product for types that have one', () => {
    const r = parseRouting(
      `{"triageChannel":"t","issueTypes":{"outage":{"board":{"project":"ENG","issueType":"Bug"}}},
        "products":{"Assessments":{"board":{"project":"OPS","issueType":"Incident"}}}}`,
      'f',
    );
    if (!r.ok) throw new Error(r.errors.join());
    expect(routeFor(r.routing, 'outage').board).toEqual({ project: 'ENG', issueType: 'Bug' });
    expect(routeFor(r.routing, 'outage', 'assessments').board).toEqual({ project: 'OPS', issueType: 'Incident' });
    expect(routeFor(r.routing, 'outage', 'assessments').invitees.users).toEqual([]);
    expect(routeFor(r.routing, 'problem', 'assessments').board).toBeNull();
    const bad = parseRouting('{"triageChannel":"t","issueTypes":{"outage":{"board":{"project":"eng","issueType":"","x":1}}}}', 'f');
    expect(bad.ok ? [] : bad.errors).toEqual([
      expect.stringMatching(/issueTypes\.outage\.board\.project: a Jira project key/),
      expect.stringMatching(/issueTypes\.outage\.board\.issueType: /),
      expect.stringMatching(/issueTypes\.outage\.board: Unrecognized key/),
    ]);
  });
});
