import { useMemo } from 'react';
import type { IssueType } from '../../core/types';
import { useClient } from './ClientProvider';
import type { AppSettings } from './settings';
import { customFieldPath } from './ticketMapping';

export const ISSUE_TYPE_TAG_PREFIX = 'issue_type_';

export type TicketActions = {
  /** To the mapped field when there is one, else as the tag issue_type_<id>, replacing earlier ones. */
  saveIssueType: (type: IssueType) => Promise<void>;
  /** Appends plain text to the agent's reply editor. */
  appendToReply: (text: string) => Promise<void>;
  notify: (message: string, kind?: 'notice' | 'alert' | 'error') => Promise<void>;
};

export function useTicketActions(settings: Pick<AppSettings, 'issueTypeFieldId'>): TicketActions {
  const client = useClient();
  const fieldId = settings.issueTypeFieldId;
  return useMemo<TicketActions>(
    () => ({
      async saveIssueType(type) {
        if (fieldId !== null) {
          await client.set(customFieldPath(fieldId), type);
          return;
        }
        // Read the tags now rather than trusting a snapshot that may be stale.
        const result = await client.get('ticket.tags');
        const tags = Array.isArray(result['ticket.tags']) ? (result['ticket.tags'] as unknown[]) : [];
        const wanted = ISSUE_TYPE_TAG_PREFIX + type;
        const stale = tags.filter((t): t is string => typeof t === 'string' && t.startsWith(ISSUE_TYPE_TAG_PREFIX) && t !== wanted);
        if (stale.length > 0) await client.invoke('ticket.tags.remove', stale);
        if (!tags.includes(wanted)) await client.invoke('ticket.tags.add', [wanted]);
      },
      async appendToReply(text) {
        await client.invoke('comment.appendText', text);
      },
      async notify(message, kind = 'notice') {
        await client.invoke('notify', message, kind);
      },
    }),
    [client, fieldId],
  );
}
