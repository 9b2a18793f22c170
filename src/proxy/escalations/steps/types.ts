// The shape of one escalation step: where it sits in the plan (pure data the lifecycle reads) and how
// it finds an earlier attempt's effect and performs its own (through the gateways only).
import type { CreateEscalationRequest, StepName } from '../../../core/api';
import { JIRA_VARIABLES_TEXT } from '../../config';
import type { Route } from '../../routing';
import type { JiraGateway } from '../../jira/gateway';
import type { SlackGateway } from '../../slack/gateway';
import type { Db } from '../../store/escalations';
import type { CustomerUpdateRow, EscalationPatch, EscalationRow, StoredMode } from '../../store/tables';
import type { ZendeskGateway } from '../../zendesk/gateway';

/** Which plans include a step: an escalation in channel or thread mode, or a ticket linked later. */
export type PlanKind = StoredMode | 'link';

export interface StepSpec {
  name: StepName;
  plans: readonly PlanKind[];
  /** Steps that must be done first; a per-ticket dependency of a per-ticket step means the same ticket's. */
  dependsOn(mode: StoredMode): readonly StepName[];
  /** One per ticket (keyed name:ticketId) rather than one per escalation. */
  perTicket: boolean;
  /** Planned only for an escalation with a board item (its route has a board, or an agent gave a key, and Jira is configured). */
  board?: boolean;
  /** false: when it fails for good, only this step shows failed; the escalation's state is unchanged. */
  failsEscalation?: false;
  /**
   * Dependencies whose failing for good also lets this step run (to say what is missing); once such a
   * dependency is done after all (a retry), this step runs again.
   */
  runsAfterFailureOf?: readonly StepName[];
}

/** What a step leaves behind: its result (stored on the step) and fields of the escalation it set. */
export interface StepOutcome {
  result?: unknown;
  patch?: Omit<EscalationPatch, 'state' | 'version'>;
}

export type SlackPort = Pick<
  SlackGateway,
  | 'identity' | 'channelUrl' | 'createChannel' | 'findChannelByName' | 'join' | 'invite' | 'userIdByEmail' | 'usergroupMembers'
  | 'postMessage' | 'updateMessage' | 'findOwnMessage' | 'addBookmark' | 'bookmarkLinks' | 'userName'
>;
export type JiraPort = Pick<JiraGateway, 'browseUrl' | 'issue' | 'createIssue' | 'issuesWithLabel' | 'remoteLinkIds' | 'addRemoteLink'>;
export type ZendeskPort = Pick<ZendeskGateway, 'addInternalNote' | 'addPublicReply' | 'comments' | 'ticket' | 'userRoleByEmail'>;

export interface StepContext {
  escalation: EscalationRow;
  request: CreateEscalationRequest;
  route: Route;
  /** The step's stored key (name, or name:ticketId; a customer update's names the update too). */
  key: string;
  /** The ticket of a per-ticket step; null otherwise. */
  ticketId: number | null;
  /** Who linked that ticket (agent name), for its announcement; null for the escalating ticket. */
  linkedBy: string | null;
  slack: SlackPort;
  zendesk: ZendeskPort;
  /** Jira (the board); null when the proxy has no JIRA_* configuration. */
  jira: JiraPort | null;
  /** Whether this escalation's plan has the board steps. */
  boardPlanned: boolean;
  /** The stored result of a done step (the same ticket's for a per-ticket one), or undefined. */
  resultOf<T>(name: StepName, ticketId?: number | null): T | undefined;
  /** The ticket link, built from the proxy's own Zendesk URL. */
  ticketUrl(ticketId: number): string;
  /** Stores a field before an effect, so a later attempt can recognise what this one started. */
  remember(patch: Omit<EscalationPatch, 'state' | 'version'>): Promise<void>;
  /** A customer update of this escalation, as the agent approved it. */
  customerUpdate(updateId: string): Promise<CustomerUpdateRow | undefined>;
  /** Whether another escalation already holds this Slack channel. */
  channelHeld(channelId: string): Promise<boolean>;
  /**
   * Holds this step's effect for `ms` against any other attempt of it (a lease taken over from a hung
   * instance); false while another attempt holds it. A crashed holder's claim lapses after `ms`.
   */
  claim(ms: number): Promise<boolean>;
  release(): Promise<void>;
  /** A step's last error (of this escalation, the escalation's own step of that name), or null. */
  lastErrorOf(name: StepName): string | null;
  now(): Date;
}

export interface StepModule extends StepSpec {
  /** Runs in the transaction that stores the step as done (what follows from its effect). */
  onDone?(trx: Db, escalationId: string, at: Date, maxAttempts: number): Promise<void>;
  /** The effect an earlier attempt (crashed, timed out, retried by an operator) already had, or null. */
  findEarlier(ctx: StepContext): Promise<StepOutcome | null>;
  perform(ctx: StepContext): Promise<StepOutcome>;
}

/** A step that cannot run yet or ever: not retryable, its words go to the step's last error. */
export class StepFailure extends Error {
  readonly retryable = false;
}

/** A step's effect is being made by another attempt right now: look again in a second (retryable). */
export class StepBusy extends Error {
  readonly retryable = true;
  readonly retryAfterMs = 1000;
}

/** Why an escalation routed to a board has no item when the proxy has no Jira. */
export const NOT_CONFIGURED = `Jira is not configured on the proxy (${JIRA_VARIABLES_TEXT}), so there is no board item`;

export function needJira(ctx: StepContext): JiraPort {
  if (!ctx.jira) throw new StepFailure(NOT_CONFIGURED);
  return ctx.jira;
}

export function needBoardKey(row: EscalationRow): string {
  if (!row.board_key) throw new StepFailure('the board item does not exist yet');
  return row.board_key;
}

/** Where an escalation lives in Slack: its channel, or in thread mode the thread's parent message. */
export function slackPlaceUrl(row: EscalationRow): string {
  return row.mode === 'thread' && row.thread_ts ? `${row.channel_url}/p${row.thread_ts.replace('.', '')}` : (row.channel_url ?? '');
}

export function needChannel(row: EscalationRow): string {
  if (!row.channel_id) throw new StepFailure('the Slack channel does not exist yet');
  return row.channel_id;
}
