// board_link: remote links on the board item, per ticket: the ticket's own link (from our Zendesk
// URL), and for the escalating ticket also the Slack channel (or thread). Jira creates or updates a
// remote link by its globalId, and an earlier attempt's links are found by those ids.
import { channelLinkId, ticketLinkId } from '../boardText';
import type { RemoteLink } from '../../jira/gateway';
import { ticketFacts } from './readTicket';
import { needBoardKey, needJira, slackPlaceUrl } from './types';
import type { StepContext, StepModule } from './types';

function wanted(ctx: StepContext): RemoteLink[] {
  const row = ctx.escalation;
  const ticketId = ctx.ticketId ?? ctx.request.ticket.id;
  const url = ctx.ticketUrl(ticketId);
  const subject = ticketFacts(ctx, ticketId).subject;
  const links: RemoteLink[] = [{ globalId: ticketLinkId(url), url, title: `Zendesk ticket #${ticketId}`, summary: subject.slice(0, 255) }];
  const place = slackPlaceUrl(row);
  if (ticketId === ctx.request.ticket.id && place) {
    links.push({ globalId: channelLinkId(place), url: place, title: row.mode === 'thread' ? `Slack thread in #${row.channel_name ?? ''}` : `Slack #${row.channel_name ?? ''}` });
  }
  return links;
}

export const boardLink: StepModule = {
  name: 'board_link',
  plans: ['channel', 'thread', 'link'],
  board: true,
  // Jira down for good leaves the outage going: the step shows failed (and can be retried), not the escalation.
  failsEscalation: false,
  dependsOn: () => ['board_item', 'read_ticket'],
  perTicket: true,
  async findEarlier(ctx) {
    const have = await needJira(ctx).remoteLinkIds(needBoardKey(ctx.escalation));
    return wanted(ctx).every((l) => have.includes(l.globalId)) ? {} : null;
  },
  async perform(ctx) {
    const jira = needJira(ctx);
    const key = needBoardKey(ctx.escalation);
    for (const link of wanted(ctx)) await jira.addRemoteLink(key, link);
    return {};
  },
};
