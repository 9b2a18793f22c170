import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { customerUpdateIds } from '../src/core/appNote';
import { startLocalStack, type LocalStack } from '../src/sandbox/stack';
import { seriousViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { assertEventually } from './eventually';
import { appFrameOf, clickInSidebar, clickInSidebarUntil } from './sidebarFrame';

// One update for every affected customer, as `npm start` runs it: ticket 1001 escalated from the
// sidebar, 1003 joined to its outage, then from 1003's sidebar one update goes to both customers as a
// public reply (the sandbox Zendesk holds the comments) and each ticket is set to Pending.
const ARTIFACTS = 'e2e/artifacts';
const OUTAGE_TICKET = 1001;
const LINKED_TICKET = 1003;
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\u2063/g;

describe('update all customers from the sidebar', () => {
  let stack: LocalStack;
  let browser: Browser;
  let zendesk: Page;
  let app: FrameLocator;

  const appFrame = () => appFrameOf(zendesk);
  const focused = async () => (await appFrame()).evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? 'none');
  const repliesWithMarker = (ticketId: number) => stack.zendesk.tickets.get(ticketId)!.comments.filter((c) => c.public && customerUpdateIds(c.htmlBody).length > 0);

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startLocalStack({ databaseUrl: ':memory:', appDist: 'dist', logLevel: 'silent' });
    browser = await launchBrowser({ width: 1400, height: 2000 });
    zendesk = browser.page;
    await zendesk.goto(`${stack.zendesk.url}#ticket-${OUTAGE_TICKET}`);
    await zendesk.locator('[data-testid="app-iframe"][data-registered="true"]').waitFor();
    app = zendesk.frameLocator('[data-testid="app-iframe"]');
  });

  after(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('escalates one ticket and joins another to it', async () => {
    await app.getByTestId('issue-type-picker').selectOption('outage');
    const submit = app.getByTestId('escalate-submit');
    await clickInSidebarUntil(zendesk, app.getByTestId('escalate-button'), () => submit.isVisible());
    const channelLink = app.getByTestId('escalation-channel-link');
    await clickInSidebarUntil(zendesk, submit, () => channelLink.isVisible());
    const esc = await stack.proxy.service.byTicket(OUTAGE_TICKET);
    assert.ok(esc);
    // The second affected customer's ticket joins the outage (as "Join" in its sidebar would).
    const ticket = stack.zendesk.tickets.get(LINKED_TICKET)!;
    await stack.proxy.service.linkTicket(esc.id, { ticket: { id: LINKED_TICKET, subject: ticket.subject, url: `${stack.zendesk.url}/agent/tickets/${LINKED_TICKET}` } });
    await assertEventually(async () => (await stack.proxy.service.byTicket(LINKED_TICKET))?.steps.every((s) => s.status === 'done') === true, 15_000);
  });

  it('drafts, previews and sends one update to both customers from the linked ticket, by keyboard', async () => {
    await zendesk.goto(`${stack.zendesk.url}#ticket-${LINKED_TICKET}`);
    await zendesk.reload();
    await zendesk.locator('[data-testid="app-iframe"][data-registered="true"]').waitFor();
    app = zendesk.frameLocator('[data-testid="app-iframe"]');
    const open = app.getByTestId('customer-update-open');
    await open.waitFor({ timeout: 15_000 });
    assert.equal((await open.textContent())?.trim(), 'Update all 2 customers');
    await clickInSidebar(zendesk, open);

    const text = app.getByTestId('customer-update-text');
    await text.waitFor();
    assert.equal(await focused(), 'customer-update-text', 'the message takes the focus');
    const draft = await text.inputValue();
    assert.match(draft, /We are aware of a problem/);
    assert.match(draft, /next update within 30 minutes/);
    await text.fill('Hello,\n\nSign-in works again for every school since 10:40. <b>Thanks</b> for your patience.\n\nWe will keep watching it today.');
    assert.deepEqual(await seriousViolations(await appFrame()), [], 'no serious axe violation with the panel open');

    // Keyboard only: the status radios, then Preview, then Send.
    await app.getByTestId('customer-update-status-pending').focus();
    await zendesk.keyboard.press('Space');
    await app.getByTestId('customer-update-preview').focus();
    await zendesk.keyboard.press('Enter');
    const preview = app.getByTestId('customer-update-preview-text');
    await preview.waitFor();
    assert.equal(await preview.locator('p').count(), 3);
    assert.match((await preview.textContent()) ?? '', /<b>Thanks<\/b> for your patience/);
    assert.equal(await preview.locator('b').count(), 0, 'the text never becomes markup');
    await zendesk.screenshot({ path: `${ARTIFACTS}/customer-update-preview.png` });

    await app.getByTestId('customer-update-send').focus();
    await zendesk.keyboard.press('Enter');
    const sent = app.getByTestId('customer-update');
    await sent.waitFor({ timeout: 15_000 });
    await assertEventually(async () => (await sent.locator('[data-testid="customer-update-ticket"][data-status="sent"]').count()) === 2, 15_000);
    assert.equal(await focused(), 'customer-update-open', 'the focus goes back to the button');
    await zendesk.screenshot({ path: `${ARTIFACTS}/customer-updates-sent.png` });

    for (const ticketId of [OUTAGE_TICKET, LINKED_TICKET]) {
      const replies = repliesWithMarker(ticketId);
      assert.equal(replies.length, 1, `one public reply on #${ticketId}`);
      assert.equal(replies[0]!.plainBody.replace(INVISIBLE, ''), 'Hello,\n\nSign-in works again for every school since 10:40. <b>Thanks</b> for your patience.\n\nWe will keep watching it today.');
      assert.equal(stack.zendesk.tickets.get(ticketId)!.status, 'pending');
    }
  });
});
