// Store functions for closing the loop: which escalation a Slack channel belongs to, seen inbound
// events, activity, summaries with their history, ticket statuses, and "one queued job of this kind".
import { randomUUID } from 'node:crypto';
import type { EngineeringSummary } from '../../core/types';
import type { Db } from './escalations';
import { enqueueJob } from './jobs';
import type { EscalationRow, SummaryRow } from './tables';

/** The open escalation a Slack message or command belongs to: the channel, or in thread mode the thread. */
export async function escalationForChannel(db: Db, channelId: string, threadTs?: string): Promise<EscalationRow | undefined> {
  const rows = await db.selectFrom('escalations').selectAll().where('channel_id', '=', channelId).where('state', '!=', 'archived').execute();
  return rows.find((r) => r.mode === 'channel') ?? (threadTs ? rows.find((r) => r.mode === 'thread' && r.thread_ts === threadTs) : undefined);
}

/** Records an inbound event id; false when it was seen before (a retry or a replay). */
export async function markInbound(db: Db, id: string, source: string, now: Date): Promise<boolean> {
  const r = await db
    .insertInto('inbound_events')
    .values({ id: id.slice(0, 128), source, received_at: now.toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function recordActivity(db: Db, escalationId: string, update: { text: string; user: string; at: string }): Promise<void> {
  await db
    .updateTable('escalations')
    .set({ last_activity_at: update.at, latest_update_json: JSON.stringify(update), updated_at: update.at })
    .where('id', '=', escalationId)
    .execute();
}

/** Stores a summary as the latest one (history kept in summaries); clears any draft. */
export async function insertSummary(db: Db, escalationId: string, summary: EngineeringSummary, source: 'modal' | 'message', author: string | null, now: Date): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await db.insertInto('summaries').values({ id, escalation_id: escalationId, summary_json: JSON.stringify(summary), source, author, created_at: at }).execute();
  await db.updateTable('escalations').set({ summary_json: JSON.stringify(summary), summary_draft_json: null, updated_at: at }).where('id', '=', escalationId).execute();
  return id;
}

export async function getSummary(db: Db, summaryId: string): Promise<(SummaryRow & { summary: EngineeringSummary }) | undefined> {
  const row = await db.selectFrom('summaries').selectAll().where('id', '=', summaryId).executeTakeFirst();
  return row ? { ...row, summary: JSON.parse(row.summary_json) as EngineeringSummary } : undefined;
}

export async function summaryHistory(db: Db, escalationId: string): Promise<SummaryRow[]> {
  return db.selectFrom('summaries').selectAll().where('escalation_id', '=', escalationId).orderBy('created_at').execute();
}

/**
 * Records a ticket's Zendesk status unless a later one is already stored (webhooks can arrive out of
 * order). Answers the escalation id, or null when the ticket is not escalated.
 */
export async function setTicketStatus(db: Db, ticketId: number, status: string, statusAt: string): Promise<string | null> {
  const row = await db.selectFrom('escalation_tickets').select(['escalation_id', 'status_at']).where('ticket_id', '=', ticketId).executeTakeFirst();
  if (!row) return null;
  if (!row.status_at || row.status_at <= statusAt) {
    await db.updateTable('escalation_tickets').set({ status, status_at: statusAt }).where('ticket_id', '=', ticketId).execute();
  }
  return row.escalation_id;
}

export async function ticketStatuses(db: Db, escalationId: string): Promise<Array<{ ticketId: number; status: string | null }>> {
  const rows = await db.selectFrom('escalation_tickets').select(['ticket_id', 'status']).where('escalation_id', '=', escalationId).execute();
  return rows.map((r) => ({ ticketId: r.ticket_id, status: r.status ?? null }));
}

/** Enqueues a job unless an identical one (kind and payload) is already queued. */
export async function ensureJob(db: Db, kind: string, payload: unknown, runAt: Date, maxAttempts: number, now: Date): Promise<void> {
  const payloadJson = JSON.stringify(payload);
  const existing = await db.selectFrom('jobs').select('id').where('kind', '=', kind).where('payload_json', '=', payloadJson).where('state', '=', 'queued').executeTakeFirst();
  if (!existing) await enqueueJob(db, { kind, payload, runAt, maxAttempts }, now);
}
