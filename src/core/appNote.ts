// The notes and replies the app itself writes on a ticket carry a marker, so the proxy can find its
// earlier effect and the checklist can tell them from what the customer and agents wrote: the app's
// own words (a channel link, an escalation id) are never evidence that the ticket is complete.

export const escalationNoteMarker = (escalationId: string): string => `[escalation ${escalationId}]`;
export const summaryNoteMarker = (escalationId: string, summaryId: string): string => `[escalation ${escalationId} summary ${summaryId}]`;

const MARKER = /\[escalation (?=[\w.-]*\d)[\w.-]{1,80}(?: summary [\w.-]{1,80})?\]/i;
// Notes written before markers had a fixed shape, and hand-copied ones may have lost the marker.
const APP_OPENINGS = /^\s*(?:Escalated to engineering as [\w ]{1,40}: (?:Slack channel #|a thread in Slack #)|This ticket was linked to an ongoing escalation: |Engineering Outage summary \(Slack #)/;

/** Whether a comment is one the app wrote (an escalation note, a summary note). */
export function isAppNote(body: string): boolean {
  return MARKER.test(body) || APP_OPENINGS.test(body);
}
