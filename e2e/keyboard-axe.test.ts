import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { startLocalStack, type LocalStack } from '../src/sandbox/stack';
import { seriousViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { assertEventually } from './eventually';
import { appFrameOf } from './sidebarFrame';

// A keyboard user and axe-core on the three pages a newcomer sees: the sidebar, the sandbox host page
// and the Slack stand-in's page, with an escalation on them (a card, a status, a summary-less channel).
const ARTIFACTS = 'e2e/artifacts';
const TICKET = 1001;

describe('keyboard and accessibility', () => {
  let stack: LocalStack;
  let browser: Browser;
  let zendesk: Page;
  let app: FrameLocator;

  const appFrame = () => appFrameOf(zendesk);
  /** What has the focus inside the app's document: a test id, or the tag name (BODY when it fell). */
  const focused = async () =>
    (await appFrame()).evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-testid') ?? el?.id ?? el?.tagName ?? 'none';
    });
  const issueTypeTags = () => stack.zendesk.tickets.get(TICKET)?.tags.filter((t) => t.startsWith('issue_type_')) ?? [];
  const hostTags = async () =>
    zendesk.getByTestId('ticket-tags').locator('[data-tag]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-tag') ?? ''));

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startLocalStack({ databaseUrl: ':memory:', appDist: 'dist', logLevel: 'silent' });
    browser = await launchBrowser({ width: 1400, height: 2000 });
    zendesk = browser.page;
    await zendesk.goto(`${stack.zendesk.url}#ticket-${TICKET}`);
    await zendesk.locator('[data-testid="app-iframe"][data-registered="true"]').waitFor();
    app = zendesk.frameLocator('[data-testid="app-iframe"]');
    await app.getByTestId('completeness-summary').waitFor();
  });

  after(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('finds no serious or critical axe violation in the sidebar and the host page before escalating', async () => {
    assert.deepEqual(await seriousViolations(await appFrame()), []);
    assert.deepEqual(await seriousViolations(zendesk), []);
  });

  it('does not save the issue type on arrow keys; Enter saves it and the focus stays on the picker', async () => {
    const picker = app.getByTestId('issue-type-picker');
    await picker.focus();
    await zendesk.keyboard.press('ArrowDown');
    await zendesk.keyboard.press('ArrowDown');
    await app.getByTestId('issue-type-browsed').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await hostTags().then((tags) => tags.filter((t) => t.startsWith('issue_type_'))), [], 'browsing saved nothing');
    assert.equal(await focused(), 'issue-type-picker');
    // Back up to Outage, then choose it.
    await zendesk.keyboard.press('ArrowUp');
    await zendesk.keyboard.press('Enter');
    await assertEventually(async () => issueTypeTags().join() === 'issue_type_outage');
    await assertEventually(async () => (await picker.inputValue()) === 'outage');
    assert.equal(await focused(), 'issue-type-picker', 'the focus stays on the picker after saving');
  });

  it('moves the focus to the confirm step after Enter on "Open outage channel", then to the status after escalating', async () => {
    await app.getByTestId('escalate-button').focus();
    await zendesk.keyboard.press('Enter');
    await app.getByTestId('escalate-confirm').waitFor();
    await assertEventually(async () => (await focused()) === 'escalate-confirm-title');
    const reason = app.getByTestId('escalate-reason');
    if (await reason.count()) await reason.fill('Every school is down');
    await assertEventually(async () => !(await app.getByTestId('escalate-submit').isDisabled()), 10_000);
    await app.getByTestId('escalate-submit').focus();
    await zendesk.keyboard.press('Enter');
    await app.getByTestId('escalation-status').waitFor({ timeout: 30_000 });
    await assertEventually(async () => (await focused()) === 'escalation-status-title');
  });

  it('finds no serious or critical axe violation in the escalated sidebar, the host page and the Slack page', async () => {
    assert.deepEqual(await seriousViolations(await appFrame()), []);
    assert.deepEqual(await seriousViolations(zendesk), []);
    const slack = await browser.context.newPage();
    await slack.goto(stack.slack.url);
    await slack.locator('[data-testid^="channel-outage-"] [data-testid="message"]').first().waitFor({ timeout: 15_000 });
    await slack.screenshot({ path: `${ARTIFACTS}/slack-standin.png`, fullPage: true });
    assert.deepEqual(await seriousViolations(slack), []);
    await slack.close();
  });

  it('speaks Spanish with the agent: lang="es", 24 h times', async () => {
    const channel = stack.slack.channels().find((c) => c.name.startsWith(`outage-${TICKET}-`));
    assert.ok(channel, 'the outage channel');
    const engineer = stack.slack.channels().find((c) => c.name === 'eng-triage')?.members[0] ?? '';
    await stack.slack.postAsUser(channel.id, engineer, 'Rolled back the deploy; watching error rates.');
    await zendesk.getByTestId('agent-locale').selectOption('es');
    await zendesk.locator('[data-testid="app-iframe"][data-registered="true"]').waitFor();
    await app.getByTestId('latest-update').waitFor({ timeout: 20_000 });
    assert.equal(await (await appFrame()).evaluate(() => document.documentElement.lang), 'es');
    const heading = (await app.getByTestId('last-update-age').textContent()) ?? '';
    assert.match(heading, /^Última novedad hace un momento · .+, \d{1,2}:\d{2}$/, heading);
    await zendesk.screenshot({ path: `${ARTIFACTS}/sidebar-es.png` });
    assert.deepEqual(await seriousViolations(await appFrame()), []);
  });
});
