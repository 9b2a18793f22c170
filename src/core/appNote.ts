// The notes and replies the app itself writes on a ticket carry a marker, so the proxy can find its
// earlier effect and the checklist can tell them from what the customer and agents wrote: the app's
// own words (a channel link, an escalation id, an update sent to every customer) are never evidence
// that the ticket is complete.

export const escalationNoteMarker = (escalationId: string): string => `[escalation ${escalationId}]`;
export const summaryNoteMarker = (escalationId: string, summaryId: string): string => `[escalation ${escalationId} summary ${summaryId}]`;

// A public reply goes to the customer, who must not read a marker: it is written in characters that
// show as nothing in Zendesk, in the email's HTML and in its plain-text part (zero-width space,
// non-joiner, joiner, word joiner: one base-4 digit each, two per hex digit of the update id),
// between two invisible separators.
const DIGITS = ['\u200B', '\u200C', '\u200D', '\u2060'] as const;
const FRAME = '\u2063';
// Alternation, not a character class: the joiner inside [...] reads as a joined sequence.
const INVISIBLE_MARKER = /\u2063((?:\u200B|\u200C|\u200D|\u2060){8,128})\u2063/g;

/** The invisible marker of a customer update (its id is hex: 4-64 digits). */
export function customerUpdateMarker(updateId: string): string {
  if (!/^[0-9a-f]{4,64}$/.test(updateId)) throw new Error(`a customer update id is 4-64 lowercase hex digits, not ${updateId}`);
  let out = FRAME;
  for (const hex of updateId) {
    const n = parseInt(hex, 16);
    out += DIGITS[n >> 2]! + DIGITS[n & 3]!;
  }
  return out + FRAME;
}

const MARKER_CODE_POINTS = new Set([...DIGITS, FRAME].map((c) => c.codePointAt(0)!));
/** An HTML body may carry the marker's characters as references (&#8203; or &#x200b;). */
const decodeMarkerReferences = (body: string) =>
  body.replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/gi, (ref, hex?: string, dec?: string) => {
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return MARKER_CODE_POINTS.has(cp) ? String.fromCodePoint(cp) : ref;
  });

/** The ids of the customer updates whose marker a comment carries. */
export function customerUpdateIds(body: string): string[] {
  // The frame, as written or as a reference (&#8291;, &#x2063;): most bodies hold neither.
  if (!body.includes(FRAME) && !body.includes('&#')) return [];
  return [...decodeMarkerReferences(body).matchAll(INVISIBLE_MARKER)].flatMap((m) => {
    const digits = [...m[1]!].map((c) => DIGITS.indexOf(c as (typeof DIGITS)[number]));
    if (digits.length % 2 !== 0) return [];
    let id = '';
    for (let i = 0; i < digits.length; i += 2) id += ((digits[i]! << 2) | digits[i + 1]!).toString(16);
    return [id];
  });
}

const MARKER = /\[escalation (?=[\w.-]*\d)[\w.-]{1,80}(?: summary [\w.-]{1,80})?\]/i;
// Notes written before markers had a fixed shape, and hand-copied ones may have lost the marker.
const APP_OPENINGS = /^\s*(?:Escalated to engineering as [\w ]{1,40}: (?:Slack channel #|a thread in Slack #)|This ticket was linked to an ongoing escalation: |Engineering Outage summary \(Slack #)/;

/** Whether a comment is one the app wrote (an escalation note, a summary note, a customer update). */
export function isAppNote(body: string): boolean {
  return (body.includes('[') && MARKER.test(body)) || APP_OPENINGS.test(body) || customerUpdateIds(body).length > 0;
}
