// board_item: the escalation's Jira issue. An item an agent gave (checked with Jira before it was
// stored) is simply kept. Otherwise one is created with the label esc-<id>, found again by that label
// before creating: by a retried attempt (a crash between the create and its record, a lost answer),
// and, under the step's claim, by every attempt, so two attempts of the step (a lease taken over from
// a hung instance) never make two issues.
import { queueBoardComment } from '../boardComment';
import { boardLabel, issueDescription, issueSummary } from '../boardText';
import type { BoardIssue } from '../../jira/gateway';
import { ticketFacts } from './readTicket';
import { needJira, slackPlaceUrl, StepBusy, StepFailure } from './types';
import type { StepContext, StepModule, StepOutcome } from './types';

/** Longer than a Jira call may take (the gateway's timeout), so a live holder is never overtaken. */
export const BOARD_CLAIM_MS = 30_000;

function stored(ctx: StepContext, issue: BoardIssue): StepOutcome {
  const at = ctx.now().toISOString();
  return {
    result: { key: issue.key },
    patch: { board_key: issue.key, board_url: issue.url, board_status: issue.status, board_status_at: issue.status ? at : null },
  };
}

async function earlierIssue(ctx: StepContext): Promise<BoardIssue | null> {
  const found = await needJira(ctx).issuesWithLabel(boardLabel(ctx.escalation.id));
  return found[0] ?? null;
}

export const boardItem: StepModule = {
  name: 'board_item',
  plans: ['channel', 'thread'],
  board: true,
  // Jira down for good leaves the outage going: the step shows failed (and can be retried), not the escalation.
  failsEscalation: false,
  // Its description links the channel (or the thread), and names the ticket as Zendesk has it.
  dependsOn: (mode) => (mode === 'thread' ? ['read_ticket', 'post_card'] : ['read_ticket', 'create_channel']),
  perTicket: false,
  // A summary posted before the item existed goes on it now.
  onDone: queueBoardComment,
  async findEarlier(ctx) {
    if (ctx.escalation.board_key) return { result: { key: ctx.escalation.board_key } };
    const issue = await earlierIssue(ctx);
    return issue ? stored(ctx, issue) : null;
  },
  async perform(ctx) {
    const row = ctx.escalation;
    if (row.board_key) return { result: { key: row.board_key, given: true } };
    const jira = needJira(ctx);
    const board = ctx.route.board;
    if (!board) throw new StepFailure('the routing file has no board for this issue type');
    if (!(await ctx.claim(BOARD_CLAIM_MS))) throw new StepBusy('another attempt is creating the board item; looking again shortly');
    try {
      const earlier = await earlierIssue(ctx);
      if (earlier) return stored(ctx, earlier);
      const req = ctx.request;
      const facts = ticketFacts(ctx, req.ticket.id);
      const vouched = { ...req, ticket: { ...req.ticket, subject: facts.subject, url: ctx.ticketUrl(req.ticket.id), organization: facts.organization ?? undefined, requester: facts.requester ?? undefined } };
      const { key } = await jira.createIssue({
        project: board.project,
        issueType: board.issueType,
        summary: issueSummary(req, facts.subject, ctx.route.maskIds),
        description: issueDescription({ request: vouched, mask: ctx.route.maskIds, slack: row.channel_url ? { name: row.channel_name ?? '', url: slackPlaceUrl(row) } : null }),
        labels: [boardLabel(row.id)],
      });
      // A new issue starts in the project's first status; one read tells which (the sidebar shows it).
      const status = await jira.issue(key).then((i) => i?.status ?? null, () => null);
      return stored(ctx, { key, url: jira.browseUrl(key), status });
    } finally {
      await ctx.release();
    }
  },
};
