// zendesk_note: an internal note (and the route's tags) on a ticket, pointing at the channel or thread.
// The note carries [escalation <id>], so an earlier attempt's note is found in the ticket's comments.
import { noteMarker, zendeskNote as noteText } from '../card';
import { slackPlaceUrl } from './types';
import type { StepModule } from './types';

export const zendeskNote: StepModule = {
  name: 'zendesk_note',
  plans: ['channel', 'thread', 'link'],
  dependsOn: (mode) => (mode === 'thread' ? ['post_card'] : ['create_channel']),
  perTicket: true,
  async findEarlier(ctx) {
    const marker = noteMarker(ctx.escalation.id);
    const comments = await ctx.zendesk.comments(ctx.ticketId ?? ctx.request.ticket.id);
    return comments.some((c) => c.body.includes(marker)) ? {} : null;
  },
  async perform(ctx) {
    const row = ctx.escalation;
    const req = ctx.request;
    const ticketId = ctx.ticketId ?? req.ticket.id;
    const url = slackPlaceUrl(row);
    const body = noteText(row.id, { mode: row.mode, issueType: req.issueType, channelName: row.channel_name ?? '', url, linked: ticketId !== req.ticket.id });
    await ctx.zendesk.addInternalNote(ticketId, { body, tags: [ctx.route.zendeskTag, `escalation_${req.issueType}`] });
    return {};
  },
};
