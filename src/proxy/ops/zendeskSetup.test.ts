// setup:zendesk against the Zendesk stand-in: creates the webhook (its secret shown once) and the
// trigger, changes nothing on a second run, and repairs what someone changed by hand.
import { startZendeskSandbox, type ZendeskSandbox } from '../../sandbox/zendesk/server';
import { ZendeskAdmin } from '../zendesk/admin';
import { ZendeskCallError } from '../zendesk/gateway';
import { setupZendesk, TRIGGER_TITLE, WEBHOOK_NAME } from './zendeskSetup';

describe('setup:zendesk', () => {
  let zendesk: ZendeskSandbox;
  let admin: ZendeskAdmin;
  const opts = { publicUrl: 'https://escalations.example.test/', tag: 'escalated' };
  beforeEach(async () => {
    zendesk = await startZendeskSandbox({ port: 0 });
    admin = new ZendeskAdmin({ apiUrl: zendesk.apiUrl, email: zendesk.apiEmail, apiToken: zendesk.apiToken });
  });
  afterEach(() => zendesk.close());

  it('creates the webhook and the trigger once, and shows the signing secret only then', async () => {
    const first = await setupZendesk(admin, opts);
    expect(first.webhook).toMatchObject({ action: 'created', endpoint: 'https://escalations.example.test/zendesk/events', signingSecret: expect.any(String) });
    expect(first.trigger.action).toBe('created');
    expect(await admin.webhookSigningSecret(first.webhook.id)).toBe(first.webhook.signingSecret);

    const again = await setupZendesk(admin, opts);
    expect(again).toEqual({ webhook: { ...first.webhook, action: 'unchanged', signingSecret: null }, trigger: { id: first.trigger.id, action: 'unchanged' } });
    expect(zendesk.rules.webhooks).toHaveLength(1);
    expect(zendesk.rules.triggers).toHaveLength(1);
  });

  it('calls the webhook from the trigger with the body the proxy reads, when a tagged ticket is solved or reopened', async () => {
    const { webhook } = await setupZendesk(admin, opts);
    const trigger = zendesk.rules.triggers.find((t) => t.title === TRIGGER_TITLE)!;
    expect(trigger.conditions.all).toContainEqual({ field: 'current_tags', operator: 'includes', value: 'escalated' });
    expect(trigger.conditions.any).toEqual([
      { field: 'status', operator: 'value', value: 'solved' },
      { field: 'status', operator: 'value_previous', value: 'solved' },
    ]);
    const [action] = trigger.actions as Array<{ field: string; value: [string, string] }>;
    expect(action?.field).toBe('notification_webhook');
    expect(action?.value[0]).toBe(webhook.id);
    expect(JSON.parse(action!.value[1])).toEqual({ ticket: { id: '{{ticket.id}}', status: '{{ticket.status}}', updated_at: '{{ticket.updated_at_with_timestamp}}' } });
  });

  it('puts back what was changed by hand, keeping the webhook and its secret', async () => {
    const first = await setupZendesk(admin, opts);
    const hook = zendesk.rules.webhooks.find((w) => w.name === WEBHOOK_NAME)!;
    hook.endpoint = 'https://old.example.test/zendesk/events';
    zendesk.rules.triggers[0]!.active = false;
    const fixed = await setupZendesk(admin, opts);
    expect(fixed.webhook).toMatchObject({ id: first.webhook.id, action: 'updated', signingSecret: null });
    expect(fixed.trigger).toEqual({ id: first.trigger.id, action: 'updated' });
    expect(hook.endpoint).toBe('https://escalations.example.test/zendesk/events');
    expect(await admin.webhookSigningSecret(first.webhook.id)).toBe(first.webhook.signingSecret);
  });

  it('fails with Zendesk’s answer on wrong credentials, creating nothing', async () => {
    const wrong = new ZendeskAdmin({ apiUrl: zendesk.apiUrl, email: zendesk.apiEmail, apiToken: 'wrong' });
    await expect(setupZendesk(wrong, opts)).rejects.toEqual(expect.any(ZendeskCallError));
    expect(zendesk.rules.webhooks).toHaveLength(0);
  });
});
