// The Engineering Outage summary modal (Block Kit) and reading its submission. Pure. Block ids name
// the fields, so validation errors go back as `response_action: errors` keyed by block_id.
import { SUMMARY_FIELD_SPECS, isChoiceField, type EngineeringSummary, type SummaryField, type SummaryFieldKey } from '../../core/summaryFields';

export const SUMMARY_CALLBACK_ID = 'outage_summary';
const ACTION = 'value';
const MAX_FIELD = 3000;
const MAX_SHORT = 150;

/** A field's block id: its key in snake case ("rootCause" is "root_cause"). */
export const blockIdOf = (key: SummaryFieldKey): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const plain = (text: string) => ({ type: 'plain_text', text, emoji: false });
const isLong = (spec: SummaryField) => spec.kind === 'text' && spec.length === 'long';
const maxLength = (spec: SummaryField) => (isLong(spec) ? MAX_FIELD : MAX_SHORT);

function element(spec: SummaryField, initial: string | undefined): Record<string, unknown> {
  if (isChoiceField(spec)) {
    const options = spec.choices.map((c) => ({ text: plain(c.label), value: c.id }));
    const chosen = options.find((o) => o.value === initial);
    return { type: 'static_select', action_id: ACTION, placeholder: plain('Choose one'), options, ...(chosen ? { initial_option: chosen } : {}) };
  }
  return {
    type: 'plain_text_input',
    action_id: ACTION,
    multiline: isLong(spec),
    max_length: maxLength(spec),
    ...(spec.placeholder ? { placeholder: plain(spec.placeholder) } : {}),
    ...(initial ? { initial_value: initial.slice(0, maxLength(spec)) } : {}),
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
      ...SUMMARY_FIELD_SPECS.map((spec) => ({
        type: 'input',
        block_id: blockIdOf(spec.key),
        optional: !spec.required,
        label: plain(spec.label),
        element: element(spec, (prefill as Partial<Record<SummaryFieldKey, string>> | null | undefined)?.[spec.key]),
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
  const out: Partial<Record<SummaryFieldKey, string>> = {};
  for (const spec of SUMMARY_FIELD_SPECS) {
    const blockId = blockIdOf(spec.key);
    const v = values[blockId]?.[ACTION];
    const choice = isChoiceField(spec);
    const text = ((choice ? v?.selected_option?.value : v?.value) ?? '').trim();
    if (!text) {
      if (spec.required) errors[blockId] = choice ? `Choose a ${spec.label.toLowerCase()}.` : `${spec.label} is required.`;
      continue;
    }
    if (choice && !spec.choices.some((c) => c.id === text)) {
      errors[blockId] = `Choose one of the listed ${spec.label.toLowerCase()} values.`;
      continue;
    }
    if (text.length > maxLength(spec)) {
      errors[blockId] = `Keep it under ${maxLength(spec)} characters.`;
      continue;
    }
    out[spec.key] = text;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  // Every required field is filled and every choice is one of the table's: the table's type holds.
  return { ok: true, summary: out as EngineeringSummary };
}
