// read_ticket: what Zendesk says about a ticket (subject, organization, requester). The request body's
// copies are only hints; the card, the channel name and the announcements use these. A read has no
// effect to find again.
import type { StepModule } from './types';

export interface TicketFacts {
  subject: string;
  organization: string | null;
  requester: string | null;
}

export const readTicket: StepModule = {
  name: 'read_ticket',
  plans: ['channel', 'thread', 'link'],
  dependsOn: () => [],
  perTicket: true,
  findEarlier: async () => null,
  async perform(ctx) {
    const ticketId = ctx.ticketId ?? ctx.request.ticket.id;
    const t = await ctx.zendesk.ticket(ticketId);
    const result: TicketFacts = { subject: t.subject, organization: t.organization, requester: t.requester };
    // The escalation shows its own ticket's facts once Zendesk gave them.
    const own = ticketId === ctx.request.ticket.id;
    return { result, ...(own ? { patch: { subject: t.subject, organization: t.organization } } : {}) };
  },
};

/** The Zendesk facts of a ticket once read_ticket is done for it. */
export function ticketFacts(ctx: { resultOf<T>(name: 'read_ticket', ticketId?: number | null): T | undefined }, ticketId: number): TicketFacts {
  const facts = ctx.resultOf<TicketFacts>('read_ticket', ticketId);
  // The plan makes every step that reads these wait for read_ticket.
  if (!facts) throw new Error(`read_ticket for ticket ${ticketId} has no result`);
  return facts;
}
