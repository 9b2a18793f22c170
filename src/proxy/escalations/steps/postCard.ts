// post_card: the ticket card, in the outage channel or as the triage thread's parent. Its block_id
// carries the escalation id, so an earlier attempt's card is found in the channel's history. The
// ticket's facts are Zendesk's, its link is built from our Zendesk URL.
import { buildCard, cardMarker } from '../card';
import type { Card, CardBoard } from '../card';
import type { Invitees } from './findInvitees';
import { ticketFacts } from './readTicket';
import { needChannel } from './types';
import type { StepContext, StepModule, StepOutcome } from './types';

function outcome(ctx: StepContext, ts: string): StepOutcome {
  return { result: { ts }, ...(ctx.escalation.mode === 'thread' ? { patch: { thread_ts: ts } } : {}) };
}

/** What the card says about the board when it is posted: the item if known, else why there is none yet. */
function boardAtPost(ctx: StepContext): CardBoard | undefined {
  const row = ctx.escalation;
  if (row.board_key) return { key: row.board_key, url: row.board_url ?? '' };
  if (ctx.boardPlanned) return { note: `Board item being created${ctx.route.board ? ` in ${ctx.route.board.project}` : ''}` };
  if (ctx.route.board && !ctx.jira) return { note: 'Not on the board: Jira is not configured on the proxy' };
  return undefined;
}

/** The card with Zendesk's facts, our own link, the invite notice and the board line. */
export function cardFor(ctx: StepContext, board: CardBoard | undefined): Card {
  const req = ctx.request;
  const facts = ticketFacts(ctx, req.ticket.id);
  const vouched = {
    ...req,
    ticket: { id: req.ticket.id, subject: facts.subject, url: ctx.ticketUrl(req.ticket.id), organization: facts.organization ?? undefined, requester: facts.requester ?? undefined },
  };
  const notice = ctx.resultOf<Invitees>('find_invitees')?.agentNotInvited;
  return buildCard(ctx.escalation.id, vouched, ctx.route.maskIds, notice ? [notice] : [], board);
}

export const postCard: StepModule = {
  name: 'post_card',
  plans: ['channel', 'thread'],
  dependsOn: (mode) => (mode === 'thread' ? ['find_triage_channel', 'read_ticket'] : ['create_channel', 'find_invitees', 'read_ticket']),
  perTicket: false,
  async findEarlier(ctx) {
    const ts = await ctx.slack.findOwnMessage(needChannel(ctx.escalation), cardMarker(ctx.escalation.id));
    return ts ? outcome(ctx, ts) : null;
  },
  async perform(ctx) {
    const channel = needChannel(ctx.escalation);
    const { ts } = await ctx.slack.postMessage({ channel, ...cardFor(ctx, boardAtPost(ctx)) });
    return outcome(ctx, ts);
  },
};
