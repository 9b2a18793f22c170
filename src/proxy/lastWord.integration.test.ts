// Issue 8, "the agent has the last word", over HTTP against the stand-ins: an escalation with required
// items missing carries the agent's reason and confirmations to the Slack card and the store; a bad
// reason is a 400 that changes nothing.
import type { CreateEscalationRequest } from '../core/api';
import { testDialects } from './store/testStores';
import { escalationRequest, startHarness, type Harness } from './testing/harness';
import { waitForComplete } from './testing/expectations';

jest.setTimeout(30_000);

// Ticket 1002 has no organization in Zendesk either, so the card's school comes from the School field
// whether the proxy takes the organization from the body or from Zendesk's API.
const TICKET = 1002;

function anyway(overrideReason: unknown): CreateEscalationRequest {
  const base = escalationRequest({ ticketId: TICKET, subject: 'not working' });
  return {
    ...base,
    ticket: { ...base.ticket, organization: undefined },
    checklist: {
      issueType: 'outage',
      items: [
        { key: 'school', status: 'present', required: true, evidence: ['Jefferson Middle School (School field)'] },
        { key: 'troubleshooting', status: 'present', required: true, evidence: ['comment 2: "tried another browser"'], confirmation: 'present' },
        { key: 'userIds', status: 'missing', required: false, evidence: [], confirmation: 'not_needed' },
        { key: 'visuals', status: 'missing', required: true, evidence: [] },
      ],
      scopeLevel: 'class',
      complete: false,
      missingRequired: ['visuals'],
    },
    overrideReason: overrideReason as string,
  };
}

describe.each(testDialects)("the agent's word on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(async () => h.close());

  const stored = async () => h.proxy.store.db.selectFrom('escalations').select(['id', 'request_json']).execute();

  it('refuses a reason that is empty, too long or more than one line with 400, and stores and posts nothing', async () => {
    for (const reason of ['', '   ', 'x'.repeat(301), 'first line\nsecond line', 42]) {
      const r = await h.post('/api/escalations', anyway(reason));
      expect({ reason, status: r.status, field: r.body.field }).toEqual({ reason, status: 400, field: 'overrideReason' });
    }
    expect(await stored()).toEqual([]);
    expect(h.slack.calls().filter((c) => c.method === 'conversations.create' || c.method === 'chat.postMessage')).toEqual([]);
  });

  it('posts the reason, the confirmations and the school from the field on the card, and stores them', async () => {
    const r = await h.post('/api/escalations', anyway('  Teacher is on the phone; screenshots <follow>  '));
    expect(r.status).toBe(201);
    const esc = await waitForComplete(h, TICKET);
    const card = h.slack.channels().find((c) => c.id === esc.slack.channelId)!.messages[0]!;
    const all = JSON.stringify(card);
    expect(all).toContain('Escalated with missing items: Teacher is on the phone; screenshots &lt;follow&gt;');
    expect(all).not.toContain('<follow>');
    expect(all).toContain('Troubleshooting — confirmed by an agent');
    expect(all).toContain('User IDs — not needed here, says the agent');
    expect(all).toContain('*School / Customer*\\nJefferson Middle School');

    const [row] = await stored();
    const request = JSON.parse(row!.request_json) as CreateEscalationRequest;
    expect(request.overrideReason).toBe('Teacher is on the phone; screenshots <follow>');
    expect(request.checklist.items.filter((i) => i.confirmation).map((i) => [i.key, i.confirmation])).toEqual([
      ['troubleshooting', 'present'],
      ['userIds', 'not_needed'],
    ]);
  });
});
