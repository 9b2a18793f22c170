import type { ChecklistConfirmation, ChecklistItemKey, ItemStatus } from '../../../core/types';
import type { TranslationKey } from '../../i18n/keys';

type ItemText = { label: TranslationKey; ask: TranslationKey; why: TranslationKey; request: TranslationKey };

// Literal keys (never built at run time) so that the compiler and the locale test see every one.
export const ITEM_TEXT: Readonly<Record<ChecklistItemKey, ItemText>> = {
  school: {
    label: 'checklist.items.school.label',
    ask: 'checklist.items.school.ask',
    why: 'checklist.items.school.why',
    request: 'checklist.items.school.request',
  },
  userIds: {
    label: 'checklist.items.userIds.label',
    ask: 'checklist.items.userIds.ask',
    why: 'checklist.items.userIds.why',
    request: 'checklist.items.userIds.request',
  },
  description: {
    label: 'checklist.items.description.label',
    ask: 'checklist.items.description.ask',
    why: 'checklist.items.description.why',
    request: 'checklist.items.description.request',
  },
  stepsToReproduce: {
    label: 'checklist.items.stepsToReproduce.label',
    ask: 'checklist.items.stepsToReproduce.ask',
    why: 'checklist.items.stepsToReproduce.why',
    request: 'checklist.items.stepsToReproduce.request',
  },
  troubleshooting: {
    label: 'checklist.items.troubleshooting.label',
    ask: 'checklist.items.troubleshooting.ask',
    why: 'checklist.items.troubleshooting.why',
    request: 'checklist.items.troubleshooting.request',
  },
  scope: {
    label: 'checklist.items.scope.label',
    ask: 'checklist.items.scope.ask',
    why: 'checklist.items.scope.why',
    request: 'checklist.items.scope.request',
  },
  visuals: {
    label: 'checklist.items.visuals.label',
    ask: 'checklist.items.visuals.ask',
    why: 'checklist.items.visuals.why',
    request: 'checklist.items.visuals.request',
  },
  courseName: {
    label: 'checklist.items.courseName.label',
    ask: 'checklist.items.courseName.ask',
    why: 'checklist.items.courseName.why',
    request: 'checklist.items.courseName.request',
  },
  courseUrl: {
    label: 'checklist.items.courseUrl.label',
    ask: 'checklist.items.courseUrl.ask',
    why: 'checklist.items.courseUrl.why',
    request: 'checklist.items.courseUrl.request',
  },
  courseRevisionId: {
    label: 'checklist.items.courseRevisionId.label',
    ask: 'checklist.items.courseRevisionId.ask',
    why: 'checklist.items.courseRevisionId.why',
    request: 'checklist.items.courseRevisionId.request',
  },
};

export const STATUS_TEXT: Readonly<Record<ItemStatus, TranslationKey>> = {
  present: 'checklist.status.present',
  weak: 'checklist.status.weak',
  missing: 'checklist.status.missing',
};

/** What a row says instead of its status once an agent has given their word. */
export const CONFIRMATION_TEXT: Readonly<Record<ChecklistConfirmation, { status: TranslationKey; note: TranslationKey }>> = {
  present: { status: 'checklist.status.confirmed', note: 'checklist.confirm.confirmedNote' },
  not_needed: { status: 'checklist.status.notNeeded', note: 'checklist.confirm.notNeededNote' },
};
