// Mapped custom fields: when the admin maps an item to a Zendesk field, a filled field settles it.
import type { ChecklistItemKey, CustomFieldValue } from '../types';
import { isPlaceholder } from './placeholders';

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

// How a field's reading is written as evidence lives apart, so that readers of evidence (the proxy's
// Slack card, the confirm dialog) get it without the lexicons that text.ts pulls in.
export { FIELD_EVIDENCE_MAX, fieldEvidence, parseFieldEvidence } from './fieldEvidence';
