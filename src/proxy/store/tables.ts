// Row types of the store. Times are ISO-8601 UTC strings (same width, so they compare as text on both
// SQLite and Postgres); JSON columns are text so both dialects store them the same way.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { EscalationState, StepName } from '../../core/api';
import type { IssueType } from '../../core/types';

/** An escalation that runs has a place in Slack: 'none' types are never stored. */
export type StoredMode = 'channel' | 'thread';
/** 'waiting' (for another step, no job yet) shows as 'pending' on the wire. */
export type InternalStepStatus = 'waiting' | 'pending' | 'done' | 'failed';
export type JobState = 'queued' | 'failed';

export interface EscalationsTable {
  id: string;
  issue_type: IssueType;
  mode: StoredMode;
  /** Written only by the lifecycle (escalations/lifecycle.ts), with a compare-and-set on version. */
  state: EscalationState;
  /** Bumped by every state decision; a writer whose version is stale lost the race and decides again. */
  version: Generated<number>;
  subject: string;
  product: string | null;
  organization: string | null;
  /** The validated create request, for the card and notes (JSON). */
  request_json: string;
  /** Channel name being created: set before conversations.create so a crash can be recognised. */
  channel_intent: string | null;
  channel_id: string | null;
  channel_name: string | null;
  channel_url: string | null;
  thread_ts: string | null;
  created_at: string;
  updated_at: string;
  last_activity_at: string | null;
  latest_update_json: string | null;
  summary_json: string | null;
  /** When the channel (or thread) first went active: the reminder cadence starts there. */
  active_since?: string | null;
  last_reminder_at?: string | null;
  /** Set once the bot asked for the summary after every ticket was solved (asked once). */
  summary_requested_at?: string | null;
  /** Fields read from a message that looked like the summary but was incomplete: prefills the modal. */
  summary_draft_json?: string | null;
  /** The board item (Jira issue key and link), created by the board_item step or given by an agent. */
  board_key?: string | null;
  board_url?: string | null;
  /** Its Jira status name, and when that was last heard (webhook) or read (GET). */
  board_status?: string | null;
  board_status_at?: string | null;
}

export interface EscalationTicketsTable {
  /** A ticket belongs to at most one escalation: the primary key enforces it. */
  ticket_id: number;
  escalation_id: string;
  subject: string;
  url: string;
  /** Who linked it (agent name), for the channel message; null for the escalating ticket. */
  linked_by: string | null;
  linked_at: string;
  /** Zendesk status from the webhook (null until heard), and the ticket's updated_at it came with. */
  status?: string | null;
  status_at?: string | null;
}

export interface StepsTable {
  escalation_id: string;
  /** name, or name:ticketId for per-ticket steps. */
  key: string;
  name: StepName;
  ticket_id: number | null;
  status: InternalStepStatus;
  attempts: number;
  last_error: string | null;
  /** What the step produced (ts, bookmark id, ...) as JSON, so a retry can tell it was done. */
  result_json: string | null;
  updated_at: string;
  /** An attempt holds the step's effect until then (StepContext.claim): another attempt waits. */
  claimed_until?: string | null;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload_json: string;
  state: JobState; // done jobs are deleted
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: string;
}

export interface InboundEventsTable {
  id: string;
  source: string;
  received_at: string;
}

export interface SummariesTable {
  id: string;
  escalation_id: string;
  summary_json: string;
  source: 'modal' | 'message';
  /** Slack user id of who submitted it. */
  author: string | null;
  created_at: string;
}

export interface CustomerUpdatesTable {
  /** 20 hex digits: carried, invisibly, by the reply on each ticket (core/appNote.ts). */
  id: string;
  escalation_id: string;
  /** The text the agent approved, trimmed: exactly what each customer reads. */
  text: string;
  set_status: 'pending' | 'solved' | null;
  /** The agent's name as the sidebar sent it (a hint: it never reaches a customer). */
  sent_by: string | null;
  /** The Idempotency-Key header of the POST, unique per escalation. */
  idempotency_key: string | null;
  created_at: string;
}

export interface Database {
  escalations: EscalationsTable;
  escalation_tickets: EscalationTicketsTable;
  steps: StepsTable;
  jobs: JobsTable;
  inbound_events: InboundEventsTable;
  summaries: SummariesTable;
  customer_updates: CustomerUpdatesTable;
}

export type EscalationRow = Selectable<EscalationsTable>;
export type NewEscalationRow = Insertable<EscalationsTable>;
export type EscalationPatch = Updateable<EscalationsTable>;
export type TicketRow = Selectable<EscalationTicketsTable>;
export type StepRow = Selectable<StepsTable>;
export type NewStepRow = Insertable<StepsTable>;
export type JobRow = Selectable<JobsTable>;
export type SummaryRow = Selectable<SummariesTable>;
export type CustomerUpdateRow = Selectable<CustomerUpdatesTable>;
