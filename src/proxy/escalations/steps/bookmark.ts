// bookmark: the ticket link as a channel bookmark, found again by its link.
import { needChannel } from './types';
import type { StepModule } from './types';

export const bookmark: StepModule = {
  name: 'bookmark',
  plans: ['channel'],
  dependsOn: () => ['create_channel'],
  perTicket: false,
  async findEarlier(ctx) {
    const url = ctx.ticketUrl(ctx.request.ticket.id);
    return (await ctx.slack.bookmarkLinks(needChannel(ctx.escalation))).includes(url) ? {} : null;
  },
  async perform(ctx) {
    const id = ctx.request.ticket.id;
    await ctx.slack.addBookmark(needChannel(ctx.escalation), `Zendesk ticket #${id}`, ctx.ticketUrl(id));
    return {};
  },
};
