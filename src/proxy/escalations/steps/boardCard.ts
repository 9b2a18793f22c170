// board_card: once the board item exists, the channel's card names it (chat.update of the card posted
// earlier, which said it was being created) and, in an outage channel, a bookmark links it. Updating
// the card again is harmless; the bookmark is looked for by its link before it is added.
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
  perTicket: false,
  findEarlier: async () => null,
  async perform(ctx) {
    const row = ctx.escalation;
    const channel = needChannel(row);
    const key = needBoardKey(row);
    const url = row.board_url ?? '';
    const ts = ctx.resultOf<{ ts: string }>('post_card')?.ts;
    if (ts) await ctx.slack.updateMessage({ channel, ts, ...cardFor(ctx, { key, url }) });
    if (row.mode === 'channel' && !(await ctx.slack.bookmarkLinks(channel)).includes(url)) {
      await ctx.slack.addBookmark(channel, `Board: ${key}`, url);
    }
    return {};
  },
};
