import type { CreateEscalationRequest } from '../../core/api';
import { escalationRequest } from '../testing/harness';
import { buildCard, escapeSlack, linkedTicketMessage, maskIds, slackLink, zendeskNote } from './card';

// The harness's request, with ticket text and an agent name that try to ping and forge links.
const req: CreateEscalationRequest = escalationRequest({
  ticket: { id: 1001, subject: '<!channel> down & <https://evil.example|click>', url: 'https://acme.zendesk.com/agent/tickets/1001', organization: 'Lincoln <High>', requester: 'Pat' },
  agent: { name: 'Ana <@U123>', email: 'ana@example.com' },
  product: 'Gradebook',
});

describe('card', () => {
  it('escapes &, < and > everywhere ticket text appears', () => {
    const card = buildCard('e1', req, true);
    const all = JSON.stringify(card);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<https://evil');
    expect(all).not.toContain('<@U123>');
    expect(card.text).toContain('&lt;!channel&gt; down &amp; &lt;https://evil.example|click&gt;');
    expect(all).toContain('Lincoln &lt;High&gt;');
  });

  it('puts the subject where Slack shows plain text: a *bold* subject is not bold', () => {
    const card = buildCard('e1', escalationRequest({ ticket: { ...req.ticket, subject: '*URGENT* _all_ schools down' } }), true);
    expect(card.blocks[0]).toEqual({ type: 'section', text: { type: 'plain_text', text: 'Outage: *URGENT* _all_ schools down', emoji: false } });
    expect(JSON.stringify(card.blocks.filter((b) => (b as { text?: { type: string } }).text?.type === 'mrkdwn'))).not.toContain('URGENT');
  });

  it('never posts a blank subject', () => {
    const card = buildCard('e1', escalationRequest({ ticket: { ...req.ticket, subject: '   ' } }), true);
    expect(card.blocks[0]).toMatchObject({ text: { type: 'plain_text', text: 'Outage: (no subject)' } });
    expect(card.text).toMatch(/^Outage: \(no subject\) \(Zendesk ticket #1001\)/);
    expect(JSON.stringify(card)).not.toMatch(/Outage:\*? (\\n|$|")/);
  });

  it('masks student ids when asked, and only then', () => {
    expect(JSON.stringify(buildCard('e1', req, true))).not.toContain('4481923');
    expect(JSON.stringify(buildCard('e1', req, false))).toContain('SID 4481923');
  });

  it('shows what is missing and carries its marker', () => {
    const card = buildCard('e1', req, true);
    expect(card.text).toContain('missing: Visuals');
    expect(JSON.stringify(card.blocks)).toContain('"block_id":"esc-card-e1"');
  });

  it('links the ticket in a way a URL cannot break', () => {
    expect(slackLink('https://x.example/a|b>c', 'T|x')).toBe('<https://x.example/a%7Cb&gt;c|T¦x>');
  });

  it('builds the linked-ticket message and the note', () => {
    const m = linkedTicketMessage('e1', { id: 7, subject: '@here <b>', url: 'https://acme.zendesk.com/agent/tickets/7' }, 'Bo', true);
    expect(m.text).toContain('&lt;b&gt;');
    expect(JSON.stringify(m.blocks)).toContain('esc-link-e1-7');
    // A subject's *bold* stays literal: it sits in a plain_text block.
    const bold = linkedTicketMessage('e1', { id: 8, subject: '*urgent* _now_', url: 'https://acme.zendesk.com/agent/tickets/8' }, '*Bo*', false);
    expect(bold.blocks[0]).toMatchObject({ type: 'section', text: { type: 'plain_text', text: expect.stringContaining('*urgent* _now_ (linked by *Bo*)') } });
    expect(linkedTicketMessage('e1', { id: 9, subject: '  ', url: 'u' }, undefined, false).text).toContain('(no subject)');
    const note = zendeskNote('e1', { mode: 'channel', issueType: 'outage', channelName: 'outage-1-x', url: 'https://s.slack.com/archives/C1' });
    expect(note).toContain('Escalated to engineering as Outage: Slack channel #outage-1-x');
    expect(note).toContain('[escalation e1]');
  });
});

describe("card: the agent's word", () => {
  const items: CreateEscalationRequest['checklist']['items'] = [
    { key: 'school', status: 'present', required: true, evidence: ['Jefferson <Middle> School (School field)'] },
    { key: 'stepsToReproduce', status: 'present', required: true, evidence: ['description: "open it"'], confirmation: 'present' },
    { key: 'userIds', status: 'missing', required: false, evidence: [], confirmation: 'not_needed' },
    { key: 'visuals', status: 'missing', required: true, evidence: [] },
  ];
  const anyway = escalationRequest({
    ticket: { ...req.ticket, organization: undefined },
    checklist: { issueType: 'outage', items, scopeLevel: 'school', complete: false, missingRequired: ['visuals'] },
    overrideReason: 'Customer on the phone <!here>, screenshots follow for SID 4481923',
  });
  const sectionText = (card: ReturnType<typeof buildCard>) => (card.blocks as Array<{ text?: { text: string } }>).map((b) => b.text?.text ?? '').join('\n');
  const fieldTexts = (card: ReturnType<typeof buildCard>) =>
    (card.blocks as Array<{ fields?: Array<{ text: string }> }>).flatMap((b) => b.fields ?? []).map((f) => f.text);

  it('posts the reason to escalate with items missing, escaped and masked like ticket text', () => {
    const card = buildCard('e1', anyway, true);
    expect(sectionText(card)).toContain(':warning: Escalated with missing items: Customer on the phone &lt;!here&gt;, screenshots follow for SID •••••23');
    expect(card.text).toContain('Escalated with missing items: Customer on the phone &lt;!here&gt;');
    expect(JSON.stringify(card)).not.toContain('<!here>');
    expect(JSON.stringify(buildCard('e1', req, true))).not.toContain('Escalated with missing items');
  });

  it('says which items an agent confirmed and which are not needed here', () => {
    const text = sectionText(buildCard('e1', anyway, true));
    expect(text).toContain(':white_check_mark: Steps to reproduce — confirmed by an agent; description: "open it"');
    expect(text).toContain(':heavy_minus_sign: User IDs — not needed here, says the agent');
    expect(text).toContain(':x: Visuals');
  });

  it('shows the school from the mapped field when the ticket has no organization', () => {
    expect(fieldTexts(buildCard('e1', anyway, true))).toContain('*School / Customer*\nJefferson &lt;Middle&gt; School');
    expect(fieldTexts(buildCard('e1', req, true))).toContain('*School / Customer*\nLincoln &lt;High&gt;');
    const fromText = escalationRequest({
      ticket: { ...req.ticket, organization: undefined },
      checklist: { ...anyway.checklist, items: [{ key: 'school', status: 'present', required: true, evidence: ['description: School: Oak (North)'] }] },
    });
    expect(fieldTexts(buildCard('e1', fromText, true))).toContain('*School / Customer*\n_not given_');
  });
});

describe('maskIds', () => {
  it('masks labelled and long numeric ids, keeps ordinary words and short numbers', () => {
    expect(maskIds('SID 4481923 and guardian id: G-88123')).toBe('SID •••••23 and guardian id: •••••23');
    expect(maskIds('student #55512, 3rd period, error 500')).toBe('student #•••12, 3rd period, error 500');
    expect(maskIds('account 12345678')).toBe('account ••••••78');
    expect(maskIds('the student cannot log in')).toBe('the student cannot log in');
  });

  it('masks guardian identity UUIDs, and keeps the ids of Zendesk fields in the evidence', () => {
    expect(maskIds('User IDs 7c9e6679-7425-40de-944b-e07fc1f90ae7')).toBe('User IDs ••••••e7');
    expect(maskIds('Guardian Identity ID 7c9e6679-7425-40de-944b-e07fc1f90ae7')).toBe('Guardian Identity ID ••••••e7');
    expect(maskIds('field 360001; description: SID 4481923')).toBe('field 360001; description: SID •••••23');
  });

  it('escapes after masking', () => {
    expect(escapeSlack('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });
});
