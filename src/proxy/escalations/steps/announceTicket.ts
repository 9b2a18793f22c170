// announce_ticket: "ticket #N joined" in the channel (or the triage thread) for a linked ticket, with
// Zendesk's subject and our own link. Its block_id marks it; in a thread it is looked for among the
// replies (conversations.history does not list them).
import { linkedTicketMessage, linkMarker } from '../card';
import { ticketFacts } from './readTicket';
import { needChannel } from './types';
import type { StepContext, StepModule } from './types';

const threadOf = (ctx: StepContext) => (ctx.escalation.mode === 'thread' && ctx.escalation.thread_ts ? ctx.escalation.thread_ts : undefined);
const ticketOf = (ctx: StepContext) => ctx.ticketId ?? ctx.request.ticket.id;

export const announceTicket: StepModule = {
  name: 'announce_ticket',
  plans: ['link'],
  dependsOn: (mode) => (mode === 'thread' ? ['post_card', 'read_ticket'] : ['create_channel', 'read_ticket']),
  perTicket: true,
  async findEarlier(ctx) {
    const ts = await ctx.slack.findOwnMessage(needChannel(ctx.escalation), linkMarker(ctx.escalation.id, ticketOf(ctx)), threadOf(ctx));
    return ts ? {} : null;
  },
  async perform(ctx) {
    const ticketId = ticketOf(ctx);
    const facts = ticketFacts(ctx, ticketId);
    const msg = linkedTicketMessage(ctx.escalation.id, { id: ticketId, subject: facts.subject, url: ctx.ticketUrl(ticketId) }, ctx.linkedBy ?? undefined, ctx.route.maskIds);
    const threadTs = threadOf(ctx);
    await ctx.slack.postMessage({ channel: needChannel(ctx.escalation), ...msg, ...(threadTs ? { threadTs } : {}) });
    return {};
  },
};
