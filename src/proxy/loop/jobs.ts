// Runs the closing-the-loop jobs. As in the step runner, a retried job first looks for what an earlier
// attempt (perhaps by a crashed instance) already posted, by block_id marker or note marker, so nothing
// is posted twice. The reminder job reschedules itself in the transaction that removes it: one chain
// per escalation, durable across restarts, claimed by exactly one instance.
import type { Job, JobContext, JobHandler } from '../jobs/worker';
import type { Routing } from '../routing';
import { routeFor } from '../routing';
import { SlackCallError } from '../slack/errors';
import { getEscalationRow, getTickets, updateEscalation } from '../store/escalations';
import { getSummary } from '../store/loop';
import type { EscalationRow } from '../store/tables';
import { askSummaryPost, closingPost, parseReplyPost, reminderPost, summaryNote, summaryNoteMarker, summaryPost } from './messages';
import type { Post } from './messages';
import { enqueueTask } from './progress';
import { isReminderDue, nextReminderAt, remindsIn } from './reminders';
import type { ReminderClock } from './reminders';
import { mayClose } from '../escalations/lifecycle';
import { applyEvent } from '../escalations/transitions';
import { ticketStatuses } from '../store/loop';
import type { StepDeps } from '../escalations/stepRunner';
import type { SlackGateway } from '../slack/gateway';
import type { ZendeskGateway } from '../zendesk/gateway';
import type { LoopTask } from './tasks';
import { boardCommentMarker, summaryComment } from '../escalations/boardText';
import type { JiraGateway } from '../jira/gateway';

/** What the loop's jobs need: the same as an escalation step, without the crash-test seam. */
export type LoopJobDeps = Omit<StepDeps, 'afterEffect' | 'slack' | 'zendesk' | 'jira'> & {
  slack: SlackGateway;
  zendesk: ZendeskGateway;
  jira: JiraGateway | null;
  /** Told after a reminder is posted (metrics). */
  onReminderSent?: (issueType: string) => void;
};

class Skip extends Error {
  readonly retryable = false;
}

export function reminderClock(row: EscalationRow, routing: Routing): ReminderClock {
  const d = (s: string | null | undefined) => (s ? new Date(s) : null);
  return {
    activeSince: new Date(row.active_since ?? row.created_at),
    lastHumanAt: d(row.last_activity_at),
    lastReminderAt: d(row.last_reminder_at),
    cadenceMinutes: routeFor(routing, row.issue_type, row.product).reminderMinutes,
  };
}

export function createLoopHandler(deps: LoopJobDeps): JobHandler<LoopTask> {
  const { store, slack } = deps;

  /** Posts once: on a retry, a message of ours with this marker means an earlier attempt posted it. */
  async function postOnce(row: EscalationRow, post: Post, marker: string, retrying: boolean, channel = row.channel_id): Promise<void> {
    if (!channel) throw new Skip('the escalation has no Slack channel');
    const threadTs = row.mode === 'thread' && channel === row.channel_id && row.thread_ts ? row.thread_ts : undefined;
    // In a thread the earlier post is a reply, which only conversations.replies lists.
    if (retrying && (await slack.findOwnMessage(channel, marker, threadTs))) return;
    await slack.postMessage({ channel, ...post, ...(threadTs ? { threadTs } : {}) });
  }

  const blockId = (post: Post) => (post.blocks[0] as { block_id: string }).block_id;

  async function reminder(job: Job<LoopTask>, ctx: JobContext, row: EscalationRow): Promise<void> {
    const escalationId = row.id;
    // Resolved or archived: the chain ends here (a reopened ticket starts a new one).
    if (!remindsIn(row.state)) return;
    const clock = reminderClock(row, deps.routing);
    const now = deps.now();
    const due = nextReminderAt(clock);
    if (!isReminderDue(clock, now)) {
      return ctx.finish((trx) => enqueueTask(trx, { task: 'reminder', escalationId }, now, deps.maxAttempts, due));
    }
    const board = row.board_key ? { key: row.board_key, url: row.board_url ?? '' } : null;
    const post = reminderPost(escalationId, due.toISOString(), clock.cadenceMinutes, board);
    await postOnce(row, post, blockId(post), job.attempt > 1);
    deps.onReminderSent?.(row.issue_type);
    await ctx.finish(async (trx) => {
      await updateEscalation(trx, escalationId, { last_reminder_at: now.toISOString() });
      await enqueueTask(trx, { task: 'reminder', escalationId }, now, deps.maxAttempts, new Date(now.getTime() + clock.cadenceMinutes * 60_000));
    });
  }

  async function supportChannelId(): Promise<string> {
    const ref = deps.routing.supportChannel?.replace(/^#/, '');
    if (!ref) throw new Skip('no support channel in the routing file');
    const ch = /^[CG][A-Z0-9]{2,}$/.test(ref) ? { id: ref } : await slack.findChannelByName(ref);
    if (!ch) throw new Skip(`support channel #${ref} not found (or the bot cannot see it)`);
    // Public channels: join first; a private one must have invited the bot, which posting will tell.
    await slack.join(ch.id).catch((e: unknown) => {
      if (!(e instanceof SlackCallError && !e.retryable)) throw e;
    });
    return ch.id;
  }

  async function close(ctx: JobContext, row: EscalationRow, retrying: boolean): Promise<void> {
    // Decided again now: a ticket reopened since the job was queued keeps the channel open.
    const statuses = await ticketStatuses(store.db, row.id);
    if (!mayClose({ state: row.state, ticketStatuses: statuses.map((s) => s.status), hasSummary: row.summary_json !== null })) return;
    const archiving = row.mode === 'channel';
    const post = closingPost(row.id, archiving);
    await postOnce(row, post, blockId(post), retrying);
    if (archiving && row.channel_id) await slack.archive(row.channel_id);
    await ctx.finish(async (trx) => {
      await applyEvent(trx, row.id, { type: 'archived' }, deps.now(), deps.maxAttempts);
    });
  }

  async function run(job: Job<LoopTask>, ctx: JobContext): Promise<void> {
    const task = job.payload;
    const row = await getEscalationRow(store.db, task.escalationId);
    if (!row) return;
    const retrying = job.attempt > 1;
    switch (task.task) {
      case 'reminder':
        return reminder(job, ctx, row);
      case 'post_summary': {
        const s = await getSummary(store.db, task.summaryId);
        if (!s) return;
        const post = summaryPost(task.summaryId, 'channel', s.summary, { author: s.author ?? undefined });
        return postOnce(row, post, blockId(post), retrying);
      }
      case 'support_post': {
        const s = await getSummary(store.db, task.summaryId);
        if (!s) return;
        const tickets = (await getTickets(store.db, row.id)).map((t) => t.ticket_id);
        const post = summaryPost(task.summaryId, 'support', s.summary, { channelName: row.channel_name ?? '', ticketIds: tickets });
        return postOnce(row, post, blockId(post), retrying, await supportChannelId());
      }
      case 'summary_note': {
        const s = await getSummary(store.db, task.summaryId);
        if (!s) return;
        const marker = summaryNoteMarker(row.id, task.summaryId);
        if (retrying && (await deps.zendesk.comments(task.ticketId)).some((c) => c.body.includes(marker))) return;
        const route = routeFor(deps.routing, row.issue_type, row.product);
        await deps.zendesk.addInternalNote(task.ticketId, { body: summaryNote(row.id, task.summaryId, s.summary, row.channel_name ?? ''), tags: [route.zendeskTag, 'escalation_summary'] });
        return;
      }
      case 'parse_reply': {
        const post = parseReplyPost(row.id, task.ts, task.read, task.missing, task.stored);
        return postOnce(row, post, blockId(post), retrying);
      }
      case 'ask_summary': {
        // The summary may have come in since: then there is nothing to ask.
        if (row.summary_json) return;
        const post = askSummaryPost(row.id);
        return postOnce(row, post, blockId(post), retrying);
      }
      case 'close':
        return close(ctx, row, retrying);
      case 'board_comment': {
        const s = await getSummary(store.db, task.summaryId);
        if (!s || !row.board_key) return;
        if (!deps.jira) throw new Skip('Jira is not configured on the proxy');
        // The marker carries the summary's id: a retry finds the comment an earlier attempt made.
        if (retrying && (await deps.jira.hasCommentWith(row.board_key, boardCommentMarker(row.id, task.summaryId)))) return;
        await deps.jira.addComment(row.board_key, summaryComment(row.id, task.summaryId, s.summary, row.channel_name));
        return;
      }
    }
  }

  return {
    async run(job, ctx) {
      await run(job, ctx);
      deps.onChange(job.payload.escalationId);
    },
    async onError(trx, job, _error, willRetry) {
      // A reminder that could not be posted must not end the chain: try again next cadence.
      if (!willRetry && job.payload.task === 'reminder') {
        const row = await getEscalationRow(trx, job.payload.escalationId);
        if (row && remindsIn(row.state)) {
          const now = deps.now();
          const next = new Date(now.getTime() + reminderClock(row, deps.routing).cadenceMinutes * 60_000);
          await enqueueTask(trx, { task: 'reminder', escalationId: row.id }, now, deps.maxAttempts, next);
        }
      }
      // A close that cannot archive leaves the escalation resolved; the next status change queues it again.
    },
  };
}
