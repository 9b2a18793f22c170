// The closing-the-loop operations behind /slack/* and /zendesk/events. Each stores what it learned in
// ONE transaction with the jobs that follow (posts, notes, reminders, archive) and returns at once, so
// Slack's 3-second budget is never spent on a Slack or Zendesk call, except views.open, whose
// trigger_id expires in 3 s and so cannot wait for a job.
import { parseSummary } from '../../core/summary';
import type { EngineeringSummary } from '../../core/types';
import type { Routing } from '../routing';
import type { SlackGateway } from '../slack/gateway';
import { SlackCallError } from '../slack/errors';
import type { Store } from '../store/db';
import type { Db } from '../store/escalations';
import { getEscalationRow, getTickets, updateEscalation } from '../store/escalations';
import { escalationForChannel, insertSummary, markInbound, recordActivity, setTicketStatus } from '../store/loop';
import { classifyMessage, updateText } from './activity';
import type { MessageEvent } from './activity';
import { applyEvent } from '../escalations/transitions';
import { queueBoardComment } from '../escalations/boardComment';
import { runTransaction } from '../store/db';
import { enqueueTask } from './progress';
import { summaryModal } from './summaryModal';

export interface LoopDeps {
  store: Store;
  slack: SlackGateway;
  routing: Routing;
  maxAttempts: number;
  now: () => Date;
  wake: () => void;
  /** Told when an escalation changed, so waiting requests and tests can look again. */
  onChange: (escalationId: string) => void;
}

/** A message "follows the summary template" when most of its seven required fields are there. */
const MIN_FIELDS_FOR_TEMPLATE = 4;
const REQUIRED_FIELDS = 7;

export type MessageOutcome = 'recorded' | 'summary' | 'draft' | 'ignored' | 'duplicate' | 'not_escalation';
export type SlashAnswer = { response_type: 'ephemeral'; text: string } | null;
export type SubmitOutcome = { ok: true } | { ok: false; errors: Record<string, string> };

export class LoopService {
  constructor(private readonly deps: LoopDeps) {}

  /** The bot's user id if Slack told us already (asked at start); never waits long inside Slack's 3 s. */
  private async botUserId(): Promise<string | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 300)));
    const id = this.deps.slack.identity().then((i) => i.botUserId, () => null);
    const r = await Promise.race([id, late]);
    clearTimeout(timer);
    return r;
  }

  /** An Events API message event: activity, the latest update, and a summary pasted as a message. */
  async message(eventId: string, event: MessageEvent): Promise<MessageOutcome> {
    const { store, now, maxAttempts } = this.deps;
    const seen = classifyMessage(event, await this.botUserId());
    if (seen.kind === 'ignored') return 'ignored';
    const row = await escalationForChannel(store.db, seen.channel, seen.threadTs);
    if (!row) return 'not_escalation';
    const at = now();
    const outcome = await runTransaction(store.db, async (trx): Promise<MessageOutcome> => {
      if (!(await markInbound(trx, `slack:${eventId}`, 'slack', at))) return 'duplicate';
      await recordActivity(trx, row.id, { text: updateText(seen.text), user: seen.user, at: at.toISOString() });
      const parsed = parseSummary(seen.text);
      if (REQUIRED_FIELDS - parsed.missing.length < MIN_FIELDS_FOR_TEMPLATE) return 'recorded';
      const complete = parsed.missing.length === 0;
      if (complete) {
        await this.storeSummary(trx, row.id, parsed.summary as EngineeringSummary, 'message', seen.user, at);
      } else {
        await updateEscalation(trx, row.id, { summary_draft_json: JSON.stringify(parsed.summary) });
      }
      await enqueueTask(trx, { task: 'parse_reply', escalationId: row.id, ts: seen.ts, read: parsed.summary, missing: parsed.missing, stored: complete }, at, maxAttempts);
      return complete ? 'summary' : 'draft';
    });
    if (outcome !== 'duplicate') this.changed(row.id);
    return outcome;
  }

  /**
   * /outage-summary: opens the modal in an escalation channel, or says in words why not. A command
   * delivered again (same trigger id) opens nothing more.
   */
  async openSummaryForm(channelId: string, triggerId: string): Promise<SlashAnswer> {
    if (!(await markInbound(this.deps.store.db, `slack-trigger:${triggerId}`, 'slack', this.deps.now()))) return null;
    const row = await escalationForChannel(this.deps.store.db, channelId);
    if (!row || row.mode !== 'channel') {
      return { response_type: 'ephemeral', text: '/outage-summary works in an outage channel opened by the escalation app; this channel is not one (or it is already archived).' };
    }
    const stored = row.summary_json ?? row.summary_draft_json ?? null;
    const prefill = stored ? (JSON.parse(stored) as Partial<EngineeringSummary>) : null;
    try {
      await this.deps.slack.openView(triggerId, summaryModal(row.id, row.channel_name ?? '', prefill));
      return null;
    } catch (e) {
      const code = e instanceof SlackCallError ? e.code : 'request_failed';
      return { response_type: 'ephemeral', text: `Could not open the summary form (Slack said ${code}). Please run /outage-summary again.` };
    }
  }

  /**
   * A validated modal submission: stored with its history, then posted, noted and maybe archived by
   * jobs. `deliveryId` (the view's id and hash) makes the same submission delivered twice count once.
   */
  async submitSummary(escalationId: string, summary: EngineeringSummary, author: string, deliveryId: string): Promise<SubmitOutcome> {
    const { store, now } = this.deps;
    const row = await getEscalationRow(store.db, escalationId);
    if (!row || row.state === 'archived') return { ok: false, errors: { summary: 'This escalation is closed; its channel was archived.' } };
    const at = now();
    const stored = await runTransaction(store.db, async (trx) => {
      if (!(await markInbound(trx, `slack-view:${deliveryId}`, 'slack', at))) return false;
      await this.storeSummary(trx, escalationId, summary, 'modal', author, at);
      return true;
    });
    if (stored) this.changed(escalationId);
    return { ok: true };
  }

  /** The Zendesk webhook: one ticket's status; answers whether the ticket belongs to an escalation. */
  async ticketStatus(ticketId: number, status: string, updatedAt: string | null, invocationId: string | null): Promise<'recorded' | 'duplicate' | 'not_escalated'> {
    const { store, now, maxAttempts } = this.deps;
    const at = now();
    const result = await runTransaction(store.db, async (trx) => {
      if (invocationId && !(await markInbound(trx, `zendesk:${invocationId}`, 'zendesk', at))) return { outcome: 'duplicate' as const, id: null };
      // Stored as ISO so out-of-order webhooks compare as text; an unreadable time counts as now.
      const statusAt = updatedAt && !Number.isNaN(Date.parse(updatedAt)) ? new Date(updatedAt).toISOString() : at.toISOString();
      const id = await setTicketStatus(trx, ticketId, status.toLowerCase(), statusAt);
      if (!id) return { outcome: 'not_escalated' as const, id: null };
      await applyEvent(trx, id, { type: 'ticket_status_changed' }, at, maxAttempts);
      return { outcome: 'recorded' as const, id };
    });
    if (result.id) this.changed(result.id);
    return result.outcome;
  }

  private async storeSummary(trx: Db, escalationId: string, summary: EngineeringSummary, source: 'modal' | 'message', author: string, at: Date): Promise<void> {
    const { maxAttempts, routing } = this.deps;
    const summaryId = await insertSummary(trx, escalationId, summary, source, author, at);
    // A summary typed in the channel is already there; one from the modal is posted.
    if (source === 'modal') await enqueueTask(trx, { task: 'post_summary', escalationId, summaryId }, at, maxAttempts);
    for (const t of await getTickets(trx, escalationId)) {
      await enqueueTask(trx, { task: 'summary_note', escalationId, summaryId, ticketId: t.ticket_id }, at, maxAttempts);
    }
    if (routing.supportChannel) await enqueueTask(trx, { task: 'support_post', escalationId, summaryId }, at, maxAttempts);
    await applyEvent(trx, escalationId, { type: 'summary_stored' }, at, maxAttempts);
    await queueBoardComment(trx, escalationId, at, maxAttempts);
  }

  private changed(escalationId: string): void {
    this.deps.wake();
    this.deps.onChange(escalationId);
  }
}
