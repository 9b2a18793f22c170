// find_invitees: who the outage channel gets, as Slack user ids: the route's users, user groups and
// emails, and the escalating agent, but the agent only when Zendesk says that email belongs to an agent
// or admin of the account (the request body can name anyone). Reads only; runs beside the channel's
// creation so inviting waits for one Slack call, not three.
import { SlackCallError } from '../../slack/errors';
import { ZendeskCallError } from '../../zendesk/gateway';
import type { StepModule } from './types';

export interface Invitees {
  users: string[];
  /** What could not be resolved, in words (shown on the invite step's result). */
  notes: string[];
  /** Set when the agent was left out because Zendesk did not vouch for the email: said on the card. */
  agentNotInvited?: string;
}

export const findInvitees: StepModule = {
  name: 'find_invitees',
  plans: ['channel'],
  dependsOn: () => [],
  perTicket: false,
  findEarlier: async () => null,
  async perform(ctx) {
    const { slack, zendesk, route, request } = ctx;
    const notes: string[] = [];
    // A misrouted id or an unknown email is noted, not fatal: the channel must still get its people.
    const soft = async <T>(what: string, p: Promise<T>, fallback: T): Promise<T> =>
      p.catch((e: unknown) => {
        if (e instanceof SlackCallError && !e.retryable) {
          notes.push(`${what}: ${e.code}`);
          return fallback;
        }
        throw e;
      });
    const byEmail = async (email: string) => {
      const id = await soft(`email ${email}`, slack.userIdByEmail(email), null);
      if (!id) notes.push(`no Slack user for ${email}`);
      return id;
    };
    const agentEmail = request.agent.email;
    let vouched = false;
    const [groups, routed, agent, { botUserId }] = await Promise.all([
      Promise.all(route.invitees.usergroups.map((g) => soft(`user group ${g}`, slack.usergroupMembers(g), [] as string[]))),
      Promise.all(route.invitees.emails.map(byEmail)),
      // Zendesk refusing to say (a 4xx) vouches for nobody; only its being unreachable is retried.
      zendesk.userRoleByEmail(agentEmail).catch((e: unknown) => {
        if (e instanceof ZendeskCallError && !e.retryable) return null;
        throw e;
      }).then((role) => {
        vouched = role === 'agent' || role === 'admin';
        return vouched ? byEmail(agentEmail) : null;
      }),
      slack.identity(),
    ]);
    const users = [...new Set([...route.invitees.users, ...groups.flat(), ...[...routed, agent].filter((x): x is string => !!x)])].filter((u) => u !== botUserId);
    const result: Invitees = { users, notes };
    if (!vouched) result.agentNotInvited = `${agentEmail} is not an agent of this Zendesk account, so it was not invited`;
    return { result };
  },
};
