import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { CHECKLIST_ITEM_KEYS } from '../src/core/types';
import { startZendeskSandbox } from '../src/sandbox/zendesk/server';
import en from '../translations/en.json';
import { launchBrowser, type Browser } from './browser';
import { assertEventually } from './eventually';
import { appFrameOf, clickInSidebar } from './sidebarFrame';

// Drives the built app (dist/) in Chromium through the sandbox Zendesk host and the real ZAF SDK:
// what a support agent sees and does on a terse ticket.
const ARTIFACTS = 'e2e/artifacts';
const TERSE_TICKET = 1002;

describe('ticket sidebar in the sandbox host', () => {
  let sandbox: Awaited<ReturnType<typeof startZendeskSandbox>>;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    sandbox = await startZendeskSandbox({ port: 0, appDist: 'dist' });
    browser = await launchBrowser({ width: 1400, height: 1000 });
    page = browser.page;
    await page.goto(sandbox.url);
    await page.getByTestId(`ticket-link-${TERSE_TICKET}`).click();
    await page.locator('[data-testid="app-iframe"][data-registered="true"]').waitFor();
    app = page.frameLocator('[data-testid="app-iframe"]');
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const itemStatus = (key: string) => app.getByTestId(`checklist-item-${key}`).getAttribute('data-status');

  it('shows what the terse ticket lacks', async () => {
    const summary = app.getByTestId('completeness-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /^\d+ of \d+ required$/);
    assert.equal(await itemStatus('stepsToReproduce'), 'missing');
    assert.equal(await itemStatus('school'), 'missing');
    assert.deepEqual(browser.blocked, [], 'the app must not reach outside this machine');
  });

  it('re-evaluates when the agent edits the description in the host', async () => {
    const before = await app.getByTestId('completeness-summary').textContent();
    await page.getByTestId('ticket-description').fill(
      'School: Jefferson Elementary\n\nit doesnt work again. fix pls\n\nSteps to reproduce:\n' +
        '1. Sign in as a teacher\n2. Open Assignments\n3. Click any assignment: blank page',
    );
    await assertEventually(async () => (await itemStatus('stepsToReproduce')) === 'present');
    assert.equal(await itemStatus('school'), 'present');
    assert.notEqual(await app.getByTestId('completeness-summary').textContent(), before);
  });

  it('asks the requester for exactly the missing items in the reply box', async () => {
    const missingKeys = await app
      .locator('[data-required="true"]:not([data-status="present"])')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')!.replace('checklist-item-', '')));
    assert.ok(missingKeys.includes('troubleshooting'), 'the terse ticket still lacks troubleshooting');
    await clickInSidebar(page, app.getByTestId('ask-missing-info'));
    const reply = page.getByTestId('reply-box');
    await assertEventually(async () => ((await reply.textContent()) ?? '').length > 0);
    const text = (await reply.textContent()) ?? '';
    const asked = CHECKLIST_ITEM_KEYS.filter((key) => text.includes(en.checklist.items[key].request));
    assert.deepEqual(asked, CHECKLIST_ITEM_KEYS.filter((key) => missingKeys.includes(key)));
    assert.match(text, /^Hi jdoe,/);
  });

  it('saves the picked issue type as a tag that replaces an earlier one', async () => {
    await app.getByTestId('issue-type-picker').selectOption('problem');
    await assertEventually(async () => (await tags(page)).includes('issue_type_problem'));
    await app.getByTestId('issue-type-picker').selectOption('outage');
    await assertEventually(async () => (await tags(page)).includes('issue_type_outage'));
    assert.ok(!(await tags(page)).includes('issue_type_problem'));
    // The host page shows a change before its PUT reaches the server: wait for the server too.
    const serverTypes = () => sandbox.tickets.get(TERSE_TICKET)?.tags.filter((t) => t.startsWith('issue_type_')) ?? [];
    await assertEventually(async () => serverTypes().join() === 'issue_type_outage');
    await page.screenshot({ path: `${ARTIFACTS}/sidebar.png` });
  });

  it('paints the card where it stays: the picker comes a task later, in a placeholder of its height', async () => {
    // Where each new document's card first appeared (the app reloads when the agent's language changes).
    await browser.context.addInitScript(() => {
      new MutationObserver(() => {
        const card = document.querySelector('[data-testid="completeness-summary"]');
        if (card && !('cardFirstTop' in window)) Object.assign(window, { cardFirstTop: card.getBoundingClientRect().top });
      }).observe(document, { childList: true, subtree: true });
    });
    // Spanish and Time Sensitive in Zendesk's 320 px sidebar: the longest hint under the picker, three lines.
    await page.addStyleTag({ content: '.app-iframe { width: 320px !important; }' });
    await app.getByTestId('issue-type-picker').selectOption('time_sensitive');
    await assertEventually(async () => (await tags(page)).includes('issue_type_time_sensitive'));
    await page.getByTestId('agent-locale').selectOption('es');
    await page.locator('[data-testid="app-iframe"][data-registered="true"]').waitFor();
    await app.getByTestId('issue-type-picker').waitFor();
    const frame = await appFrameOf(page);
    await assertEventually(async () => (await frame.evaluate(() => document.documentElement.lang)) === 'es');
    // The new document's picker, not the old one's: measured once it has replaced its placeholder.
    await assertEventually(async () => frame.evaluate(() => document.querySelector('[data-testid="issue-type-picker"]') !== null));
    const [firstTop, top] = await frame.evaluate(() => [
      (window as unknown as { cardFirstTop: number }).cardFirstTop,
      document.querySelector('[data-testid="completeness-summary"]')!.getBoundingClientRect().top,
    ]);
    assert.equal(top, firstTop);
  });
});

async function tags(page: Page): Promise<string[]> {
  return page.getByTestId('ticket-tags').locator('[data-tag]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-tag') ?? ''));
}
