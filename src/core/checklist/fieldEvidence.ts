// A mapped field's evidence, "Jefferson Middle School (School field)": written by the checklist
// (fields.ts), read back by the Slack card and the confirm dialog. Imports nothing, so that those
// readers do not bundle the checklist's lexicons.

/** Evidence from a field stays short enough to read on one line of the sidebar and the Slack card. */
export const FIELD_EVIDENCE_MAX = 80;
const TITLE_MAX = 40;

/**
 * What a mapped field shows as evidence: its value and where it came from, "Jefferson Middle School
 * (School field)", or "… (field 360001)" when the host did not give the field's title. The value is
 * cut (with "…") so that the whole stays within FIELD_EVIDENCE_MAX characters.
 */
export function fieldEvidence(value: string, fieldId: string, title?: string | null): string {
  // Parentheses in a title would make the source ambiguous to read back (parseFieldEvidence).
  const cleanTitle = (title ?? '').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  const shortTitle = cleanTitle.length > TITLE_MAX ? `${cleanTitle.slice(0, TITLE_MAX - 1).trimEnd()}…` : cleanTitle;
  const suffix = ` (${shortTitle ? `${shortTitle} field` : `field ${fieldId}`})`;
  const text = value.replace(/\s+/g, ' ').trim();
  const room = FIELD_EVIDENCE_MAX - suffix.length;
  const shown = text.length > room ? `${text.slice(0, room - 1).trimEnd()}…` : text;
  return shown + suffix;
}

const FIELD_EVIDENCE = /^(.+) \(([^()]+ field|field \d+)\)$/s;

/** Reads evidence written by fieldEvidence back into its value and source; null for other evidence. */
export function parseFieldEvidence(evidence: string): { value: string; source: string } | null {
  const m = FIELD_EVIDENCE.exec(evidence);
  return m ? { value: m[1]!, source: m[2]! } : null;
}
