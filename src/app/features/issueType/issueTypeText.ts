import type { IssueType } from '../../../core/types';
import type { TranslationKey } from '../../i18n/keys';

// Literal keys (never built at run time) so that the compiler and the locale test see every one.
export const ISSUE_TYPE_TEXT: Readonly<Record<IssueType, { label: TranslationKey; meaning: TranslationKey }>> = {
  outage: { label: 'issueType.types.outage.label', meaning: 'issueType.types.outage.meaning' },
  problem: { label: 'issueType.types.problem.label', meaning: 'issueType.types.problem.meaning' },
  interrupt: { label: 'issueType.types.interrupt.label', meaning: 'issueType.types.interrupt.meaning' },
  time_sensitive: { label: 'issueType.types.time_sensitive.label', meaning: 'issueType.types.time_sensitive.meaning' },
  request: { label: 'issueType.types.request.label', meaning: 'issueType.types.request.meaning' },
  question: { label: 'issueType.types.question.label', meaning: 'issueType.types.question.meaning' },
};
