import type { EscalationState, StepName, StepStatus } from '../../../core/api';
import type { EscalationMode, ScopeLevel } from '../../../core/types';
import type { TranslationKey } from '../../i18n/keys';
import type { ProxyErrorCode } from '../../zaf';

// Literal keys (never built at run time) so that the compiler and the locale test see every one.

export const BUTTON_TEXT: Readonly<Record<EscalationMode, TranslationKey>> = {
  channel: 'escalation.button.channel',
  thread: 'escalation.button.thread',
  none: 'escalation.button.none',
};

export const SCOPE_TEXT: Readonly<Record<ScopeLevel, TranslationKey>> = {
  user: 'escalation.scope.user',
  class: 'escalation.scope.class',
  school: 'escalation.scope.school',
  all: 'escalation.scope.all',
};

export const ERROR_TEXT: Readonly<Record<ProxyErrorCode, TranslationKey>> = {
  network: 'escalation.errors.network',
  timeout: 'escalation.errors.timeout',
  unauthorized: 'escalation.errors.unauthorized',
  forbidden: 'escalation.errors.forbidden',
  not_found: 'escalation.errors.not_found',
  invalid: 'escalation.errors.invalid',
  not_escalated: 'escalation.errors.not_escalated',
  rate_limited: 'escalation.errors.rate_limited',
  server: 'escalation.errors.server',
  bad_response: 'escalation.errors.bad_response',
  board_unknown: 'escalation.errors.board_unknown',
  board_not_configured: 'escalation.errors.board_not_configured',
  board_unavailable: 'escalation.errors.board_unavailable',
};

export const STATE_TEXT: Readonly<Record<EscalationState, TranslationKey>> = {
  pending: 'escalation.status.state.pending',
  active: 'escalation.status.state.active',
  failed: 'escalation.status.state.failed',
  resolved: 'escalation.status.state.resolved',
  archived: 'escalation.status.state.archived',
};

/** Step labels; per-ticket ones take {{ticket}}. */
export const STEP_TEXT: Readonly<Record<StepName, TranslationKey>> = {
  read_ticket: 'escalation.steps.read_ticket',
  find_invitees: 'escalation.steps.find_invitees',
  create_channel: 'escalation.steps.create_channel',
  find_triage_channel: 'escalation.steps.find_triage_channel',
  invite: 'escalation.steps.invite',
  post_card: 'escalation.steps.post_card',
  bookmark: 'escalation.steps.bookmark',
  zendesk_note: 'escalation.steps.zendesk_note',
  announce_ticket: 'escalation.steps.announce_ticket',
  board_item: 'escalation.steps.board_item',
  board_link: 'escalation.steps.board_link',
  board_card: 'escalation.steps.board_card',
  customer_update: 'escalation.steps.customer_update',
};

export const STEP_STATUS_TEXT: Readonly<Record<StepStatus, TranslationKey>> = {
  pending: 'escalation.stepStatus.pending',
  done: 'escalation.stepStatus.done',
  failed: 'escalation.stepStatus.failed',
};

export const PROGRESS_TEXT: Readonly<Record<'create' | 'join' | 'retry', TranslationKey>> = {
  create: 'escalation.progress.create',
  join: 'escalation.progress.join',
  retry: 'escalation.progress.retry',
};
