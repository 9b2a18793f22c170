// invite: the people find_invitees resolved, into the channel. Inviting again is harmless (someone
// already in the channel is done), so every attempt simply invites.
import type { Invitees } from './findInvitees';
import { needChannel } from './types';
import type { StepModule } from './types';

export const invite: StepModule = {
  name: 'invite',
  plans: ['channel'],
  dependsOn: () => ['create_channel', 'find_invitees'],
  perTicket: false,
  findEarlier: async () => null,
  async perform(ctx) {
    const channel = needChannel(ctx.escalation);
    const found = ctx.resultOf<Invitees>('find_invitees') ?? { users: [], notes: [] };
    // Names for the sidebar's "who was invited", looked up while the invite runs; a lookup that fails
    // leaves just the id.
    const [errors, allNames] = await Promise.all([
      ctx.slack.invite(channel, found.users),
      Promise.all(found.users.map(async (u) => [u, await ctx.slack.userName(u).catch(() => null)] as const)),
    ]);
    const failed = new Set(errors.map((e) => e.user));
    const notes = [...found.notes, ...errors.map((e) => `${e.user}: ${e.error}`), ...(found.agentNotInvited ? [found.agentNotInvited] : [])];
    const invited = found.users.filter((u) => !failed.has(u));
    const names = Object.fromEntries(allNames.filter(([u]) => !failed.has(u)));
    return { result: { invited, names, notes } };
  },
};
