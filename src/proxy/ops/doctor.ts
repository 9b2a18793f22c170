// `npm run doctor`: checks, as an operator would, everything the proxy needs from its environment,
// its database, Slack, Zendesk and Jira (when configured or routed to), and says for each thing that is wrong how to fix it. Read-only,
// except that opening a SQLite path creates the (empty) file.
import type { Kysely } from 'kysely';
import type { ProxyConfig } from '../config';
import { JIRA_VARIABLES_TEXT, loadConfig, type LoadOptions } from '../config';
import type { Routing } from '../routing';
import { JiraGateway } from '../jira/gateway';
import type { BoardRoute } from '../routing';
import { SlackCallError } from '../slack/errors';
import { SlackGateway } from '../slack/gateway';
import { BOT_SCOPES } from '../slack/scopes';
import { openStore } from '../store/db';
import { pendingMigrations } from '../store/migrations';
import { ZendeskAdmin } from '../zendesk/admin';
import { findWebhook, hasFields, TRIGGER_TITLE, triggerFields, webhookEndpoint, webhookFields } from './zendeskSetup';

export interface CheckLine {
  ok: boolean;
  name: string;
  detail: string;
  /** What to do, for a failed check. */
  fix?: string;
}

const pass = (name: string, detail: string): CheckLine => ({ ok: true, name, detail });
const fail = (name: string, detail: string, fix: string): CheckLine => ({ ok: false, name, detail, fix });
const reason = (e: unknown) => (e instanceof SlackCallError ? e.code : (e as Error).message);

export function formatReport(lines: CheckLine[]): string {
  return lines.map((l) => `${l.ok ? '✓' : '✗'} ${l.name}: ${l.detail}${l.fix ? `\n    fix: ${l.fix}` : ''}`).join('\n');
}

export async function runDoctor(env: NodeJS.ProcessEnv, cwd: string, opts: LoadOptions = {}): Promise<CheckLine[]> {
  const loaded = loadConfig(env, cwd, opts);
  if (!loaded.ok) {
    return loaded.errors.map((e) => fail('config', e, 'set it where the proxy runs (every variable: docs/proxy.md); the other checks need a valid configuration'));
  }
  const config = loaded.config;
  const slack = new SlackGateway({ botToken: config.slack.botToken, apiUrl: config.slack.apiUrl, timeoutMs: 10_000 });
  const zendesk = new ZendeskAdmin({ apiUrl: config.zendesk.apiUrl, email: config.zendesk.email, apiToken: config.zendesk.apiToken });
  const [database, slackLines, zendeskLines, jiraLines] = await Promise.all([checkDatabase(config), checkSlack(slack, config.routing), checkZendesk(zendesk, config), checkJira(config)]);
  return [pass('config', `environment and routing file valid (${config.databaseUrl.startsWith('postgres') ? 'Postgres' : 'SQLite'})`), database, ...slackLines, ...zendeskLines, ...jiraLines];
}

async function checkDatabase(config: ProxyConfig): Promise<CheckLine> {
  const where = config.databaseUrl.replace(/\/\/[^@/]*@/, '//…@');
  let store;
  try {
    store = await openStore(config.databaseUrl, { migrate: false, poolSize: 1 });
  } catch (e) {
    return fail('database', `${where} cannot be opened: ${reason(e)}`, 'check DATABASE_URL and that the database accepts connections from here');
  }
  try {
    if (!(await store.ping())) return fail('database', `${where} does not answer`, 'check DATABASE_URL and that the database accepts connections from here');
    const pending = await pendingMigrations(store.db as unknown as Kysely<unknown>, store.dialect);
    return pending.length
      ? fail('database', `${where} reachable, ${pending.length} migration(s) not applied (${pending.join(', ')})`, 'start the proxy once: it migrates at start')
      : pass('database', `${where} reachable and migrated`);
  } catch (e) {
    return fail('database', `${where}: ${reason(e)}`, 'check DATABASE_URL and the database user’s rights');
  } finally {
    await store.close();
  }
}

async function checkSlack(slack: SlackGateway, routing: Routing): Promise<CheckLine[]> {
  let auth;
  try {
    auth = await slack.authTest();
  } catch (e) {
    return [fail('slack token', `auth.test failed: ${reason(e)}`, 'set SLACK_BOT_TOKEN to the Bot User OAuth Token (OAuth & Permissions) and SLACK_API_URL only for a stand-in; the other Slack checks need it')];
  }
  const lines = [pass('slack token', `valid: bot ${auth.botUserId} in ${auth.team || auth.url}`)];
  const missing = BOT_SCOPES.filter((s) => !auth.scopes.includes(s));
  lines.push(
    missing.length
      ? fail('slack scopes', `the token lacks ${missing.join(', ')}`, 'add them under OAuth & Permissions → Bot Token Scopes (all are in slack-app-manifest.yaml), then reinstall the app to the workspace')
      : pass('slack scopes', `all ${BOT_SCOPES.length} the app uses are granted`),
  );
  lines.push(...(await Promise.all(channelsOf(routing).map((c) => checkChannel(slack, c.ref, c.role)))));
  lines.push(await checkInvitees(slack, routing));
  return lines;
}

function channelsOf(routing: Routing): Array<{ ref: string; role: string }> {
  const refs = new Map<string, string>();
  const add = (ref: string | null | undefined, role: string) => {
    if (ref && !refs.has(ref.replace(/^#/, ''))) refs.set(ref.replace(/^#/, ''), role);
  };
  add(routing.triageChannel, 'triage channel');
  for (const [type, route] of Object.entries(routing.issueTypes)) if (route?.mode === 'thread') add(route.triageChannel, `${type} triage channel`);
  add(routing.supportChannel, 'support channel');
  return [...refs].map(([ref, role]) => ({ ref, role }));
}

async function checkChannel(slack: SlackGateway, ref: string, role: string): Promise<CheckLine> {
  const name = `slack ${role}`;
  const isId = /^[CG][A-Z0-9]{2,}$/.test(ref);
  try {
    const ch = isId ? await slack.channelById(ref) : await slack.findChannelByName(ref);
    const shown = isId ? ref : `#${ref}`;
    if (!ch) return fail(name, `${shown} not found, or private without the bot`, `create ${shown}, invite the bot to it (/invite @bot) if it is private, or name another in ESCALATION_CONFIG`);
    if (ch.isArchived) return fail(name, `#${ch.name} is archived`, `unarchive #${ch.name} or name another channel in ESCALATION_CONFIG`);
    if (ch.isMember) return pass(name, `#${ch.name} exists and the bot is in it`);
    return pass(name, `#${ch.name} exists; public, so the bot joins it at first use (channels:join)`);
  } catch (e) {
    return fail(name, `${ref}: ${reason(e)}`, 'see the Slack scopes line; the bot needs channels:read and groups:read');
  }
}

async function checkInvitees(slack: SlackGateway, routing: Routing): Promise<CheckLine> {
  const all = [...Object.values(routing.issueTypes), ...Object.values(routing.products ?? {})].map((r) => r?.invitees);
  const users = [...new Set(all.flatMap((i) => i?.users ?? []))];
  const groups = [...new Set(all.flatMap((i) => i?.usergroups ?? []))];
  const emails = [...new Set(all.flatMap((i) => i?.emails ?? []))];
  const unresolved = (
    await Promise.all([
      ...users.map((u) => slack.userName(u).then(() => null, (e: unknown) => `user ${u} (${reason(e)})`)),
      ...groups.map((g) => slack.usergroupMembers(g).then(() => null, (e: unknown) => `user group ${g} (${reason(e)})`)),
      ...emails.map((m) => slack.userIdByEmail(m).then((id) => (id ? null : `${m} (no Slack user)`), (e: unknown) => `${m} (${reason(e)})`)),
    ])
  ).filter((x): x is string => x !== null);
  const counts = `${users.length} user(s), ${groups.length} user group(s), ${emails.length} email(s)`;
  return unresolved.length
    ? fail('routing invitees', `${unresolved.join(', ')} do not resolve`, 'correct them in ESCALATION_CONFIG (issueTypes.*.invitees, products.*.invitees)')
    : pass('routing invitees', `${counts} resolve in Slack`);
}

async function checkZendesk(zendesk: ZendeskAdmin, config: ProxyConfig): Promise<CheckLine[]> {
  try {
    const me = await zendesk.me();
    if (!me.email || me.role === 'end-user') throw new Error('the token does not sign in an agent');
    const lines = [pass('zendesk credentials', `${me.email} (${me.role}) at ${config.zendesk.apiUrl}`)];
    if (!config.publicUrl) {
      lines.push(fail('zendesk webhook', 'not checked: PUBLIC_URL is not set', 'set PUBLIC_URL to the proxy’s public address (https://…), the one Zendesk calls'));
      return lines;
    }
    return [...lines, ...(await checkWebhookAndTrigger(zendesk, config, config.publicUrl))];
  } catch (e) {
    return [fail('zendesk credentials', `${config.zendesk.apiUrl} refused them: ${reason(e)}`, 'ZENDESK_EMAIL and ZENDESK_API_TOKEN: an active API token of that agent (Admin Center → Apps and integrations → Zendesk API); ZENDESK_SUBDOMAIN for the account')];
  }
}

async function checkWebhookAndTrigger(zendesk: ZendeskAdmin, config: ProxyConfig, publicUrl: string): Promise<CheckLine[]> {
  const setup = 'run npm run setup:zendesk (with PUBLIC_URL and the Zendesk variables)';
  const hook = findWebhook(await zendesk.webhooks(), publicUrl);
  const lines: CheckLine[] = [];
  if (!hook) return [fail('zendesk webhook', `none posts to ${webhookEndpoint(publicUrl)}`, setup), fail('zendesk trigger', 'not checked without the webhook', setup)];
  if (!hasFields(hook, webhookFields(publicUrl))) {
    lines.push(fail('zendesk webhook', `"${hook.name}" posts to ${hook.endpoint} (${hook.status}), not as setup makes it to ${webhookEndpoint(publicUrl)}`, setup));
  } else if ((await zendesk.webhookSigningSecret(hook.id)) !== config.zendesk.webhookSecret) {
    lines.push(fail('zendesk webhook', `${hook.id} posts here, but its signing secret is not ZENDESK_WEBHOOK_SECRET`, 'set ZENDESK_WEBHOOK_SECRET to the webhook’s secret (Admin Center → Webhooks → Reveal secret)'));
  } else {
    lines.push(pass('zendesk webhook', `${hook.id} posts to ${hook.endpoint}, signed with ZENDESK_WEBHOOK_SECRET`));
  }
  const trigger = (await zendesk.triggers()).find((t) => t.title === TRIGGER_TITLE);
  if (!trigger) lines.push(fail('zendesk trigger', `no trigger "${TRIGGER_TITLE}"`, setup));
  else if (!hasFields(trigger, triggerFields(hook.id, config.routing.zendeskTag))) {
    lines.push(fail('zendesk trigger', `${trigger.id} is ${trigger.active ? 'active' : 'inactive'} but differs from what setup makes (its conditions, or the webhook it calls)`, setup));
  } else lines.push(pass('zendesk trigger', `${trigger.id} calls the webhook when a ticket tagged ${config.routing.zendeskTag} is solved or reopened`));
  return lines;
}

/** Every board the routing file names (types and products), each project with the issue types it must have. */
function boardsOf(routing: Routing): Map<string, Set<string>> {
  const boards = [...Object.values(routing.issueTypes), ...Object.values(routing.products ?? {})]
    .map((r) => r?.board)
    .filter((b): b is BoardRoute => b !== undefined);
  const byProject = new Map<string, Set<string>>();
  for (const b of boards) byProject.set(b.project, (byProject.get(b.project) ?? new Set()).add(b.issueType));
  return byProject;
}

async function checkJira(config: ProxyConfig): Promise<CheckLine[]> {
  const boards = boardsOf(config.routing);
  if (!config.jira) {
    return boards.size
      ? [fail('jira', `not configured, but the routing file sends escalations to the board (${[...boards.keys()].join(', ')})`, `set ${JIRA_VARIABLES_TEXT} (docs/proxy.md, "The board"), or remove the board entries from ESCALATION_CONFIG`)]
      : [pass('jira', 'not configured, and no issue type is routed to a board')];
  }
  const jira = new JiraGateway({ baseUrl: config.jira.baseUrl, email: config.jira.email, apiToken: config.jira.apiToken, timeoutMs: 10_000 });
  let me;
  try {
    me = await jira.myself();
  } catch (e) {
    return [fail('jira credentials', `${config.jira.baseUrl} refused them: ${reason(e)}`, 'JIRA_EMAIL and JIRA_API_TOKEN: an API token of that Atlassian account (id.atlassian.com → Security → API tokens); JIRA_BASE_URL the site, https://<site>.atlassian.net; the board checks need them')];
  }
  const who = me.email ?? me.displayName ?? me.accountId;
  const lines = [pass('jira credentials', `${who} at ${config.jira.baseUrl}`)];
  if (!boards.size) lines.push(pass('jira board', 'no issue type is routed to a board: none is made, an agent or /outage-board may still link one'));
  for (const [key, types] of boards) lines.push(await checkBoard(jira, key, [...types], who));
  return lines;
}

async function checkBoard(jira: JiraGateway, key: string, types: string[], who: string): Promise<CheckLine> {
  const name = `jira board ${key}`;
  try {
    const project = await jira.project(key);
    if (!project) return fail(name, `no project ${key}, or ${who} cannot see it`, `correct the board's project in ESCALATION_CONFIG, or give ${who} "Browse projects" and "Create issues" in ${key}`);
    const unknown = types.filter((t) => !project.issueTypes.includes(t));
    if (unknown.length) {
      return fail(name, `${key} (${project.name}) has no issue type ${unknown.map((t) => `"${t}"`).join(', ')}; it has ${project.issueTypes.join(', ') || 'none'}`, `name one of its issue types in ESCALATION_CONFIG's board entries for ${key}`);
    }
    return pass(name, `${key} (${project.name}) takes ${types.join(', ')}`);
  } catch (e) {
    return fail(name, `${key}: ${reason(e)}`, 'see the jira credentials line; Jira may be unreachable from here');
  }
}
