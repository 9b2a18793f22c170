// The durable jobs of closing the loop: one job kind, one payload per task. Every Slack or Zendesk
// effect happens in such a job (retried by the worker), never in a request handler.
import type { EngineeringSummary } from '../../core/types';

export const LOOP_JOB = 'loop_task';

export type LoopTask =
  | { task: 'reminder'; escalationId: string }
  | { task: 'post_summary'; escalationId: string; summaryId: string }
  | { task: 'summary_note'; escalationId: string; summaryId: string; ticketId: number }
  | { task: 'support_post'; escalationId: string; summaryId: string }
  | { task: 'parse_reply'; escalationId: string; ts: string; read: Partial<EngineeringSummary>; missing: Array<keyof EngineeringSummary>; stored: boolean }
  | { task: 'ask_summary'; escalationId: string }
  | { task: 'close'; escalationId: string }
  /** The engineering summary as a comment on the board item (Jira). */
  | { task: 'board_comment'; escalationId: string; summaryId: string };
