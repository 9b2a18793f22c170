// Escalations, their tickets and steps: repository functions take db or a transaction first, and map
// rows to the wire Escalation (src/core/api.ts).
import type { Kysely, Transaction } from 'kysely';
import type { Escalation, EscalationState, EscalationStep } from '../../core/api';
import type { EngineeringSummary } from '../../core/types';
import { stepKey, stepOrder } from '../escalations/plan';
import type { PlannedStep } from '../escalations/plan';
import { customerUpdatesOf, toCustomerUpdates } from './customerUpdates';
import type { CustomerUpdateRow, Database, EscalationPatch, EscalationRow, InternalStepStatus, NewEscalationRow, NewStepRow, StepRow, TicketRow } from './tables';

export type Db = Kysely<Database> | Transaction<Database>;

/** A planned step as stored: waiting, until the lifecycle queues it. */
export function newStepRow(escalationId: string, step: PlannedStep, now: string): NewStepRow {
  return { escalation_id: escalationId, key: stepKey(step.name, step.ticketId), name: step.name, ticket_id: step.ticketId, status: 'waiting', attempts: 0, last_error: null, result_json: null, updated_at: now };
}

export async function insertEscalation(
  trx: Db,
  row: NewEscalationRow,
  ticket: { id: number; subject: string; url: string },
  steps: NewStepRow[],
): Promise<void> {
  await trx.insertInto('escalations').values(row).execute();
  // The ticket's primary key makes a concurrent duplicate fail here, rolling the whole insert back.
  await trx.insertInto('escalation_tickets').values({ ticket_id: ticket.id, escalation_id: row.id, subject: ticket.subject, url: ticket.url, linked_by: null, linked_at: row.created_at }).execute();
  if (steps.length) await trx.insertInto('steps').values(steps).execute();
}

export async function linkTicket(trx: Db, escalationId: string, ticket: { id: number; subject: string; url: string }, linkedBy: string | null, now: string, steps: NewStepRow[]): Promise<void> {
  await trx.insertInto('escalation_tickets').values({ ticket_id: ticket.id, escalation_id: escalationId, subject: ticket.subject, url: ticket.url, linked_by: linkedBy, linked_at: now }).execute();
  if (steps.length) await trx.insertInto('steps').values(steps).execute();
}

export async function escalationIdForTicket(db: Db, ticketId: number): Promise<string | null> {
  const row = await db.selectFrom('escalation_tickets').select('escalation_id').where('ticket_id', '=', ticketId).executeTakeFirst();
  return row?.escalation_id ?? null;
}

export async function getEscalationRow(db: Db, id: string): Promise<EscalationRow | undefined> {
  return db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getTickets(db: Db, id: string): Promise<TicketRow[]> {
  return db.selectFrom('escalation_tickets').selectAll().where('escalation_id', '=', id).orderBy('linked_at').orderBy('ticket_id').execute();
}

export async function getSteps(db: Db, id: string): Promise<StepRow[]> {
  return db.selectFrom('steps').selectAll().where('escalation_id', '=', id).execute();
}

export async function getStep(db: Db, id: string, key: string): Promise<StepRow | undefined> {
  return db.selectFrom('steps').selectAll().where('escalation_id', '=', id).where('key', '=', key).executeTakeFirst();
}

/** Fields other than the state (the lifecycle alone writes that, in transitions.ts). */
export async function updateEscalation(db: Db, id: string, patch: Omit<EscalationPatch, 'state' | 'version'>): Promise<void> {
  await db.updateTable('escalations').set(patch).where('id', '=', id).execute();
}

export async function updateStep(
  db: Db,
  id: string,
  key: string,
  patch: { attempts?: number; last_error?: string | null; result_json?: string | null; updated_at: string },
): Promise<void> {
  await db.updateTable('steps').set(patch).where('escalation_id', '=', id).where('key', '=', key).execute();
}

/**
 * Counts an attempt of a step before it acts, durably: a later attempt (after a crash, a timeout, a
 * lease taken over or an operator's retry) then knows an earlier one may have had its effect. Answers
 * the count including this attempt.
 */
export async function startAttempt(db: Db, id: string, key: string, now: string): Promise<number> {
  const row = await db
    .updateTable('steps')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('escalation_id', '=', id)
    .where('key', '=', key)
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts ?? 0;
}

export async function loadEscalation(db: Db, id: string): Promise<Escalation | null> {
  const row = await getEscalationRow(db, id);
  if (!row) return null;
  const [tickets, steps, updates] = await Promise.all([getTickets(db, id), getSteps(db, id), customerUpdatesOf(db, [id])]);
  return toEscalation(row, tickets, steps, updates);
}

export async function listEscalations(db: Db, state?: EscalationState, limit = 200): Promise<Escalation[]> {
  let q = db.selectFrom('escalations').selectAll().orderBy('created_at', 'desc').limit(limit);
  if (state) q = q.where('state', '=', state);
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [tickets, steps, updates] = await Promise.all([
    db.selectFrom('escalation_tickets').selectAll().where('escalation_id', 'in', ids).orderBy('linked_at').orderBy('ticket_id').execute(),
    db.selectFrom('steps').selectAll().where('escalation_id', 'in', ids).execute(),
    customerUpdatesOf(db, ids),
  ]);
  const of = <T extends { escalation_id: string }>(list: T[], id: string) => list.filter((x) => x.escalation_id === id);
  return rows.map((r) => toEscalation(r, of(tickets, r.id), of(steps, r.id), of(updates, r.id)));
}

const wireStatus = (s: InternalStepStatus) => (s === 'waiting' ? 'pending' : s);

function toStep(s: StepRow): EscalationStep {
  return {
    name: s.name,
    ticketId: s.ticket_id,
    // 'waiting' (for another step) is internal: to callers it is simply not done yet.
    status: wireStatus(s.status),
    attempts: s.attempts,
    lastError: s.last_error,
    updatedAt: s.updated_at,
  };
}

export function toEscalation(row: EscalationRow, tickets: TicketRow[], steps: StepRow[], updates: CustomerUpdateRow[] = []): Escalation {
  // Customer updates show under their update, each with its tickets, not among the escalation's steps.
  const escalationSteps = steps.filter((s) => s.name !== 'customer_update');
  const sorted = [...escalationSteps].sort((a, b) => stepOrder(a.name) - stepOrder(b.name) || (a.ticket_id ?? 0) - (b.ticket_id ?? 0));
  const slack: Escalation['slack'] = {};
  if (row.channel_id) slack.channelId = row.channel_id;
  if (row.channel_name) slack.channelName = row.channel_name;
  if (row.channel_url) slack.url = row.channel_url;
  if (row.thread_ts) slack.threadTs = row.thread_ts;
  const board = boardOf(row, steps);
  return {
    id: row.id,
    ticketIds: tickets.map((t) => t.ticket_id),
    issueType: row.issue_type,
    mode: row.mode,
    state: row.state,
    subject: row.subject,
    product: row.product,
    organization: row.organization,
    steps: sorted.map(toStep),
    slack,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
    latestUpdate: row.latest_update_json ? (JSON.parse(row.latest_update_json) as Escalation['latestUpdate']) : null,
    summary: row.summary_json ? (JSON.parse(row.summary_json) as EngineeringSummary) : null,
    ...(board ? { board } : {}),
    customerUpdates: toCustomerUpdates(updates, steps),
  };
}

/** The board item once stored; until then the error its step last met (Jira down, refused); else none. */
function boardOf(row: EscalationRow, steps: StepRow[]): Escalation['board'] {
  if (row.board_key) return { key: row.board_key, url: row.board_url ?? '', status: row.board_status ?? null, statusAt: row.board_status_at ?? null };
  const error = steps.find((s) => s.name === 'board_item' && s.status !== 'done')?.last_error;
  return error ? { error, errorCode: 'failed' } : undefined;
}
