import { createEscalationRequestSchema, linkTicketRequestSchema } from '../../../core/api';
import { evaluateChecklist } from '../../../core/checklist';
import type { TicketSnapshot } from '../../../core/types';
import { createEscalationBody, linkTicketBody, ticketUrl } from './escalationRequest';

const TICKET: TicketSnapshot = {
  id: 4242,
  subject: 'Gradebook <!channel> will not load',
  description: 'School: Lincoln High School\nIt spins.',
  status: 'open',
  requester: { name: '  Dana Reyes ', email: 'dana@lincoln.example.edu' },
  organization: { name: 'Lincoln High School' },
  tags: [],
  customFields: {},
  comments: [],
};
const HOST = { subdomain: 'acme', agent: { name: 'Agent Smith', email: 'agent@example.com' } };

describe('escalation request bodies', () => {
  it('builds a body the proxy accepts, with the agent UI link and display names only', () => {
    const checklist = evaluateChecklist(TICKET, 'outage');
    const body = createEscalationBody(TICKET, 'outage', checklist, HOST);
    expect(createEscalationRequestSchema.parse(body)).toEqual(body);
    expect(body.ticket).toEqual({
      id: 4242,
      subject: 'Gradebook <!channel> will not load', // escaping for Slack is the proxy's job
      url: 'https://acme.zendesk.com/agent/tickets/4242',
      organization: 'Lincoln High School',
      requester: 'Dana Reyes',
    });
    expect(JSON.stringify(body)).not.toContain('dana@lincoln');
    expect(body.checklist).toBe(checklist);
  });

  it('leaves out empty names rather than sending blanks the proxy refuses', () => {
    const anonymous = { ...TICKET, requester: { name: ' ' }, organization: null };
    const body = linkTicketBody(anonymous, HOST);
    expect(linkTicketRequestSchema.parse(body)).toEqual(body);
    expect(body.ticket).not.toHaveProperty('organization', expect.anything());
    expect(body.ticket.requester).toBeUndefined();
  });

  it('keeps a subdomain from breaking out of the host name', () => {
    expect(ticketUrl('a/b', 1)).toBe('https://a%2Fb.zendesk.com/agent/tickets/1');
  });
});
