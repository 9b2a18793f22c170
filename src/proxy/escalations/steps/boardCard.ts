// board_card: once the board item exists, the channel's card names it (chat.update of the card posted
// earlier, which said it was being created) and, in an outage channel, a bookmark links it. Updating
// the card again is harmless; the bookmark is looked for by its link before it is added. When
// board_item fails for good, it runs too, and the card says the item is missing and why; once a retry
// (or /outage-board) makes the item after all, the lifecycle runs it again to name it.
import { cardFor } from './postCard';
import { needBoardKey, needChannel } from './types';
import type { StepModule } from './types';

export const boardCard: StepModule = {
  name: 'board_card',
  plans: ['channel', 'thread'],
  board: true,
  // Jira down for good leaves the outage going: the step shows failed (and can be retried), not the escalation.
  failsEscalation: false,
  dependsOn: () => ['board_item', 'post_card'],
  runsAfterFailureOf: ['board_item'],
  perTicket: false,
  findEarlier: async () => null,
  async perform(ctx) {
    const row = ctx.escalation;
    const channel = needChannel(row);
    const ts = ctx.resultOf<{ ts: string }>('post_card')?.ts;
    if (!row.board_key) {
      const why = ctx.lastErrorOf('board_item') ?? 'its step failed';
      const note = `Not on the board: the item could not be made (${why.slice(0, 300)}). Retry the failed steps from the sidebar, or link one with /outage-board ${ctx.route.board?.project ?? 'ENG'}-123.`;
      if (ts) await ctx.slack.updateMessage({ channel, ts, ...cardFor(ctx, { note }) });
      return { result: { missing: true } };
    }
    const key = needBoardKey(row);
    const url = row.board_url ?? '';
    if (ts) await ctx.slack.updateMessage({ channel, ts, ...cardFor(ctx, { key, url }) });
    if (row.mode === 'channel' && !(await ctx.slack.bookmarkLinks(channel)).includes(url)) {
      await ctx.slack.addBookmark(channel, `Board: ${key}`, url);
    }
    return {};
  },
};
