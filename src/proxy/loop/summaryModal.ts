// The Engineering Outage summary modal (Block Kit) and reading its submission. Pure. Block ids name
// the fields, so validation errors go back as `response_action: errors` keyed by block_id.
import { CUSTOMER_TYPES, SUMMARY_SOURCES } from '../../core/types';
import type { EngineeringSummary } from '../../core/types';

export const SUMMARY_CALLBACK_ID = 'outage_summary';
const ACTION = 'value';
const MAX_FIELD = 3000;
const MAX_SHORT = 150;

type Field = keyof EngineeringSummary;
type FieldSpec = { field: Field; blockId: string; label: string; multiline: boolean; optional?: boolean; options?: readonly string[]; placeholder?: string };

export const CUSTOMER_TYPE_LABELS: Record<EngineeringSummary['customerType'], string> = {
  managed: 'Managed', integrated: 'Integrated', courseware: 'Courseware', cartridge: 'Cartridge',
};
export const SOURCE_LABELS: Record<EngineeringSummary['source'], string> = {
  misconfiguration: 'Misconfiguration', bad_data: 'Bad data', regression: 'Regression', third_party: '3rd party', infrastructure: 'Infrastructure', other: 'Other',
};

export const SUMMARY_SPECS: readonly FieldSpec[] = [
  { field: 'summary', blockId: 'summary', label: 'Summary', multiline: true, placeholder: 'What happened, who was affected, for how long' },
  { field: 'rootCause', blockId: 'root_cause', label: 'Root Cause', multiline: true },
  { field: 'immediateFix', blockId: 'immediate_fix', label: 'Immediate fix', multiline: true },
  { field: 'potentialEnhancements', blockId: 'potential_enhancements', label: 'Potential Enhancements', multiline: true },
  { field: 'customerType', blockId: 'customer_type', label: 'Customer Type', multiline: false, options: CUSTOMER_TYPES },
  { field: 'product', blockId: 'product', label: 'Product', multiline: false },
  { field: 'source', blockId: 'source', label: 'Source', multiline: false, options: SUMMARY_SOURCES },
  { field: 'thirdParty', blockId: 'third_party', label: '3rd Party', multiline: false, optional: true, placeholder: 'Vendor involved, if any' },
];

const plain = (text: string) => ({ type: 'plain_text', text, emoji: false });
const optionLabel = (spec: FieldSpec, value: string) =>
  spec.field === 'customerType' ? CUSTOMER_TYPE_LABELS[value as EngineeringSummary['customerType']] : SOURCE_LABELS[value as EngineeringSummary['source']];

function element(spec: FieldSpec, initial: string | undefined): Record<string, unknown> {
  if (spec.options) {
    const options = spec.options.map((v) => ({ text: plain(optionLabel(spec, v)), value: v }));
    const chosen = options.find((o) => o.value === initial);
    return { type: 'static_select', action_id: ACTION, placeholder: plain('Choose one'), options, ...(chosen ? { initial_option: chosen } : {}) };
  }
  return {
    type: 'plain_text_input',
    action_id: ACTION,
    multiline: spec.multiline,
    max_length: spec.multiline ? MAX_FIELD : MAX_SHORT,
    ...(spec.placeholder ? { placeholder: plain(spec.placeholder) } : {}),
    ...(initial ? { initial_value: initial.slice(0, spec.multiline ? MAX_FIELD : MAX_SHORT) } : {}),
  };
}

/** The modal for views.open; prefilled from the stored summary (or a draft read from a message). */
export function summaryModal(escalationId: string, channelName: string, prefill?: Partial<EngineeringSummary> | null): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: SUMMARY_CALLBACK_ID,
    private_metadata: escalationId,
    title: plain('Outage summary'),
    submit: plain('Save summary'),
    close: plain('Cancel'),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Engineering Outage summary for #${channelName.replace(/[<>&]/g, '')}: posted in the channel, added to every linked Zendesk ticket as an internal note.` }] },
      ...SUMMARY_SPECS.map((spec) => ({
        type: 'input',
        block_id: spec.blockId,
        optional: spec.optional ?? false,
        label: plain(spec.label),
        element: element(spec, prefill?.[spec.field]),
      })),
    ],
  };
}

type StateValue = { type?: string; value?: string | null; selected_option?: { value?: string } | null };
export type ViewStateValues = Record<string, Record<string, StateValue | undefined> | undefined>;

export type SubmissionResult = { ok: true; summary: EngineeringSummary } | { ok: false; errors: Record<string, string> };

/** Reads view.state.values; every problem is reported at once, keyed by block_id. */
export function readSubmission(values: ViewStateValues): SubmissionResult {
  const errors: Record<string, string> = {};
  const out: Partial<Record<Field, string>> = {};
  for (const spec of SUMMARY_SPECS) {
    const v = values[spec.blockId]?.[ACTION];
    const raw = (spec.options ? v?.selected_option?.value : v?.value) ?? '';
    const text = raw.trim();
    if (!text) {
      if (!spec.optional) errors[spec.blockId] = spec.options ? `Choose a ${spec.label.toLowerCase()}.` : `${spec.label} is required.`;
      continue;
    }
    if (spec.options && !spec.options.includes(text)) {
      errors[spec.blockId] = `Choose one of the listed ${spec.label.toLowerCase()} values.`;
      continue;
    }
    const max = spec.multiline ? MAX_FIELD : MAX_SHORT;
    if (text.length > max) {
      errors[spec.blockId] = `Keep it under ${max} characters.`;
      continue;
    }
    out[spec.field] = text;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const { thirdParty, ...rest } = out as Record<Field, string>;
  return { ok: true, summary: { ...(rest as Omit<EngineeringSummary, 'thirdParty'>), ...(thirdParty ? { thirdParty } : {}) } };
}
