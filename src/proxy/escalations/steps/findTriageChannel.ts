// find_triage_channel (thread mode): the routed triage channel, joined if public. Joining again is
// harmless, so there is no earlier effect to look for.
import { SlackCallError } from '../../slack/errors';
import { StepFailure } from './types';
import type { StepModule } from './types';

export const findTriageChannel: StepModule = {
  name: 'find_triage_channel',
  plans: ['thread'],
  dependsOn: () => [],
  perTicket: false,
  findEarlier: async () => null,
  async perform(ctx) {
    const ref = ctx.route.triageChannel;
    if (!ref) throw new StepFailure('no triage channel in the routing file for this issue type');
    const ch = /^[CG][A-Z0-9]{2,}$/.test(ref) ? { id: ref, name: ref } : await ctx.slack.findChannelByName(ref);
    if (!ch) throw new StepFailure(`triage channel #${ref} not found (or the bot cannot see it)`);
    try {
      await ctx.slack.join(ch.id);
    } catch (e) {
      // Private channels cannot be joined: the bot must have been invited; posting will say if not.
      if (!(e instanceof SlackCallError && ['method_not_supported_for_channel_type', 'already_in_channel', 'is_archived'].includes(e.code))) throw e;
      if (e.code === 'is_archived') throw new StepFailure(`triage channel #${ch.name} is archived`);
    }
    const url = await ctx.slack.channelUrl(ch.id);
    return { result: { channelId: ch.id }, patch: { channel_id: ch.id, channel_name: ch.name, channel_url: url } };
  },
};
