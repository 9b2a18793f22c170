import { useMemo } from 'react';
import { confirmationTag, confirmationTags } from '../../core/checklist/confirmations';
import type { ChecklistConfirmation, ChecklistItemKey, IssueType } from '../../core/types';
import { useClient } from './ClientProvider';
import type { AppSettings } from './settings';
import { htmlToText } from './htmlToText';
import { customFieldPath } from './ticketMapping';

export const ISSUE_TYPE_TAG_PREFIX = 'issue_type_';

export type TicketActions = {
  /** To the mapped field when there is one, else as the tag issue_type_<id>, replacing earlier ones. */
  saveIssueType: (type: IssueType) => Promise<void>;
  /**
   * The agent's word on a checklist item, as the tag checklist_ok_<item> or checklist_na_<item>
   * (replacing the other one); null takes it back.
   */
  saveConfirmation: (key: ChecklistItemKey, confirmation: ChecklistConfirmation | null) => Promise<void>;
  /**
   * Puts plain text into the agent's reply once: nothing when the reply already holds it, in place of
   * the app's own earlier text when `earlier` finds one (a range in the reply as text), else appended.
   */
  appendToReply: (text: string, earlier?: FindEarlier) => Promise<ReplyOutcome>;
  notify: (message: string, kind?: 'notice' | 'alert' | 'error') => Promise<void>;
};

export type ReplyOutcome = 'appended' | 'replaced' | 'already';
/** Where the app's own earlier text sits in the reply, as [start, end) in its plain text, or null. */
export type FindEarlier = (reply: string) => { start: number; end: number } | null;

/** What a button that puts text into the reply is handed; a test's stand-in may resolve to nothing. */
export type AppendToReply = (text: string, earlier?: FindEarlier) => Promise<ReplyOutcome | void>;

export function useTicketActions(settings: Pick<AppSettings, 'issueTypeFieldId'>): TicketActions {
  const client = useClient();
  const fieldId = settings.issueTypeFieldId;
  return useMemo<TicketActions>(() => {
    // Read the tags now rather than trusting a snapshot that may be stale. Zendesk keeps them lower case.
    const currentTags = async (): Promise<string[]> => {
      const result = await client.get('ticket.tags');
      const tags = Array.isArray(result['ticket.tags']) ? (result['ticket.tags'] as unknown[]) : [];
      return tags.filter((t): t is string => typeof t === 'string');
    };
    return {
      async saveIssueType(type) {
        if (fieldId !== null) {
          await client.set(customFieldPath(fieldId), type);
          return;
        }
        const tags = await currentTags();
        const wanted = ISSUE_TYPE_TAG_PREFIX + type;
        const stale = tags.filter((t) => t.startsWith(ISSUE_TYPE_TAG_PREFIX) && t !== wanted);
        if (stale.length > 0) await client.invoke('ticket.tags.remove', stale);
        if (!tags.includes(wanted)) await client.invoke('ticket.tags.add', [wanted]);
      },
      async saveConfirmation(key, confirmation) {
        const tags = await currentTags();
        const wanted = confirmation === null ? null : confirmationTag(key, confirmation);
        const stale = confirmationTags(key).filter((tag) => tag !== wanted && tags.includes(tag));
        if (stale.length > 0) await client.invoke('ticket.tags.remove', stale);
        if (wanted !== null && !tags.includes(wanted)) await client.invoke('ticket.tags.add', [wanted]);
      },
      async appendToReply(text, earlier) {
        // The editor holds HTML in Zendesk's rich text mode and plain text in the sandbox and in
        // Markdown mode; compared as text either way. A host that cannot say just gets the append.
        const raw = await client.get('comment.text').then(
          (r) => (typeof r['comment.text'] === 'string' ? r['comment.text'] : null),
          () => null,
        );
        const reply = raw === null ? null : htmlToText(raw);
        if (reply !== null && reply.includes(text.trim())) return 'already';
        const found = reply === null || earlier === undefined ? null : earlier(reply);
        if (raw !== null && reply !== null && found !== null) {
          const next = reply.slice(0, found.start) + text + reply.slice(found.end);
          // A rich text editor is written back as HTML, so its line breaks survive.
          await client.set('comment.text', /<[a-z][^>]*>/i.test(raw) ? textToHtml(next) : next);
          return 'replaced';
        }
        await client.invoke('comment.appendText', text);
        return 'appended';
      },
      async notify(message, kind = 'notice') {
        await client.invoke('notify', message, kind);
      },
    };
  }, [client, fieldId]);
}

/** Plain text as the rich text editor's HTML: a paragraph per blank-line block, <br> inside one. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}/)
    .map((block) => `<p>${block.split('\n').map(escape).join('<br>')}</p>`)
    .join('');
}
