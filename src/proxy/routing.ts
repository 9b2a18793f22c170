// The routing file: who is invited for which issue type and product, which types open a channel, how
// channels are named, reminder cadence. Validated like the environment: one line per bad field.
import { z } from 'zod';
import { ISSUE_TYPES } from '../core/issueTypes';
import { ISSUE_TYPE_IDS } from '../core/types';
import type { EscalationMode, IssueType } from '../core/types';
import { escalationModeSchema } from '../core/api';

const slackUserId = z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'a Slack user id such as U012AB3CD');
const slackUsergroupId = z.string().regex(/^S[A-Z0-9]{2,}$/, 'a Slack user group id such as S0614TZR7');
// A channel by id (C…/G…) or by name, with or without '#'.
const channelRef = z.string().trim().regex(/^#?[a-z0-9_-]{1,80}$|^[CG][A-Z0-9]{2,}$/, 'a channel id or name');

const inviteesSchema = z
  .object({
    users: z.array(slackUserId).default([]),
    usergroups: z.array(slackUsergroupId).default([]),
    emails: z.array(z.email()).default([]),
  })
  .strict();
export type Invitees = z.infer<typeof inviteesSchema>;

/** Where an escalation's board item goes: a Jira project key and an issue type of that project. */
const boardSchema = z
  .object({
    project: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'a Jira project key such as ENG'),
    issueType: z.string().trim().min(1).max(60),
  })
  .strict();
export type BoardRoute = z.infer<typeof boardSchema>;

const TEMPLATE_VARS = ['{type}', '{ticketId}', '{slug}', '{product}'];

const issueTypeRouteSchema = z
  .object({
    mode: escalationModeSchema.optional(),
    /** Variables: {type} {ticketId} {slug} {product}. The result is made to fit Slack's name rules. */
    channelNameTemplate: z
      .string()
      .refine((t) => t.includes('{ticketId}'), 'must contain {ticketId} so each ticket gets its own name')
      .optional(),
    invitees: inviteesSchema.optional(),
    triageChannel: channelRef.optional(),
    reminderMinutes: z.number().int().min(1).max(24 * 60).optional(),
    /** Mask student and guardian ids in what is posted to Slack (default true). */
    maskIds: z.boolean().optional(),
    privateChannel: z.boolean().optional(),
    /** A Jira issue per escalation of this type (no board where absent). */
    board: boardSchema.optional(),
  })
  .strict();

export const routingSchema = z
  .object({
    channelNameTemplate: z.string().default('{type}-{ticketId}-{slug}'),
    zendeskTag: z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _').default('escalated'),
    supportChannel: channelRef.nullable().default(null),
    triageChannel: channelRef.nullable().default(null),
    issueTypes: z.partialRecord(z.enum(ISSUE_TYPE_IDS), issueTypeRouteSchema).default({}),
    /** Extra invitees when the escalation names this product (keys compared case-insensitively). */
    products: z.record(z.string(), z.object({ invitees: inviteesSchema.optional(), board: boardSchema.optional() }).strict()).default({}),
  })
  .strict()
  .superRefine((r, ctx) => {
    for (const id of ISSUE_TYPE_IDS) {
      const route = r.issueTypes[id];
      const mode = route?.mode ?? ISSUE_TYPES[id].mode;
      if (mode === 'thread' && !route?.triageChannel && !r.triageChannel) {
        ctx.addIssue({ code: 'custom', path: ['issueTypes', id, 'triageChannel'], message: 'thread mode needs a triageChannel (here or at the top level)' });
      }
      const template = route?.channelNameTemplate;
      const unknown = template?.match(/\{[^}]*\}/g)?.filter((v) => !TEMPLATE_VARS.includes(v));
      if (unknown?.length) {
        ctx.addIssue({ code: 'custom', path: ['issueTypes', id, 'channelNameTemplate'], message: `unknown variable ${unknown.join(', ')}` });
      }
    }
  });
export type Routing = z.infer<typeof routingSchema>;

export type Route = {
  issueType: IssueType;
  mode: EscalationMode;
  channelNameTemplate: string;
  invitees: Invitees;
  triageChannel: string | null;
  reminderMinutes: number;
  maskIds: boolean;
  privateChannel: boolean;
  zendeskTag: string;
  /** The type's board entry, or the product's where it names one; null: no board item. */
  board: BoardRoute | null;
};

const DEFAULT_REMINDER_MINUTES: Record<EscalationMode, number> = { channel: 15, thread: 60, none: 60 };

/** What the routing file says for one escalation: the type's route plus the product's invitees. */
export function routeFor(routing: Routing, issueType: IssueType, product?: string | null): Route {
  const r = routing.issueTypes[issueType] ?? {};
  const mode = r.mode ?? ISSUE_TYPES[issueType].mode;
  const productKey = product?.trim().toLowerCase();
  const productRoute = Object.entries(routing.products).find(([k]) => k.toLowerCase() === productKey)?.[1];
  const merge = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  return {
    issueType,
    mode,
    channelNameTemplate: r.channelNameTemplate ?? routing.channelNameTemplate,
    invitees: {
      users: merge(r.invitees?.users, productRoute?.invitees?.users),
      usergroups: merge(r.invitees?.usergroups, productRoute?.invitees?.usergroups),
      emails: merge(r.invitees?.emails, productRoute?.invitees?.emails),
    },
    triageChannel: (r.triageChannel ?? routing.triageChannel)?.replace(/^#/, '') ?? null,
    reminderMinutes: r.reminderMinutes ?? DEFAULT_REMINDER_MINUTES[mode],
    maskIds: r.maskIds ?? true,
    privateChannel: r.privateChannel ?? false,
    zendeskTag: routing.zendeskTag,
    // A product's board overrides the type's, but only for types that go to the board at all.
    board: r.board ? (productRoute?.board ?? r.board) : null,
  };
}
