// The page in a real browser (Debian's Chromium through playwright-core): what people see and do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fakeProxy, startHarness, type Harness } from './testing';

let h: Harness;
let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'slack-page-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 30_000);

afterAll(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.standIn.close();
});

it('shows channels, members, bookmarks and Block Kit cards, escaping everything', async () => {
  const ch = (await h.client.conversations.create({ name: 'outage-77' })).channel?.id ?? '';
  await h.client.conversations.invite({ channel: ch, users: 'U0ENG00001' });
  await h.client.bookmarks.add({ channel_id: ch, title: 'Ticket #77', type: 'link', link: 'https://example.zendesk.com/agent/tickets/77' });
  await h.client.chat.postMessage({
    channel: ch,
    text: '&lt;!channel&gt; down <img src=x onerror="window.pwned=1">',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: '<b>Login</b> down' } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*School*\nNorth High' }, { type: 'mrkdwn', text: '*Scope*\nschool' }] },
    ],
  });
  const gone = (await h.client.conversations.create({ name: 'old-outage' })).channel?.id ?? '';
  await h.client.conversations.archive({ channel: gone });

  await page.goto(h.standIn.url);
  const card = page.getByTestId('channel-outage-77');
  await card.getByTestId('message').waitFor();
  expect(await card.getByTestId('members').textContent()).toContain('ada.lovelace');
  expect(await card.locator('a.bookmark').getAttribute('href')).toBe('https://example.zendesk.com/agent/tickets/77');
  const msg = card.getByTestId('message');
  // Slack shows the blocks; the text is only the notification's.
  expect(await msg.locator('.fallback').count()).toBe(0);
  expect(await msg.textContent()).not.toContain('onerror');
  expect(await msg.locator('.mention').count()).toBe(0); // escaped text is not a mention
  expect(await msg.locator('img').count()).toBe(0);
  expect(await msg.locator('.b-header').textContent()).toBe('<b>Login</b> down');
  expect(await msg.locator('.b-fields > div').allTextContents()).toEqual(['School\nNorth High', 'Scope\nschool']);
  expect(await msg.locator('.b-fields b').first().textContent()).toBe('School');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.getByTestId('channel-old-outage').getAttribute('class')).toContain('archived');
}, 20_000);

it('shows an unescaped <!channel> as the real mention it would be', async () => {
  await h.client.conversations.join({ channel: 'C0TRIAGE01' });
  await h.client.chat.postMessage({ channel: 'C0TRIAGE01', text: '<!channel> down' });
  await page.goto(h.standIn.url);
  await page.getByTestId('channel-eng-triage').locator('.mention').waitFor();
  expect(await page.getByTestId('channel-eng-triage').locator('.mention').textContent()).toBe('@channel');
}, 20_000);

it('posts as the chosen engineer from the form', async () => {
  await page.goto(h.standIn.url);
  await page.getByTestId('post-channel').locator('option[value="C0TRIAGE01"]').waitFor({ state: 'attached' });
  await page.getByTestId('post-channel').selectOption('C0TRIAGE01');
  await page.getByTestId('post-user').selectOption('U0ENG00002');
  await page.getByTestId('post-text').fill('Rolled back, watching <error> rates');
  await page.getByTestId('post-submit').click();
  await page.getByTestId('channel-eng-triage').getByTestId('message').waitFor();
  // Stored and sent escaped, as Slack does with what a person types; shown as typed.
  const msgs = h.standIn.channels().find((c) => c.id === 'C0TRIAGE01')?.messages;
  expect(msgs).toEqual([expect.objectContaining({ user: 'U0ENG00002', text: 'Rolled back, watching &lt;error&gt; rates' })]);
  expect(await page.getByTestId('channel-eng-triage').getByTestId('message').locator('.fallback').textContent()).toBe(
    'Rolled back, watching <error> rates',
  );
}, 20_000);

it('shows a bot message once, as Slack does: emoji, *bold*, _italic_, long words wrapped, sandbox links local', async () => {
  const links = await startHarness({ ticketLinks: { from: 'https://sandbox.zendesk.com', to: 'http://localhost:4567' } });
  try {
    await links.client.conversations.join({ channel: 'C0TRIAGE01' });
    const long = 'x'.repeat(400);
    await links.client.chat.postMessage({
      channel: 'C0TRIAGE01',
      text: 'Outage: Gradebook down (Zendesk ticket #1001)',
      blocks: [
        { type: 'section', text: { type: 'plain_text', text: 'Outage: *URGENT* gradebook', emoji: false } },
        { type: 'section', text: { type: 'mrkdwn', text: '<https://sandbox.zendesk.com/agent/tickets/1001|Zendesk ticket #1001>' } },
        { type: 'section', fields: [{ type: 'mrkdwn', text: '*Scope*\n_not given_' }, { type: 'mrkdwn', text: `*Product*\n${long}` }] },
        { type: 'context', elements: [{ type: 'mrkdwn', text: ':warning: Missing: Visuals' }] },
      ],
    });
    await page.goto(links.standIn.url);
    const msg = page.getByTestId('channel-eng-triage').getByTestId('message');
    await msg.waitFor();
    const text = (await msg.locator('.blocks').textContent()) ?? '';
    expect(text).toContain('Outage: *URGENT* gradebook');
    expect(await msg.textContent()).not.toContain('Outage: Gradebook down'); // the notification text is not shown
    expect(await msg.locator('.blocks b').allTextContents()).toEqual(['Scope', 'Product']);
    expect(await msg.locator('.blocks i').allTextContents()).toEqual(['not given']);
    expect(text).toContain('⚠️ Missing: Visuals');
    expect(text).not.toContain(':warning:');
    expect(await msg.locator('a').getAttribute('href')).toBe('http://localhost:4567/#ticket-1001');
    // The 400-character word wraps inside the channel instead of widening it.
    const widths = await page.evaluate(() => {
      const channel = document.querySelector('[data-testid="channel-eng-triage"]')!;
      return { scroll: channel.scrollWidth, client: channel.clientWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  } finally {
    await links.standIn.close();
  }
}, 20_000);

it('runs /outage-summary, shows the modal the proxy opened, its errors, and submits it', async () => {
  const secret = 'page-secret';
  let submissions = 0;
  const proxy = await fakeProxy(secret, async (r) => {
    if (r.path === '/slack/commands') {
      const triggerId = new URLSearchParams(r.body).get('trigger_id') ?? '';
      await withProxy.client.views.open({
        trigger_id: triggerId,
        view: {
          type: 'modal',
          callback_id: 'outage_summary',
          title: { type: 'plain_text', text: 'Outage summary' },
          submit: { type: 'plain_text', text: 'Save' },
          blocks: [
            { type: 'input', block_id: 'summary', label: { type: 'plain_text', text: 'Summary' },
              element: { type: 'plain_text_input', action_id: 'value', multiline: true } },
            { type: 'input', block_id: 'source', label: { type: 'plain_text', text: 'Source' },
              element: { type: 'static_select', action_id: 'value', options: [
                { text: { type: 'plain_text', text: 'Regression' }, value: 'regression' },
                { text: { type: 'plain_text', text: 'Bad data' }, value: 'bad_data' }] } },
          ],
        },
      });
      return {};
    }
    submissions += 1;
    return submissions === 1 ? { body: { response_action: 'errors', errors: { summary: 'Write <b>one</b> line at least' } } } : {};
  });
  const withProxy = await startHarness({ proxyUrl: proxy.url, signingSecret: secret });
  try {
    await page.goto(withProxy.standIn.url);
    await page.getByTestId('post-channel').locator('option[value="C0TRIAGE01"]').waitFor({ state: 'attached' });
    await page.getByTestId('post-channel').selectOption('C0TRIAGE01');
    await page.getByTestId('post-user').selectOption('U0ENG00003');
    await page.getByTestId('outage-summary').click();
    const modal = page.getByTestId('modal');
    await modal.waitFor();
    await modal.locator('select[name="source/value"]').selectOption('regression');
    await modal.getByTestId('modal-submit').click();
    await modal.locator('.error').waitFor();
    expect(await modal.locator('.error').textContent()).toBe('Write <b>one</b> line at least');
    await modal.locator('textarea[name="summary/value"]').fill('Cache node failed');
    await modal.getByTestId('modal-submit').click();
    await modal.waitFor({ state: 'detached' });
    const last = JSON.parse(new URLSearchParams(proxy.received.at(-1)?.body).get('payload') ?? '{}');
    expect(last.user.id).toBe('U0ENG00003');
    expect(last.view.state.values).toEqual({
      summary: { value: { type: 'plain_text_input', value: 'Cache node failed' } },
      source: { value: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Regression' }, value: 'regression' } } },
    });
    expect(proxy.received.every((r) => r.signatureValid)).toBe(true);
  } finally {
    await withProxy.standIn.close();
    await proxy.close();
  }
}, 20_000);
