// Mapped custom fields: when the admin maps an item to a Zendesk field, a filled field settles it.
import type { ChecklistItemKey, CustomFieldValue } from '../types';
import { isPlaceholder } from './text';

/** The field's value as text, or null when it is empty: null, blank, a placeholder, false, []. */
export function fieldText(value: CustomFieldValue | undefined): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (value === true) return 'yes';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === 'string' && !isPlaceholder(v));
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value !== 'string') return null;
  return isPlaceholder(value) ? null : value.trim();
}

export type FieldReading = { fieldId: string; text: string };

/** The mapped field's reading for an item, or null when unmapped or empty. */
export function readField(
  item: ChecklistItemKey,
  fields: Partial<Record<ChecklistItemKey, string>> | undefined,
  customFields: Record<string, CustomFieldValue>,
): FieldReading | null {
  const raw = fields?.[item];
  const fieldId = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (!fieldId) return null;
  const text = fieldText(customFields[fieldId]);
  return text === null ? null : { fieldId, text };
}

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
