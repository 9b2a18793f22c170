import { createEscalationRequestSchema, escalationSchema } from './api';

const valid = {
  ticket: { id: 42, subject: 'Gradebook down', url: 'https://acme.zendesk.com/agent/tickets/42', organization: 'Lincoln High' },
  issueType: 'outage',
  checklist: { issueType: 'outage', items: [{ key: 'school', status: 'present', required: true, evidence: ['field 360001'] }],
    scopeLevel: 'school', complete: true, missingRequired: [] },
  agent: { name: 'Ana Agent', email: 'ana@example.com' },
};

describe('createEscalationRequestSchema', () => {
  it('accepts a complete request', () => {
    expect(createEscalationRequestSchema.safeParse(valid).success).toBe(true);
  });

  it('names the failing field', () => {
    const r = createEscalationRequestSchema.safeParse({ ...valid, ticket: { ...valid.ticket, id: '42' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['ticket', 'id']);
  });

  it('refuses a non-http ticket link, an unknown issue type and a bad agent email', () => {
    const bad = [
      { ...valid, ticket: { ...valid.ticket, url: 'javascript:alert(1)' } },
      { ...valid, issueType: 'incident' },
      { ...valid, agent: { name: 'A', email: 'nope' } },
    ];
    for (const body of bad) expect(createEscalationRequestSchema.safeParse(body).success).toBe(false);
  });
});

describe('createEscalationRequestSchema: the agent\'s word and the reason to go anyway', () => {
  const parse = (body: unknown) => createEscalationRequestSchema.safeParse(body);

  it('carries confirmed and not-needed items', () => {
    const items = [
      { key: 'school', status: 'present', required: true, evidence: [], confirmation: 'present' },
      { key: 'userIds', status: 'missing', required: false, evidence: [], confirmation: 'not_needed' },
    ];
    const r = parse({ ...valid, checklist: { ...valid.checklist, items } });
    expect(r.success).toBe(true);
    expect(r.data?.checklist.items.map((i) => i.confirmation)).toEqual(['present', 'not_needed']);
    expect(parse({ ...valid, checklist: { ...valid.checklist, items: [{ ...items[0], confirmation: 'yes' }] } }).success).toBe(false);
  });

  it('takes an override reason of one line, trimmed, 1 to 300 characters', () => {
    expect(parse({ ...valid, overrideReason: '  Customer is on the phone, outage confirmed  ' }).data?.overrideReason).toBe('Customer is on the phone, outage confirmed');
    expect(parse({ ...valid, overrideReason: 'x'.repeat(300) }).success).toBe(true);
    expect(parse(valid).data?.overrideReason).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(301)],
    ['two lines', 'first line\nsecond line'],
    ['a trailing line break', 'reason\n'],
    ['a carriage return', 'reason\rmore'],
    ['a line separator', 'reason\u2028more'],
    ['not text', 42],
  ])('refuses an override reason that is %s', (_what, overrideReason) => {
    const r = parse({ ...valid, overrideReason });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['overrideReason']);
  });
});

describe('escalationSchema', () => {
  it('requires at least one ticket id', () => {
    const now = new Date().toISOString();
    const e = { id: 'e1', ticketIds: [], issueType: 'outage', mode: 'channel', state: 'pending', subject: 's', product: null,
      organization: null, steps: [], slack: {}, createdAt: now, updatedAt: now, lastActivityAt: null, latestUpdate: null, summary: null };
    expect(escalationSchema.safeParse(e).success).toBe(false);
    expect(escalationSchema.safeParse({ ...e, ticketIds: [1] }).success).toBe(true);
  });
});
