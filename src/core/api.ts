// The app <-> proxy wire contract (DESIGN.md "Contracts"). Both sides parse with these schemas, so a
// field renamed here fails to compile or validate on both ends at once.
import { z } from 'zod';
import { SUMMARY_FIELD_SPECS, type EngineeringSummary, type SummaryField } from './summaryFields';
import { CHECKLIST_ITEM_KEYS, ISSUE_TYPE_IDS } from './types';
import type { ChecklistResult } from './types';

export const issueTypeSchema = z.enum(ISSUE_TYPE_IDS);
export const escalationModeSchema = z.enum(['channel', 'thread', 'none']);
export const ticketIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const checklistItemSchema = z.object({
  key: z.enum(CHECKLIST_ITEM_KEYS),
  status: z.enum(['present', 'weak', 'missing']),
  required: z.boolean(),
  evidence: z.array(z.string().max(500)).max(20),
  /** The agent's word (ticket tags checklist_ok_<item> / checklist_na_<item>). */
  confirmation: z.enum(['present', 'not_needed']).optional(),
});

export const checklistResultSchema = z.object({
  issueType: issueTypeSchema,
  items: z.array(checklistItemSchema).max(CHECKLIST_ITEM_KEYS.length),
  scopeLevel: z.enum(['user', 'class', 'school', 'all']).nullable(),
  complete: z.boolean(),
  missingRequired: z.array(z.enum(CHECKLIST_ITEM_KEYS)).max(CHECKLIST_ITEM_KEYS.length),
}) satisfies z.ZodType<ChecklistResult>;

function summaryFieldSchema(spec: SummaryField) {
  const value = spec.kind === 'choice' ? z.enum(spec.choices.map((c) => c.id)) : z.string();
  return spec.required ? value : value.optional();
}

/** One property per field of the summary table; the cast is checked by api.test.ts field by field. */
export const engineeringSummarySchema = z.object(
  Object.fromEntries(SUMMARY_FIELD_SPECS.map((spec) => [spec.key, summaryFieldSchema(spec)])),
) as unknown as z.ZodType<EngineeringSummary>;

const displayName = z.string().trim().min(1).max(200);

export const escalationTicketSchema = z.object({
  id: ticketIdSchema,
  subject: z.string().max(1000),
  url: z.url({ protocol: /^https?$/ }),
  /** Display names only: the proxy needs nothing else about who is affected. */
  organization: displayName.optional(),
  requester: displayName.optional(),
});

export const agentSchema = z.object({
  name: displayName,
  email: z.email(),
});

export const OVERRIDE_REASON_MAX = 300;

/** Why the agent escalates with required items missing: one line, posted on the Slack card. */
export const overrideReasonSchema = z
  .string()
  .regex(/^[^\r\n\u2028\u2029]*$/, 'must be a single line')
  .trim()
  .min(1, 'must not be empty')
  .max(OVERRIDE_REASON_MAX, `must be at most ${OVERRIDE_REASON_MAX} characters`);

/** A Jira issue key as people write it (ENG-123); stored upper-case, as Jira shows it. */
export const BOARD_KEY_PATTERN = /^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/;
export const boardKeySchema = z
  .string()
  .trim()
  .transform((k) => k.toUpperCase())
  .pipe(z.string().regex(BOARD_KEY_PATTERN, 'must be a Jira issue key such as ENG-123'));

/** POST /api/escalations */
export const createEscalationRequestSchema = z.object({
  ticket: escalationTicketSchema,
  issueType: issueTypeSchema,
  checklist: checklistResultSchema,
  agent: agentSchema,
  product: z.string().trim().min(1).max(100).optional(),
  /** Given when required items are missing and the agent escalates anyway. */
  overrideReason: overrideReasonSchema.optional(),
  /** The work is already on the board: this Jira issue (checked with Jira before it is stored) instead of a new one. */
  boardKey: boardKeySchema.optional(),
});
export type CreateEscalationRequest = z.infer<typeof createEscalationRequestSchema>;

/** POST /api/escalations/:id/tickets */
export const linkTicketRequestSchema = z.object({
  ticket: escalationTicketSchema,
  agent: agentSchema.optional(),
});
export type LinkTicketRequest = z.infer<typeof linkTicketRequestSchema>;

export const STEP_NAMES = [
  'read_ticket', // the ticket's subject, organization and requester as Zendesk has them (one per ticket)
  'find_invitees', // channel mode: routed people and the agent (if Zendesk says it is one) as Slack ids
  'create_channel', // channel mode: the outage channel
  'find_triage_channel', // thread mode: the routed triage channel
  'invite', // routed users, user groups and the escalating agent
  'post_card', // the ticket card (channel message or triage thread parent)
  'bookmark', // the ticket link as a channel bookmark
  'zendesk_note', // internal note + tag on a ticket (one per linked ticket)
  'announce_ticket', // "ticket #N joined" message for a linked ticket
  'board_item', // the Jira issue: found by its label, created, or the one an agent gave
  'board_link', // remote links on the Jira issue to a ticket (and, for the escalating ticket, the channel)
  'board_card', // the card and a bookmark name the Jira issue
  'customer_update', // one customer update as a public reply on one linked ticket (one per update and ticket)
] as const;
export const stepNameSchema = z.enum(STEP_NAMES);
export type StepName = z.infer<typeof stepNameSchema>;

export const stepStatusSchema = z.enum(['pending', 'done', 'failed']);
export type StepStatus = z.infer<typeof stepStatusSchema>;

export const escalationStepSchema = z.object({
  name: stepNameSchema,
  /** Set for per-ticket steps (read_ticket, zendesk_note, announce_ticket). */
  ticketId: ticketIdSchema.nullable(),
  status: stepStatusSchema,
  attempts: z.number().int().nonnegative(),
  /** The Slack or Zendesk error in words, from the last failed attempt. */
  lastError: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type EscalationStep = z.infer<typeof escalationStepSchema>;

export const CUSTOMER_UPDATE_TEXT_MAX = 5000;
export const CUSTOMER_UPDATE_STATUSES = ['pending', 'solved'] as const;

/** POST /api/escalations/:id/customer-updates: the text the agent approved, sent to every linked ticket. */
export const customerUpdateRequestSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(CUSTOMER_UPDATE_TEXT_MAX, `must be at most ${CUSTOMER_UPDATE_TEXT_MAX} characters`),
  /** Also set every linked ticket to this status, in the same update as the reply. */
  setStatus: z.enum(CUSTOMER_UPDATE_STATUSES).optional(),
  /** Who sends it (shown in the sidebar; a hint from the browser, never shown to customers). */
  agent: agentSchema.optional(),
});
export type CustomerUpdateRequest = z.infer<typeof customerUpdateRequestSchema>;

/** A retried POST with the same key (per escalation) answers the update it already stored. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/, 'must be 8-128 characters of A-Z a-z 0-9 _ . : -');

export const customerUpdateTicketSchema = z.object({
  ticketId: ticketIdSchema,
  /** pending: not sent yet (or being retried after a Zendesk error); failed: given up, see error. */
  status: z.enum(['pending', 'sent', 'failed']),
  /** Why the last attempt failed (kept while a retry is pending), in words. */
  error: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
});

export const customerUpdateSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  setStatus: z.enum(CUSTOMER_UPDATE_STATUSES).nullable(),
  sentBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  tickets: z.array(customerUpdateTicketSchema),
});
export type CustomerUpdate = z.infer<typeof customerUpdateSchema>;

/**
 * pending: the channel (or triage thread) does not exist yet; active: it does; failed: a step ran out
 * of attempts (retry resumes it); resolved/archived belong to the closing-the-loop flow.
 */
export const escalationStateSchema = z.enum(['pending', 'active', 'failed', 'resolved', 'archived']);
export type EscalationState = z.infer<typeof escalationStateSchema>;

export const escalationSchema = z.object({
  id: z.string().min(1),
  ticketIds: z.array(ticketIdSchema).min(1),
  issueType: issueTypeSchema,
  mode: escalationModeSchema,
  state: escalationStateSchema,
  subject: z.string(),
  product: z.string().nullable(),
  organization: z.string().nullable(),
  steps: z.array(escalationStepSchema),
  slack: z.object({
    channelId: z.string().optional(),
    channelName: z.string().optional(),
    url: z.string().optional(),
    /** Thread mode: the parent message of the ticket's thread. */
    threadTs: z.string().optional(),
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Last human message in the channel (issue 4); null until one is seen. */
  lastActivityAt: z.iso.datetime().nullable(),
  latestUpdate: z.object({ text: z.string(), user: z.string(), at: z.iso.datetime() }).nullable(),
  summary: engineeringSummarySchema.nullable(),
  /** Optional (sidebar status): who was invited to the channel, names when Slack gave them. */
  invited: z.array(z.object({ id: z.string(), name: z.string().optional() })).optional(),
  /** Optional: minutes without a human update before the sidebar warns; the app defaults by mode. */
  cadenceMinutes: z.number().int().positive().optional(),
  /**
   * The board item once there is one (key, link, Jira status), or the error that keeps it from being
   * made (Jira not configured or failing); absent when the escalation has no board.
   */
  board: z
    .object({
      key: z.string().optional(),
      url: z.string().optional(),
      status: z.string().nullable().optional(),
      /** When that status was last heard from Jira (webhook or read). */
      statusAt: z.iso.datetime().nullable().optional(),
      error: z.string().optional(),
      /** Why there is no item, for the sidebar's words: Jira not set up on the proxy, or its step's error. */
      errorCode: z.enum(['not_configured', 'failed']).optional(),
    })
    .optional(),
  /** The updates sent to every linked ticket's customer, oldest first, each with its per-ticket status. */
  customerUpdates: z.array(customerUpdateSchema).optional(),
});
export type Escalation = z.infer<typeof escalationSchema>;

export const escalationListSchema = z.object({ escalations: z.array(escalationSchema) });
export type EscalationList = z.infer<typeof escalationListSchema>;

export const listEscalationsQuerySchema = z.object({ state: escalationStateSchema.optional() });

/** Every error the proxy answers with: a stable code, words for people, the failing field if any. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  field: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
