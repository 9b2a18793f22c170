// create_channel: the outage channel, named from the route's template and the subject Zendesk gave.
// The chosen name is stored before conversations.create, so a later attempt that meets name_taken on
// it can tell the channel is its own (created by our bot, held by no other escalation).
import { SlackCallError } from '../../slack/errors';
import { candidateIndex, candidateName, channelNameFor } from '../channelName';
import { ticketFacts } from './readTicket';
import { StepFailure } from './types';
import type { StepContext, StepModule, StepOutcome } from './types';

const MAX_NAME_CANDIDATES = 20;

async function placed(ctx: StepContext, id: string, name: string): Promise<StepOutcome> {
  const url = await ctx.slack.channelUrl(id);
  return { result: { channelId: id }, patch: { channel_id: id, channel_name: name, channel_url: url } };
}

/** The channel by that name if this bot created it, it is live, and no other escalation holds it. */
async function ownChannel(ctx: StepContext, name: string) {
  const [ch, { botUserId }] = await Promise.all([ctx.slack.findChannelByName(name), ctx.slack.identity()]);
  if (!ch || ch.isArchived || ch.creator !== botUserId) return null;
  return (await ctx.channelHeld(ch.id)) ? null : ch;
}

export const createChannel: StepModule = {
  name: 'create_channel',
  plans: ['channel'],
  dependsOn: () => ['read_ticket'],
  perTicket: false,
  async findEarlier(ctx) {
    const intent = ctx.escalation.channel_intent;
    const ours = intent ? await ownChannel(ctx, intent) : null;
    return ours ? placed(ctx, ours.id, ours.name) : null;
  },
  async perform(ctx) {
    const { request: req, route } = ctx;
    const subject = ticketFacts(ctx, req.ticket.id).subject;
    const base = channelNameFor(route.channelNameTemplate, { issueType: req.issueType, ticketId: req.ticket.id, subject, product: req.product });
    let intent = ctx.escalation.channel_intent;
    for (let n = (intent && candidateIndex(base, intent)) || 1; n <= MAX_NAME_CANDIDATES; n++) {
      const name = candidateName(base, n);
      const triedBefore = intent === name;
      if (!triedBefore) {
        await ctx.remember({ channel_intent: name });
        intent = name;
      }
      try {
        const ch = await ctx.slack.createChannel(name, route.privateChannel);
        return await placed(ctx, ch.id, ch.name);
      } catch (e) {
        if (!(e instanceof SlackCallError && e.code === 'name_taken')) throw e;
        const ours = triedBefore ? await ownChannel(ctx, name) : null;
        if (ours) return placed(ctx, ours.id, ours.name);
      }
    }
    throw new StepFailure(`no free channel name after ${MAX_NAME_CANDIDATES} tries (${base}, ${base}-2, ...)`);
  },
};
