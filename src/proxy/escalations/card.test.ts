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
    const note = zendeskNote('e1', { mode: 'channel', issueType: 'outage', channelName: 'outage-1-x', url: 'https://s.slack.com/archives/C1' });
    expect(note).toContain('Escalated to engineering as Outage: Slack channel #outage-1-x');
    expect(note).toContain('[escalation e1]');
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
