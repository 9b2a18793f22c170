import { isIssueType } from '../../../core/issueTypes';
import type { IssueType, TicketSnapshot } from '../../../core/types';
import { ISSUE_TYPE_TAG_PREFIX } from '../../zaf/useTicketActions';

const stripPrefix = (value: string) =>
  value.startsWith(ISSUE_TYPE_TAG_PREFIX) ? value.slice(ISSUE_TYPE_TAG_PREFIX.length) : value;

/**
 * The issue type recorded on the ticket: the mapped field first (a drop-down's value may be the id or
 * the tag "issue_type_<id>"), else the first issue_type_<id> tag; null when none is recorded.
 */
export function currentIssueType(ticket: TicketSnapshot, issueTypeFieldId: string | null): IssueType | null {
  if (issueTypeFieldId !== null) {
    const value = ticket.customFields[issueTypeFieldId];
    if (typeof value === 'string') {
      const id = stripPrefix(value.trim());
      if (isIssueType(id)) return id;
    }
  }
  for (const tag of ticket.tags) {
    if (!tag.startsWith(ISSUE_TYPE_TAG_PREFIX)) continue;
    const id = stripPrefix(tag);
    if (isIssueType(id)) return id;
  }
  return null;
}
